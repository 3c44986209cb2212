package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.organization.OrganizationService;
import vn.motcua.platform.engine.ProcessVariables;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.platform.web.WellFormedText;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static vn.motcua.platform.engine.ProcessVariables.COMPLETE;
import static vn.motcua.platform.engine.ProcessVariables.NEEDS_SUPPLEMENT;
import static vn.motcua.platform.engine.ProcessVariables.REFUSED;

/** What a dossier registration must satisfy, whether it comes through the API or a Tasklist start form. */
@Component
class DossierRules {

    private static final Pattern CITIZEN_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern TAX_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?");
    /** Foreign applicants are identified by their passport number. */
    private static final Pattern PASSPORT = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{6,20}");
    private static final Set<String> COMPLETENESS_VALUES = Set.of(COMPLETE, NEEDS_SUPPLEMENT, REFUSED);

    private final Catalog catalog;
    private final OrganizationService organization;

    DossierRules(Catalog catalog, OrganizationService organization) {
        this.catalog = catalog;
        this.organization = organization;
    }

    /** The name of a unit, as officers read it in the Tasklist; the code for an unknown unit. */
    String unitName(String unitCode) {
        return organization.unit(unitCode).map(unit -> unit.name()).orElse(unitCode);
    }

    boolean unitExists(String unitCode) {
        return organization.exists(unitCode);
    }

    /** Whether the unit exists and an administrator has not deactivated it. */
    boolean isActiveUnit(String unitCode) {
        return organization.isActive(unitCode);
    }

    /** The commune or ward the unit belongs to, or {@code null} for a provincial unit. */
    String communeOf(String unitCode) {
        return organization.communeOf(unitCode).orElse(null);
    }

    private boolean isCommune(Object code) {
        return code instanceof String text && organization.isCommune(text);
    }

    /** Checks a registration; the first problem is a 400 with a Vietnamese message. */
    Procedure validate(NewDossier request) {
        if (request.details() != null) {
            request.details().keySet().stream().filter(ProcessVariables.NOT_IN_DETAILS::contains).sorted().findFirst()
                    .ifPresent(key -> {
                        throw new InvalidRequestException("Thông tin bổ sung không được chứa trường \"" + key
                                + "\": đây là thông tin do hệ thống ghi.");
                    });
        }
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw new InvalidRequestException("Thiếu mã thủ tục hành chính.");
        }
        Procedure procedure = catalog.inForce(request.procedureCode(), today()).orElseThrow(() ->
                new InvalidRequestException("Không có thủ tục mã \"" + request.procedureCode() + "\" đang có hiệu lực."));
        if (request.channel() == null) {
            throw new InvalidRequestException("Thiếu kênh tiếp nhận (counter, online, post).");
        }
        checkFeeLine(procedure, request);
        if (request.receivingUnit() == null || organization.unit(request.receivingUnit()).isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị tiếp nhận mã \"" + request.receivingUnit() + "\".");
        }
        checkConfiguration(procedure, request);
        Object residence = request.details() == null ? null : request.details().get(ProcessVariables.RESIDENCE_COMMUNE);
        if (residence != null && !isCommune(residence)) {
            throw new InvalidRequestException("Không có xã, phường mã \"" + residence + "\" trong tỉnh (trường "
                    + ProcessVariables.RESIDENCE_COMMUNE + "): chọn mã Ủy ban nhân dân xã, phường nơi cư trú.");
        }
        Applicant applicant = request.applicant();
        if (applicant == null || applicant.name() == null || applicant.name().isBlank()) {
            throw new InvalidRequestException("Thiếu họ tên người nộp hồ sơ.");
        }
        if (applicant.idNumber() == null || applicant.idNumber().isBlank()) {
            throw new InvalidRequestException("Thiếu số định danh cá nhân (CCCD) hoặc mã số thuế của người nộp hồ sơ.");
        }
        if (!CITIZEN_ID.matcher(applicant.idNumber()).matches() && !TAX_CODE.matcher(applicant.idNumber()).matches()
                && !PASSPORT.matcher(applicant.idNumber()).matches()) {
            throw new InvalidRequestException("Số định danh \"" + applicant.idNumber()
                    + "\" không hợp lệ: CCCD gồm 12 chữ số, mã số thuế gồm 10 hoặc 13 chữ số, hộ chiếu gồm chữ in hoa và số.");
        }
        if (request.channel() == Channel.ONLINE) {
            if (request.completeness() != null) {
                throw new InvalidRequestException("Hồ sơ trực tuyến được cán bộ kiểm tra sau khi nộp; không gửi kết quả kiểm tra.");
            }
        } else if (!COMPLETENESS_VALUES.contains(request.completeness())) {
            throw new InvalidRequestException("Kết quả kiểm tra hồ sơ phải là received, supplement hoặc refused.");
        } else if (NEEDS_SUPPLEMENT.equals(request.completeness()) && blank(request.missingDocuments())) {
            throw new InvalidRequestException("Cần ghi rõ giấy tờ phải bổ sung (mẫu 02).");
        } else if (REFUSED.equals(request.completeness()) && blank(request.refusalReason())) {
            throw new InvalidRequestException("Cần ghi rõ lý do từ chối tiếp nhận (mẫu 03).");
        }
        checkText("applicant.name", applicant.name(), 255);
        checkText("applicant.phone", applicant.phone(), 20);
        checkText("applicant.email", applicant.email(), 255);
        checkText("applicant.address", applicant.address(), 500);
        checkText("missingDocuments", request.missingDocuments(), 4000);
        checkText("refusalReason", request.refusalReason(), 4000);
        if (request.details() != null) {
            // API bodies are checked while read (WellFormedText's Jackson module); a Tasklist start form's
            // variables come through Camunda's REST API and are checked here
            request.details().forEach((name, value) -> {
                if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                    throw new InvalidRequestException("Trường \"" + name + "\" phải là chuỗi, số hoặc đúng/sai.");
                }
                // the fields become process variables: Camunda keeps names to 255 and text to 4000 characters
                checkText("tên trường", name, 255);
                if (value instanceof String text) {
                    checkText(name, text, 4000);
                }
            });
        }
        return procedure;
    }

    /**
     * A procedure whose generated process collects the line of its fee table that applies: a dossier received
     * complete names that line, and nothing names a line the table does not have (it would pay nothing).
     */
    /**
     * What an administrator configured for the procedure (docs/administration.md): the centers that receive it, and
     * the required fields of its reception form for a dossier received at the counter or by post.
     */
    private void checkConfiguration(Procedure procedure, NewDossier request) {
        Procedure.Configuration configuration = procedure.configuration();
        if (configuration == null) {
            return;
        }
        if (!configuration.receivingUnits().isEmpty() && !configuration.receivingUnits().contains(request.receivingUnit())) {
            throw new InvalidRequestException("Thủ tục " + procedure.code() + " không tiếp nhận tại "
                    + unitName(request.receivingUnit()) + ": nơi tiếp nhận là " + String.join(", ",
                    configuration.receivingUnits().stream().map(this::unitName).toList()) + ".");
        }
        if (request.channel() == Channel.ONLINE || !COMPLETE.equals(request.completeness())) {
            return;
        }
        for (Procedure.ConfiguredField field : configuration.fields()) {
            Object value = request.details() == null ? null : request.details().get(field.key());
            if (field.required() && (value == null || String.valueOf(value).isBlank())) {
                throw new InvalidRequestException("Thiếu \"" + field.label() + "\" (trường " + field.key()
                        + " của thông tin bổ sung): thông tin bắt buộc của thủ tục " + procedure.code() + ".");
            }
        }
    }

    private static void checkFeeLine(Procedure procedure, NewDossier request) {
        if (procedure.fee() == null || procedure.fee().table().isEmpty() || !procedure.runsGeneratedProcess()) {
            return;
        }
        Object line = request.details() == null ? null : request.details().get(ProcessVariables.FEE_LINE);
        List<String> lines = procedure.fee().lineValues();
        boolean needed = request.channel() != Channel.ONLINE && COMPLETE.equals(request.completeness());
        if (line == null ? needed : !lines.contains(String.valueOf(line))) {
            StringBuilder choices = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                choices.append(i == 0 ? "" : "; ").append(lines.get(i)).append(" = ")
                        .append(procedure.fee().table().get(i).description());
            }
            throw new InvalidRequestException("Chọn mức phí, lệ phí áp dụng (\"" + ProcessVariables.FEE_LINE + "\"): "
                    + choices + ".");
        }
    }

    /** The status a registration starts in: online waits for the check; the counter's check decides. */
    static DossierStatus initialStatus(NewDossier request) {
        if (request.channel() == Channel.ONLINE) {
            return DossierStatus.SUBMITTED_ONLINE;
        }
        return switch (request.completeness()) {
            case COMPLETE -> DossierStatus.RECEIVED;
            case REFUSED -> DossierStatus.REFUSED;
            default -> DossierStatus.SUPPLEMENT_REQUESTED;
        };
    }

    /** Text the columns and process variables can hold: a 400 instead of the database's 500. */
    private static void checkText(String field, String text, int maxLength) {
        String shown = field.length() > 60 ? field.substring(0, 60) + "…" : field;
        WellFormedText.require(shown, text);
        if (text != null && text.length() > maxLength) {
            throw new InvalidRequestException("Trường \"" + shown + "\" dài quá " + maxLength + " ký tự.");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }
}
