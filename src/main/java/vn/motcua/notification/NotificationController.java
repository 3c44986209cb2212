package vn.motcua.notification;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in officer's notifications (those of their groups) and their read marks. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private static final String GROUP = "GROUP_";

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<Notifications.Notification> mine(Authentication officer) {
        return notifications.of(officer.getName(), groups(officer));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id, Authentication officer) {
        notifications.markRead(id, officer.getName(), groups(officer));
        return ResponseEntity.noContent().build();
    }

    private static Set<String> groups(Authentication officer) {
        return officer.getAuthorities().stream().map(authority -> authority.getAuthority())
                .filter(authority -> authority.startsWith(GROUP)).map(authority -> authority.substring(GROUP.length()))
                .collect(Collectors.toSet());
    }
}
