package vn.motcua.fees.ereceipt;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Electronic receipts for officers: the receipts of a dossier, their PDF, cancellation and
 * replacement. An officer sees only the receipts their unit collected. Errors are RFC 7807 problems.
 */
@RestController
@RequestMapping("/api/receipts")
@Tag(name = "Biên lai điện tử", description = "Biên lai thu phí, lệ phí: xem, in, hủy, thay thế")
class EReceiptController {

    private final EReceipts receipts;
    private final EReceiptAccess access;

    EReceiptController(EReceipts receipts, EReceiptAccess access) {
        this.receipts = receipts;
        this.access = access;
    }

    record CancellationRequest(@NotBlank(message = "cần ghi lý do hủy") @Size(max = 1000, message = "tối đa 1000 ký tự")
                               String reason) {
    }

    record ReplacementRequest(@NotBlank(message = "cần ghi lý do thay thế") @Size(max = 1000, message = "tối đa 1000 ký tự")
                              String reason,
                              @Size(max = 255, message = "tối đa 255 ký tự") String payerName) {
    }

    @GetMapping
    @Operation(summary = "Các biên lai của một hồ sơ do đơn vị mình thu (kể cả biên lai đã hủy)")
    List<EReceipt> ofDossier(@RequestParam String dossierId, Authentication officer) {
        return receipts.ofDossier(dossierId).stream().filter(receipt -> access.canRead(officer, receipt)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một biên lai")
    EReceipt one(@PathVariable String id, Authentication officer) {
        return readable(id, officer);
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "In biên lai (PDF)")
    ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication officer) {
        return EReceiptPdfResponse.of(readable(id, officer), receipts);
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Hủy biên lai (ghi lý do; biên lai vẫn được lưu)")
    EReceipt cancel(@PathVariable String id, @Valid @RequestBody CancellationRequest request, Authentication officer) {
        changeable(id, officer);
        return receipts.cancel(id, request.reason(), officer.getName());
    }

    @PostMapping("/{id}/replacement")
    @Operation(summary = "Lập biên lai thay thế (số mới; biên lai cũ bị hủy)")
    ResponseEntity<EReceipt> replace(@PathVariable String id, @Valid @RequestBody ReplacementRequest request,
                                    Authentication officer) {
        changeable(id, officer);
        EReceipt replacement = receipts.replace(id, request.reason(), request.payerName(), officer.getName());
        return ResponseEntity.created(URI.create("/api/receipts/" + replacement.id()))
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE).body(replacement);
    }

    private EReceipt readable(String id, Authentication officer) {
        EReceipt receipt = receipts.get(id);
        if (!access.canRead(officer, receipt)) {
            throw new AccessDeniedException("receipt " + id + " belongs to unit " + receipt.unitCode());
        }
        return receipt;
    }

    private void changeable(String id, Authentication officer) {
        EReceipt receipt = readable(id, officer);
        if (!access.canCancel(officer, receipt)) {
            throw new AccessDeniedException("not a receipt officer or leader of " + receipt.unitCode());
        }
    }
}
