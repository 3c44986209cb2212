package vn.motcua.fees;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test listener: every {@link PaymentCompleted} the application published (in any thread, e.g. the
 * gateway's callback request), as the e-receipt module will receive them.
 */
@Component
class RecordedPayments {

    private final List<PaymentCompleted> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PaymentCompleted event) {
        events.add(event);
    }

    List<PaymentCompleted> of(String dossierId) {
        return events.stream().filter(event -> event.dossierId().equals(dossierId)).toList();
    }
}
