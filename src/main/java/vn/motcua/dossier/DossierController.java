package vn.motcua.dossier;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.files.DossierFiles;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * Dossiers at the counter and online: reception, supplement, withdrawal, result return, control sheet.
 * Errors are RFC 7807 problems with a Vietnamese detail; nothing is written when a request is refused.
 */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Hồ sơ", description = "Tiếp nhận, bổ sung, rút, trả kết quả hồ sơ")
class DossierController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String IDEMPOTENCY_KEY_RULE = "Cần tiêu đề Idempotency-Key (1–100 ký tự) để việc gửi lại an toàn.";

    private final DossierService dossiers;
    private final DossierAccess access;
    private final DossierFiles files;
    private final ControlSheet controlSheet;
    private final ReceiptSlips receiptSlips;
    private final CounterNotices notices;
    private final DeadlineNotices deadlineNotices;

    DossierController(DossierService dossiers, DossierAccess access, DossierFiles files, ControlSheet controlSheet,
                      ReceiptSlips receiptSlips, CounterNotices notices, DeadlineNotices deadlineNotices) {
        this.notices = notices;
        this.deadlineNotices = deadlineNotices;
        this.dossiers = dossiers;
        this.access = access;
        this.files = files;
        this.controlSheet = controlSheet;
        this.receiptSlips = receiptSlips;
    }

    record ApplicantRequest(@Size(max = 255, message = "tối đa 255 ký tự") String name,
                            @Size(max = 20, message = "tối đa 20 ký tự") String idNumber,
                            @Size(max = 20, message = "tối đa 20 ký tự") String phone,
                            @Size(max = 255, message = "tối đa 255 ký tự") String email,
                            @Size(max = 500, message = "tối đa 500 ký tự") String address) {
        Applicant toApplicant() {
            return new Applicant(name, idNumber, phone, email, address);
        }
    }

    record DossierRequest(@Size(max = 60, message = "tối đa 60 ký tự") String procedureCode,
                          Channel channel,
                          @Size(max = 40, message = "tối đa 40 ký tự") String receivingUnit,
                          @NotNull(message = "thiếu thông tin người nộp hồ sơ") @Valid ApplicantRequest applicant,
                          @Size(max = 20, message = "tối đa 20 ký tự") String completeness,
                          @Size(max = 4000, message = "tối đa 4000 ký tự") String missingDocuments,
                          @Size(max = 4000, message = "tối đa 4000 ký tự") String refusalReason,
                          @Size(max = 100, message = "tối đa 100 trường") Map<String, Object> details) {
        NewDossier toNewDossier(Channel forcedChannel) {
            return new NewDossier(procedureCode, forcedChannel != null ? forcedChannel : channel, receivingUnit,
                    applicant.toApplicant(), completeness, missingDocuments, refusalReason, details);
        }
    }

    record ReturnRequest(@NotBlank(message = "cần chọn hình thức trả kết quả")
                         @Pattern(regexp = "counter|post|online", message = "phải là counter, post hoặc online")
                         String returnMethod,
                         @NotBlank(message = "cần ghi người nhận kết quả") @Size(max = 255) String receivedBy) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tiếp nhận hồ sơ tại bộ phận một cửa (không kèm tệp; Idempotency-Key tùy chọn: bấm hai lần không tạo hồ sơ thứ hai)")
    ResponseEntity<DossierView> receive(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody DossierRequest request, Authentication officer) {
        return receive(request, List.of(), idempotencyKey, officer);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tiếp nhận hồ sơ tại bộ phận một cửa, kèm tệp giấy tờ (Idempotency-Key tùy chọn)")
    ResponseEntity<DossierView> receiveWithFiles(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestPart("dossier") DossierRequest request,
            @RequestPart(name = "files", required = false) List<MultipartFile> uploads, Authentication officer) {
        return receive(request, uploads == null ? List.of() : uploads, idempotencyKey, officer);
    }

    private ResponseEntity<DossierView> receive(DossierRequest request, List<MultipartFile> uploads,
                                                String idempotencyKey, Authentication officer) {
        if (request.channel() == Channel.ONLINE) {
            throw new InvalidRequestException("Hồ sơ trực tuyến nộp qua /api/dossiers/online với Idempotency-Key.");
        }
        if (request.receivingUnit() != null && !access.isReceptionOf(officer, request.receivingUnit())) {
            throw new AccessDeniedException("not a reception officer of " + request.receivingUnit());
        }
        if (idempotencyKey == null) {
            return created(dossiers.submit(request.toNewDossier(null), uploads, officer.getName(), null));
        }
        return submitOnce(request.toNewDossier(null), uploads, checked(idempotencyKey), officer);
    }

    @PostMapping(path = "/online", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nộp hồ sơ trực tuyến: tài khoản kỹ thuật của Cổng DVCQG, hoặc công dân đăng nhập VNeID "
            + "nộp hồ sơ đứng tên mình; cán bộ không dùng kênh này (bắt buộc Idempotency-Key: gửi lại không tạo hồ sơ thứ hai)")
    ResponseEntity<DossierView> submitOnline(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody DossierRequest request, Authentication caller) {
        // only the portal's account and signed-in citizens get here (OnlineSubmissionSecurityConfiguration)
        if (access.isCitizen(caller) && !caller.getName().equals(request.applicant().idNumber())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Công dân chỉ nộp hồ sơ trực tuyến đứng tên chính mình (số định danh của tài khoản VNeID).");
        }
        if (idempotencyKey == null) {
            throw new InvalidRequestException(IDEMPOTENCY_KEY_RULE);
        }
        return submitOnce(request.toNewDossier(Channel.ONLINE), List.of(), checked(idempotencyKey), caller);
    }

    private static String checked(String idempotencyKey) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new InvalidRequestException(IDEMPOTENCY_KEY_RULE);
        }
        return idempotencyKey;
    }

    /**
     * 201 with the new dossier; 200 with the same dossier when the key was seen before (a retry, a
     * double click), also when the first request with the key commits while this one is under way.
     */
    private ResponseEntity<DossierView> submitOnce(NewDossier request, List<MultipartFile> uploads,
                                                   String idempotencyKey, Authentication caller) {
        DossierService.Registration registration;
        try {
            registration = dossiers.register(request, uploads, caller.getName(), idempotencyKey);
        } catch (DuplicateKeyException concurrentRetry) {
            registration = dossiers.register(request, uploads, caller.getName(), idempotencyKey);
        }
        return registration.created() ? created(registration.dossier()) : ResponseEntity.ok(view(registration.dossier()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Thông tin hồ sơ")
    DossierView get(@PathVariable String id, Authentication officer) {
        return view(readable(id, officer));
    }

    @GetMapping
    @Operation(summary = "Hồ sơ của các đơn vị của tôi (mới nhất trước)")
    List<DossierView> mine(@RequestParam(defaultValue = "50") int limit, Authentication officer) {
        int bounded = Math.max(1, Math.min(limit, 500));
        return dossiers.ofUnits(List.copyOf(access.units(officer)), bounded).stream()
                .map(dossier -> DossierView.of(dossier, List.of(), null, DeadlineNotice.NONE)).toList();
    }

    @GetMapping("/{id}/control-sheet")
    @Operation(summary = "Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06)")
    List<ControlSheet.Entry> controlSheet(@PathVariable String id, Authentication officer) {
        return controlSheet.of(readable(id, officer).id());
    }

    record StatusChangeView(int status, String statusLabel, Instant at, String actor) {
    }

    @GetMapping("/{id}/status-history")
    @Operation(summary = "Lịch sử trạng thái hồ sơ")
    List<StatusChangeView> statusHistory(@PathVariable String id, Authentication officer) {
        return dossiers.history(readable(id, officer).id()).stream()
                .map(change -> new StatusChangeView(change.status().code(), change.status().label(), change.at(),
                        change.actor()))
                .toList();
    }

    @GetMapping(path = "/{id}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01), PDF")
    ResponseEntity<byte[]> receiptSlip(@PathVariable String id, Authentication officer) {
        Dossier dossier = readable(id, officer);
        byte[] pdf = receiptSlips.pdf(dossier);
        // the appointment is now in the applicant's hands: a calendar change no longer moves it
        dossiers.appointmentPrinted(dossier);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"giay-tiep-nhan-" + dossier.code() + ".pdf\"")
                .body(pdf);
    }

    @GetMapping(path = "/{id}/supplement-request.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02), PDF; 409 khi hồ sơ không có yêu cầu bổ sung")
    ResponseEntity<byte[]> supplementRequest(@PathVariable String id, Authentication officer) {
        Dossier dossier = readable(id, officer);
        return pdf("phieu-yeu-cau-bo-sung-" + dossier.code(), notices.supplementRequest(dossier));
    }

    @GetMapping(path = "/{id}/refusal.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu 03), PDF; 409 khi hồ sơ không bị từ chối")
    ResponseEntity<byte[]> refusal(@PathVariable String id, Authentication officer) {
        Dossier dossier = readable(id, officer);
        return pdf("phieu-tu-choi-" + dossier.code(), notices.refusal(dossier));
    }

    @GetMapping(path = "/{id}/complex-case-notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Thông báo về việc áp dụng thời hạn giải quyết trường hợp phức tạp, PDF; 404 khi hồ sơ không "
            + "áp dụng thời hạn này")
    ResponseEntity<byte[]> complexCaseNotice(@PathVariable String id, Authentication officer) {
        Dossier dossier = readable(id, officer);
        return pdf("thong-bao-truong-hop-phuc-tap-" + dossier.code(), notices.complexCaseNotice(dossier));
    }

    @GetMapping(path = "/{id}/control-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06), PDF")
    ResponseEntity<byte[]> controlSheetPdf(@PathVariable String id, Authentication officer) {
        Dossier dossier = readable(id, officer);
        return pdf("phieu-kiem-soat-" + dossier.code(), notices.controlSheet(dossier, controlSheet.of(dossier.id())));
    }

    @GetMapping(path = "/{id}/apology-letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04), PDF; 404 khi hồ sơ chưa được hẹn lại")
    ResponseEntity<byte[]> apologyLetter(@PathVariable String id, Authentication officer) {
        Dossier dossier = readable(id, officer);
        return pdf("phieu-xin-loi-" + dossier.code(), notices.apologyLetter(dossier));
    }

    @GetMapping(path = "/{id}/stop-notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Thông báo về việc dừng giải quyết hồ sơ (mẫu 05), PDF; 409 khi hồ sơ chưa dừng xử lý")
    ResponseEntity<byte[]> stopNotice(@PathVariable String id, Authentication officer) {
        Dossier dossier = readable(id, officer);
        return pdf("thong-bao-dung-giai-quyet-" + dossier.code(), notices.stopNotice(dossier));
    }

    private static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + ".pdf\"")
                .body(content);
    }

    @GetMapping("/{id}/documents/{fileId}")
    @Operation(summary = "Tải tệp giấy tờ của hồ sơ")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String fileId, Authentication officer) {
        Dossier dossier = readable(id, officer);
        var stored = files.of(dossier.id()).stream().filter(file -> file.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy tệp."));
        byte[] content = files.content(dossier.id(), fileId).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(stored.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + stored.sha256())
                .body(content);
    }

    @PostMapping(path = "/{id}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tiếp nhận hồ sơ bổ sung của công dân (đồng hồ giải quyết chạy lại)")
    DossierView supplement(@PathVariable String id,
                           @RequestPart(name = "files", required = false) List<MultipartFile> uploads,
                           @RequestPart(name = "note", required = false) String note, Authentication officer) {
        Dossier dossier = receptionAction(id, officer);
        return view(dossiers.recordSupplement(dossier.id(), uploads == null ? List.of() : uploads, note, officer.getName()));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Công dân yêu cầu rút hồ sơ (trạng thái 7)")
    DossierView withdraw(@PathVariable String id, Authentication officer) {
        Dossier dossier = receptionAction(id, officer);
        return view(dossiers.requestWithdrawal(dossier.id(), officer.getName()));
    }

    @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Trả kết quả cho công dân tại nơi tiếp nhận (trạng thái 10)")
    DossierView returnResult(@PathVariable String id, @Valid @RequestBody ReturnRequest request, Authentication officer) {
        Dossier dossier = receptionAction(id, officer);
        return view(dossiers.returnResult(dossier.id(), request.returnMethod(), request.receivedBy(), officer.getName()));
    }

    /** Unknown and not-yours look the same: 404, never the data. */
    private Dossier readable(String id, Authentication officer) {
        return dossiers.find(id).filter(found -> access.canRead(officer, found))
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy hồ sơ."));
    }

    /** Actions at the counter where the dossier was received. */
    private Dossier receptionAction(String id, Authentication officer) {
        Dossier dossier = readable(id, officer);
        if (!access.isReceptionOf(officer, dossier.receivingUnit())) {
            throw new AccessDeniedException("not a reception officer of " + dossier.receivingUnit());
        }
        return dossier;
    }

    private DossierView view(Dossier dossier) {
        return DossierView.of(dossier, files.of(dossier.id()), dossiers.timeliness(dossier).orElse(null),
                deadlineNotices.of(dossier));
    }

    private ResponseEntity<DossierView> created(Dossier dossier) {
        return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.id())).body(view(dossier));
    }
}
