package vn.motcua.notification;

/**
 * Port through which notifications leave the platform (e-mail, SMS, Zalo). A province plugs in its
 * gateway; dev and test run {@link SimulatedEmailSmsSender}.
 */
public interface NotificationSender {

    /** A message to every member of a Camunda group (a unit's leaders, its supervisors). */
    record OutboundMessage(String group, String subject, String body, String link) {
    }

    void send(OutboundMessage message);
}
