package vn.motcua.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvents.Change;
import vn.motcua.dossier.DossierEvents.DossierChanged;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PublicLinks;

/**
 * The Vietnamese texts of the messages to an applicant: which changes of a dossier they are told about
 * (received with the appointment, supplement asked with the list, fee due, result ready, refused, an
 * apology with the new appointment) and what each message says, always with the dossier code and the
 * public lookup link.
 */
@Component
public class ApplicantMessages {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);

    /** A change the applicant is told about. */
    public enum Event {
        RECEIVED, SUPPLEMENT_REQUESTED, FEE_DUE, RESULT_READY, REFUSED, APPOINTMENT_EXTENDED
    }

    /** A message ready to leave. */
    public record ApplicantMessage(Event event, String subject, String body) {
    }

    private final PublicLinks links;
    private final ApplicantMailProperties properties;

    ApplicantMessages(PublicLinks links, ApplicantMailProperties properties) {
        this.links = links;
        this.properties = properties;
    }

    /**
     * The event a change is for the applicant, if any. {@code statusChanged} tells whether the status moved
     * since the applicant was last told; a supplement request or an extension counts each time.
     */
    public Optional<Event> eventOf(DossierChanged change, boolean statusChanged) {
        Dossier dossier = change.dossier();
        if (change.did(Change.SUPPLEMENT_REQUESTED)) {
            return Optional.of(Event.SUPPLEMENT_REQUESTED);
        }
        if (change.did(Change.APPOINTMENT_EXTENDED)) {
            return Optional.of(Event.APPOINTMENT_EXTENDED);
        }
        if (!statusChanged) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (dossier.status()) {
            case RECEIVED -> Event.RECEIVED;
            case SUPPLEMENT_REQUESTED -> Event.SUPPLEMENT_REQUESTED;
            case FEE_DUE -> Event.FEE_DUE;
            case RESULT_READY -> Event.RESULT_READY;
            case REFUSED -> Event.REFUSED;
            default -> null;
        });
    }

    /** The message telling the applicant about {@code event}. */
    public ApplicantMessage compose(Dossier dossier, Event event) {
        String code = dossier.code();
        String subject = switch (event) {
            case RECEIVED -> "Hồ sơ " + code + " đã tiếp nhận";
            case SUPPLEMENT_REQUESTED -> "Hồ sơ " + code + " cần bổ sung giấy tờ";
            case FEE_DUE -> "Hồ sơ " + code + " chờ nộp phí, lệ phí";
            case RESULT_READY -> "Hồ sơ " + code + " đã có kết quả";
            case REFUSED -> "Hồ sơ " + code + " bị từ chối tiếp nhận";
            case APPOINTMENT_EXTENDED -> "Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code;
        };
        String detail = switch (event) {
            case RECEIVED -> "Hồ sơ " + code + " (" + dossier.procedureName() + ") đã tiếp nhận."
                    + appointment(dossier, " Ngày hẹn trả kết quả: ");
            case SUPPLEMENT_REQUESTED -> "Hồ sơ " + code + " cần bổ sung các giấy tờ sau:\n"
                    + orNone(dossier.missingDocuments());
            case FEE_DUE -> "Hồ sơ " + code + " đang chờ ông/bà thực hiện nghĩa vụ tài chính (nộp phí, lệ phí).";
            case RESULT_READY -> "Hồ sơ " + code + " đã xử lý xong. Mời ông/bà đến nhận kết quả theo giấy hẹn.";
            case REFUSED -> "Hồ sơ " + code + " bị từ chối tiếp nhận. Lý do: " + orNone(dossier.refusalReason());
            case APPOINTMENT_EXTENDED -> "Chúng tôi thành thật xin lỗi: hồ sơ " + code + " chưa giải quyết xong"
                    + " đúng hẹn." + appointment(dossier, " Ngày hẹn trả kết quả mới: ");
        };
        String body = "Kính gửi ông/bà " + dossier.applicant().name() + ",\n\n" + detail + "\n\n"
                + "Tra cứu tình trạng hồ sơ (nhập mã hồ sơ và số giấy tờ tùy thân): " + lookup(code) + "\n\n"
                + "Thư này được gửi tự động, xin vui lòng không trả lời.";
        return new ApplicantMessage(event, subject, body);
    }

    private String lookup(String code) {
        String base = properties.lookupBaseUrl();
        if (base == null || base.isBlank()) {
            return links.lookup(code);
        }
        return new PublicLinks(base).lookup(code);
    }

    private static String appointment(Dossier dossier, String label) {
        Instant at = dossier.appointmentAt();
        return at == null ? "" : label + DAY.format(at) + ".";
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "(không ghi)" : text;
    }
}
