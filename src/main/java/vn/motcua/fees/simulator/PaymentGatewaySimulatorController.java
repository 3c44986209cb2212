package vn.motcua.fees.simulator;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.motcua.fees.gateway.VnpayGateway;
import vn.motcua.fees.gateway.VnpaySignature;

/**
 * The pages of the payment gateway SIMULATOR (see {@link PaymentGatewaySimulatorConfiguration}):
 * {@code GET /payment-simulator/pay} with the signed order shows it; {@code POST /payment-simulator/pay}
 * with {@code outcome=paid|cancelled} sends the signed IPN callback to the application (GET, server to
 * server) and redirects the browser to the order's return URL with the same signed fields. An order past
 * its {@code vnp_ExpireDate} can no longer be paid, as at the real gateway.
 */
@Controller
@Profile("(dev | test) & !prod")
@RequestMapping(PaymentGatewaySimulatorConfiguration.PATH)
class PaymentGatewaySimulatorController {

    private static final Logger log = LoggerFactory.getLogger(PaymentGatewaySimulatorController.class);

    private final PaymentGatewaySimulatorProperties properties;
    private final VnpaySignature signature;
    private final RestClient http = RestClient.create();

    PaymentGatewaySimulatorController(PaymentGatewaySimulatorProperties properties) {
        this.properties = properties;
        this.signature = new VnpaySignature(properties.hashSecret());
    }

    @GetMapping("/pay")
    String order(@RequestParam Map<String, String> order, Model model) {
        checked(order);
        model.addAttribute("order", order);
        model.addAttribute("amount", Long.parseLong(order.get("vnp_Amount")) / 100);
        model.addAttribute("expired", expired(order));
        return "payment-simulator/pay";
    }

    @PostMapping("/pay")
    String pay(@RequestParam Map<String, String> form) {
        String outcome = form.get("outcome");
        Map<String, String> order = new LinkedHashMap<>(form);
        order.remove("outcome");
        order.remove("_csrf");
        checked(order);
        if (expired(order)) {
            throw new ResponseStatusException(HttpStatus.GONE, "Giao dịch đã hết hạn thanh toán.");
        }
        boolean paid = "paid".equals(outcome);
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("vnp_Amount", order.get("vnp_Amount"));
        callback.put("vnp_BankCode", "NCB");
        callback.put("vnp_BankTranNo", paid ? "VNP" + number() : "");
        callback.put("vnp_CardType", "ATM");
        callback.put("vnp_OrderInfo", order.get("vnp_OrderInfo"));
        callback.put("vnp_PayDate", VnpayGateway.format(Instant.now()));
        callback.put("vnp_ResponseCode", paid ? "00" : "24");
        callback.put("vnp_TmnCode", order.get("vnp_TmnCode"));
        callback.put("vnp_TransactionNo", paid ? number() : "0");
        callback.put("vnp_TransactionStatus", paid ? "00" : "02");
        callback.put("vnp_TxnRef", order.get("vnp_TxnRef"));
        String query = signature.signedQuery(callback);
        URI ipn = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri().resolve(properties.ipnUrl());
        String answer = http.get().uri(URI.create(ipn + "?" + query)).retrieve().body(String.class);
        log.info("PAY-SIMULATOR IPN for order {} ({}) answered {}", order.get("vnp_TxnRef"), outcome, answer);
        return "redirect:" + order.get("vnp_ReturnUrl") + "?" + query;
    }

    private void checked(Map<String, String> order) {
        if (!signature.verify(order) || !properties.tmnCode().equals(order.get("vnp_TmnCode"))
                || order.get("vnp_Amount") == null || !order.get("vnp_Amount").matches("\\d{1,15}")
                || order.get("vnp_ReturnUrl") == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Dữ liệu đơn hàng không hợp lệ (sai chữ ký).");
        }
    }

    private static boolean expired(Map<String, String> order) {
        try {
            return LocalDateTime.parse(order.get("vnp_ExpireDate"), VnpayGateway.DATES).atZone(VnpayGateway.GMT7)
                    .toInstant().isBefore(Instant.now());
        } catch (DateTimeParseException | NullPointerException e) {
            return true;
        }
    }

    private static String number() {
        return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }
}
