package vn.motcua.fees.ereceipt;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.fees.PaymentCompleted;

/**
 * Every payment gets its electronic receipt in the transaction that records it: the payment and its
 * receipt commit together, and a payment that rolls back gives its number back (no gap in the series).
 */
@Component
class PaymentEReceipts {

    private final EReceipts receipts;

    PaymentEReceipts(EReceipts receipts) {
        this.receipts = receipts;
    }

    @EventListener
    void on(PaymentCompleted payment) {
        receipts.issue(new EReceiptRequest(payment.paymentId(), payment.dossierId(), payment.dossierCode(),
                payment.procedureCode(), payment.procedureName(), payment.unitCode(), payment.payerName(),
                payment.amount(), payment.method(), payment.paidAt()));
    }
}
