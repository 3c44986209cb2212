package vn.motcua.citizen;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.fees.gateway.CallbackVerdict;
import vn.motcua.fees.gateway.MalformedCallbackException;
import vn.motcua.fees.gateway.PaymentGateway;

/**
 * Where the gateway sends the citizen's browser back after paying. It only tells the citizen what the
 * gateway said (signature checked); the payment itself is recorded by the server-to-server IPN callback.
 */
@Controller
class PaymentReturnPageController {

    private final ObjectProvider<PaymentGateway> gateways;

    PaymentReturnPageController(ObjectProvider<PaymentGateway> gateways) {
        this.gateways = gateways;
    }

    @GetMapping("/thanh-toan/ket-qua")
    String result(@RequestParam Map<String, String> parameters, Model model) {
        PaymentGateway gateway = gateways.getIfAvailable();
        String outcome = "invalid";
        if (gateway != null) {
            try {
                CallbackVerdict verdict = gateway.verify(parameters);
                if (verdict.signatureValid()) {
                    outcome = verdict.paid() ? "paid" : "notPaid";
                    model.addAttribute("amount", verdict.amountVnd());
                    model.addAttribute("orderRef", verdict.orderRef());
                }
            } catch (MalformedCallbackException e) {
                outcome = "invalid";
            }
        }
        model.addAttribute("outcome", outcome);
        return "payment/result";
    }
}
