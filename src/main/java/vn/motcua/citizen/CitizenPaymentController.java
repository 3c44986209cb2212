package vn.motcua.citizen;

import java.net.URI;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.motcua.fees.FeePayments;
import vn.motcua.platform.web.ConflictException;

/**
 * "Thanh toán trực tuyến" on the citizen's dossier page: starts an online payment order for the fee the
 * dossier waits for and sends the browser to the payment gateway.
 */
@Controller
class CitizenPaymentController {

    private final FeePayments payments;

    CitizenPaymentController(FeePayments payments) {
        this.payments = payments;
    }

    @PostMapping("/citizen/dossiers/{id}/thanh-toan")
    String payOnline(@PathVariable String id, Authentication citizen, HttpServletRequest request,
                     RedirectAttributes redirect) {
        URI base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri();
        try {
            return "redirect:" + payments.startOnline(id, citizen.getName(), base, request.getRemoteAddr());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("paymentProblem", e.getMessage());
            return "redirect:/citizen";
        }
    }
}
