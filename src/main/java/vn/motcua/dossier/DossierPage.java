package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.files.DossierFiles;
import vn.motcua.organization.OrganizationService;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * The officer's pages of dossiers, linked from every task form in the Tasklist: one dossier with its
 * documents, status history, the notes of its steps and its printouts ({@code /ho-so/{id}}), and the
 * dossiers the officer's counters received today ({@code /ho-so}), to print form 1 right after a start.
 */
@Controller
class DossierPage {

    private final DossierService dossiers;
    private final DossierAccess access;
    private final DossierFiles files;
    private final ControlSheet controlSheet;
    private final OrganizationService organization;
    private final CounterNotices notices;
    private final DeadlineNotices deadlineNotices;

    DossierPage(DossierService dossiers, DossierAccess access, DossierFiles files, ControlSheet controlSheet,
                OrganizationService organization, CounterNotices notices, DeadlineNotices deadlineNotices) {
        this.notices = notices;
        this.deadlineNotices = deadlineNotices;
        this.dossiers = dossiers;
        this.access = access;
        this.files = files;
        this.controlSheet = controlSheet;
        this.organization = organization;
    }

    /** A dossier's printouts as the page links them: only those that exist for it. */
    record Printouts(boolean receiptSlip, boolean supplementRequest, boolean refusal, boolean complexCaseNotice,
                     boolean apologyLetter, boolean stopNotice) {
        static Printouts of(Dossier dossier, boolean supplementRequest, boolean complexCase, boolean apology) {
            return new Printouts(dossier.receivedAt() != null && dossier.appointmentAt() != null, supplementRequest,
                    CounterNotices.hasRefusal(dossier), complexCase, apology, CounterNotices.hasStopNotice(dossier));
        }
    }

    @GetMapping("/ho-so/{id}")
    String dossier(@PathVariable String id, Authentication officer, Model model) {
        // unknown and not-yours look the same, as in the API: a 404 page, never the data
        Dossier dossier = dossiers.find(id).filter(found -> access.canRead(officer, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ControlSheet.Entry> steps = controlSheet.of(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("units", organization.unitNames());
        model.addAttribute("documents", files.of(id));
        var history = dossiers.history(id);
        model.addAttribute("history", history);
        model.addAttribute("notes", steps.stream().filter(step -> step.note() != null).toList());
        model.addAttribute("printouts", Printouts.of(dossier, notices.hasSupplementRequest(dossier, history),
                notices.complexCase(dossier).isPresent(), notices.apology(dossier).isPresent()));
        model.addAttribute("timeliness", dossiers.timeliness(dossier).orElse(null));
        model.addAttribute("deadline", deadlineNotices.of(dossier));
        return "dossier";
    }

    @GetMapping("/ho-so")
    String receivedToday(Authentication officer, Model model) {
        LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);
        List<Dossier> received = dossiers.receivedOn(List.copyOf(access.units(officer)), today);
        model.addAttribute("today", today);
        model.addAttribute("dossiers", received.stream().map(dossier -> new Row(dossier,
                Printouts.of(dossier, dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED,
                        notices.complexCase(dossier).isPresent(), notices.apology(dossier).isPresent()))).toList());
        model.addAttribute("units", organization.unitNames());
        model.addAttribute("counters", access.units(officer).stream().sorted().toList());
        return "dossiers-today";
    }

    record Row(Dossier dossier, Printouts printouts) {
    }
}
