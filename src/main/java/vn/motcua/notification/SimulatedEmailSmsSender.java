package vn.motcua.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * E-mail/SMS SIMULATOR: sends nothing, logs each message under {@code MOTCUA-NOTIFY-SIMULATOR} and
 * keeps it in memory for tests. A province's real gateway is a {@code @Primary} {@link NotificationSender}
 * bean that takes its place.
 */
@Component
public class SimulatedEmailSmsSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger("MOTCUA-NOTIFY-SIMULATOR");

    private final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(OutboundMessage message) {
        log.info("simulated e-mail/SMS to group {}: {} — {}", message.group(), message.subject(), message.body());
        sent.add(message);
    }

    /** Every message "sent" since start (or since {@link #clear}). */
    public List<OutboundMessage> sent() {
        return List.copyOf(sent);
    }

    public void clear() {
        sent.clear();
    }
}
