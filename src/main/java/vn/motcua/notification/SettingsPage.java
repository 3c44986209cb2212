package vn.motcua.notification;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.AdministrationScope;
import vn.motcua.sla.calendar.ReceptionCutOff;

/**
 * The settings page ({@code /quan-tri/thiet-lap}): the same-day reception cut-off and the texts of e-mail
 * and SMS messages, each with a preview, and the latest changes. Provincial administrators change them (through
 * the cut-off and notification-text APIs); administrators of a department or commune see them read-only;
 * anyone else gets 403.
 */
@Controller
class SettingsPage {

    private static final int LATEST_CHANGES = 10;

    private final ReceptionCutOff cutOff;
    private final NotificationTexts texts;
    private final AdministrationScope scope;
    private final AuditTrail audit;

    SettingsPage(ReceptionCutOff cutOff, NotificationTexts texts, AdministrationScope scope, AuditTrail audit) {
        this.cutOff = cutOff;
        this.texts = texts;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping("/quan-tri/thiet-lap")
    String settings(Authentication user, Model model) {
        AdministrationScope.Scope administered = scope.of(user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        model.addAttribute("scope", administered);
        model.addAttribute("editable", administered.isProvince());
        model.addAttribute("cutOff", cutOff.view());
        model.addAttribute("texts", texts.all());
        model.addAttribute("smsMax", NotificationTexts.SMS_MAX_LENGTH);
        model.addAttribute("changes", audit.latest(AuditAction.SETTING_CHANGED, LATEST_CHANGES));
        return "admin/settings";
    }
}
