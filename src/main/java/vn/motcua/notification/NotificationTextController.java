package vn.motcua.notification;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.organization.AdministrationScope;

/**
 * The texts of e-mail and SMS messages: administrators of any scope read them, provincial administrators
 * preview and change them.
 */
@RestController
@RequestMapping("/api/notification-texts")
@Tag(name = "Mẫu thông báo", description = "Nội dung tin nhắn SMS và e-mail gửi đi, với các biến điền theo hồ sơ")
class NotificationTextController {

    private static final String PROVINCIAL_ADMINISTRATOR = "hasAuthority('GROUP_camunda-admin')";

    private final NotificationTexts texts;
    private final AdministrationScope scope;

    NotificationTextController(NotificationTexts texts, AdministrationScope scope) {
        this.texts = texts;
        this.scope = scope;
    }

    record TextRequest(@NotNull(message = "không được để trống") String text) {
    }

    record PreviewView(String preview, int length) {
    }

    @GetMapping
    @Operation(summary = "Các mẫu thông báo đang áp dụng, với biến dùng được và bản xem trước (quản trị)")
    List<NotificationTexts.View> all(Authentication user) {
        if (scope.of(user).isEmpty()) {
            throw new AccessDeniedException("not an administrator");
        }
        return texts.all();
    }

    @PostMapping("/{template}/preview")
    @PreAuthorize(PROVINCIAL_ADMINISTRATOR)
    @Operation(summary = "Xem trước một nội dung mẫu điền hồ sơ mẫu (quản trị tỉnh); không lưu gì")
    PreviewView preview(@PathVariable String template, @Valid @RequestBody TextRequest request) {
        String preview = texts.preview(NotificationTexts.template(template), request.text());
        return new PreviewView(preview, preview.length());
    }

    @PutMapping("/{template}")
    @PreAuthorize(PROVINCIAL_ADMINISTRATOR)
    @Operation(summary = "Đổi nội dung một mẫu thông báo (quản trị tỉnh); áp dụng cho thông báo gửi từ nay")
    NotificationTexts.View change(@PathVariable String template, @Valid @RequestBody TextRequest request,
                                  Principal editor, HttpServletRequest http) {
        return texts.change(NotificationTexts.template(template), request.text(), editor.getName(), http.getRemoteAddr());
    }
}
