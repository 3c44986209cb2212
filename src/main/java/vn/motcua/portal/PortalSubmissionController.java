package vn.motcua.portal;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.NewDossier;

/**
 * Online submissions the National Public Service Portal forwards to us, in <em>our assumed contract</em>
 * (Vietnamese field names in the DVCQG style; docs/domain.md, "National Public Service Portal"). Only the portal's
 * technical account (role {@code PORTAL}) may call it. The portal's reference {@code MaHoSoQG} is the
 * idempotency key: a repeat answers 200 with the dossier the first delivery created (201).
 */
@RestController
@RequestMapping("/api/portal/submissions")
@Tag(name = "Cổng DVCQG", description = "Hồ sơ trực tuyến chuyển từ Cổng Dịch vụ công quốc gia")
class PortalSubmissionController {

    private final PortalSubmissions submissions;

    PortalSubmissionController(PortalSubmissions submissions) {
        this.submissions = submissions;
    }

    record PortalApplicant(@JsonProperty("HoTen") @NotBlank(message = "thiếu họ tên") @Size(max = 255) String name,
                           @JsonProperty("SoGiayTo") @NotBlank(message = "thiếu số định danh") @Size(max = 20)
                           String idNumber,
                           @JsonProperty("SoDienThoai") @Size(max = 20) String phone,
                           @JsonProperty("Email") @Size(max = 255) String email,
                           @JsonProperty("DiaChi") @Size(max = 500) String address) {
    }

    /** One submission as the portal sends it (assumed contract). */
    record PortalSubmission(@JsonProperty("MaHoSoQG") @NotBlank(message = "thiếu mã hồ sơ của Cổng (MaHoSoQG)")
                            @Size(max = 90, message = "tối đa 90 ký tự") String reference,
                            @JsonProperty("MaTTHC") @NotBlank(message = "thiếu mã thủ tục (MaTTHC)")
                            @Size(max = 60) String procedureCode,
                            @JsonProperty("MaDonViTiepNhan") @NotBlank(message = "thiếu đơn vị tiếp nhận (MaDonViTiepNhan)")
                            @Size(max = 40) String receivingUnit,
                            @JsonProperty("ChuHoSo") @NotNull(message = "thiếu chủ hồ sơ (ChuHoSo)") @Valid
                            PortalApplicant applicant,
                            @JsonProperty("XacThucVNeID") boolean vneidAuthenticated,
                            @JsonProperty("ThongTinKhac") @Size(max = 100, message = "tối đa 100 trường")
                            Map<String, Object> details) {
        NewDossier toNewDossier() {
            return new NewDossier(procedureCode, Channel.ONLINE, receivingUnit,
                    new Applicant(applicant.name(), applicant.idNumber(), applicant.phone(), applicant.email(),
                            applicant.address()), null, null, null, details);
        }
    }

    /** Our answer: the dossier code the portal shows the applicant. */
    record SubmissionAccepted(@JsonProperty("MaHoSoQG") String reference, @JsonProperty("MaHoSo") String dossierCode,
                              @JsonProperty("TrangThaiHoSo") int status, String dossierId) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nhận hồ sơ trực tuyến từ Cổng DVCQG (gửi lại cùng MaHoSoQG không tạo hồ sơ thứ hai)")
    ResponseEntity<SubmissionAccepted> submit(@Valid @RequestBody PortalSubmission submission, Authentication portal) {
        PortalSubmissions.Accepted accepted;
        try {
            accepted = submissions.accept(submission.reference(), submission.toNewDossier(),
                    submission.vneidAuthenticated(), portal.getName());
        } catch (DuplicateKeyException concurrentRepeat) {
            // the same submission committed by a concurrent delivery first: answer with its dossier
            accepted = submissions.accept(submission.reference(), submission.toNewDossier(),
                    submission.vneidAuthenticated(), portal.getName());
        }
        var dossier = accepted.dossier();
        SubmissionAccepted answer = new SubmissionAccepted(submission.reference(), dossier.code(),
                dossier.status().code(), dossier.id());
        return accepted.repeated() ? ResponseEntity.ok(answer)
                : ResponseEntity.created(URI.create("/api/dossiers/" + dossier.id())).body(answer);
    }
}
