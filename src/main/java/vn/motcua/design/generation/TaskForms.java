package vn.motcua.design.generation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.catalog.Procedure.Fee;
import vn.motcua.catalog.Procedure.FeeLine;
import vn.motcua.catalog.Procedure.RequiredDocument;
import vn.motcua.design.generation.StepTable.Field;
import vn.motcua.design.generation.StepTable.Step;
import vn.motcua.platform.engine.ProcessVariables;
import vn.motcua.platform.engineapi.ProvinceCommunes;

/**
 * The Camunda Forms (form-js schema 16, components Tasklist renders) of a generated procedure: the reception
 * form ({@code <processKey>-start}, also used by {@code Task_CheckOnline}) and the default form of each step
 * without its own form: the dossier links and summary (as {@code Text_dossierLinks} of the hand-made
 * forms), the previous step's note, the step's outcome and the step's own note ({@code stepNote}). The reception
 * form carries the checklist of the catalog's required documents ({@link DocumentChecklist}).
 */
final class TaskForms {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The dossier page: summary, documents, history, every step's note and the printouts. */
    static final String DOSSIER_LINKS = "Mã hồ sơ: **{{dossierCode}}** · [Xem hồ sơ: giấy tờ đã nộp, lịch sử xử lý,"
            + " ý kiến các bước, in phiếu](/ho-so/{{dossierId}})";
    static final String RECEIPT_SLIP_LINK = "[In giấy tiếp nhận và hẹn trả kết quả (mẫu 01)]"
            + "(/api/dossiers/{{dossierId}}/receipt.pdf)";
    /** What the step before wrote in its {@code stepNote}, handed over by the platform (StepNotes). */
    static final String PREVIOUS_STEP = "#### Ý kiến của bước trước\n**{{previousStepName}}** — {{previousStepOfficer}}:"
            + "\n\n{{previousStepNote}}";
    /**
     * The input-data key of the receiving-unit field: the platform fills in the signed-in officer's own
     * centers as the form is served ({@code platform.engineapi.ReceptionFormOptions}).
     */
    static final String RECEPTION_CENTERS = "receptionCenters";

    /** Why the dossier needs verification: the notice to the applicant says it. */
    static final String COMPLEX_CASE_REASON = "complexCaseReason";

    /** The note field of every step; the platform hands it to the next step (StepNotes). */
    static final String STEP_NOTE = "stepNote";

    private TaskForms() {
    }

    static String startForm(String id, StepTable table, List<RequiredDocument> documents) {
        return startForm(id, table, documents, List.of());
    }

    /** @param feeTable the record's fee table, whose line the officer chooses; empty for none */
    static String startForm(String id, StepTable table, List<RequiredDocument> documents, List<FeeLine> feeTable) {
        ObjectNode form = form(id);
        ArrayNode components = form.withArray("components");
        text(components, "Text_0", "### Tiếp nhận hồ sơ: " + table.name());
        links(components);
        field(components, "select", "receivingUnit", "Nơi tiếp nhận", true).put("valuesKey", RECEPTION_CENTERS);
        // "online" is for the online check, which shows this form too; a start form drops it as it is served
        ObjectNode channel = field(components, "radio", "channel", "Hình thức nộp hồ sơ", true);
        values(channel, ordered("counter", "Trực tiếp tại bộ phận một cửa", "post", "Qua dịch vụ bưu chính công ích",
                "online", "Trực tuyến (Cổng Dịch vụ công)"));
        channel.put("defaultValue", "counter");
        text(components, "Text_1", "#### Người nộp hồ sơ");
        field(components, "textfield", "applicantName", "Họ và tên", true);
        field(components, "textfield", "applicantId", "Số định danh cá nhân hoặc mã số thuế", true);
        field(components, "textfield", "applicantPhone", "Số điện thoại", false);
        field(components, "textfield", "applicantAddress", "Địa chỉ", false);
        if (table.startFields() != null && !table.startFields().isEmpty()) {
            text(components, "Text_2", "#### Nội dung yêu cầu");
            for (Field field : table.startFields()) {
                boolean required = field.requiredOnForm();
                ObjectNode component;
                if (field.options() != null && !field.options().isEmpty()) {
                    component = field(components, "select", field.key(), field.label(), required);
                    values(component, field.options());
                } else if ("commune".equals(field.type())) {
                    component = field(components, "select", field.key(), field.label(), required)
                            .put("valuesKey", ProvinceCommunes.VALUES_KEY).put("searchable", true);
                } else if ("number".equals(field.type())) {
                    component = field(components, "number", field.key(), field.label(), required);
                } else if ("date".equals(field.type())) {
                    component = field(components, "datetime", field.key(), null, required);
                    component.remove("label");
                    component.put("subtype", "date").put("dateLabel", field.label());
                } else {
                    component = field(components, "textfield", field.key(), field.label(), required);
                }
                if (field.help() != null && !field.help().isBlank()) {
                    component.put("description", field.help());
                }
            }
        }
        if (!feeTable.isEmpty()) {
            text(components, "Text_fee", "#### Phí, lệ phí");
            Map<String, String> lines = new LinkedHashMap<>();
            for (int i = 0; i < feeTable.size(); i++) {
                lines.put(Fee.lineValue(i), feeTable.get(i).description() + " — "
                        + String.format(Locale.ROOT, "%,d", feeTable.get(i).amount()).replace(',', '.') + " đồng");
            }
            values(field(components, "select", ProcessVariables.FEE_LINE, "Mức phí, lệ phí áp dụng", true), lines);
        }
        if (!documents.isEmpty()) {
            text(components, "Text_checklist", "#### Thành phần hồ sơ đã nhận");
            for (RequiredDocument document : documents) {
                field(components, "checkbox", DocumentChecklist.key(document), DocumentChecklist.label(document), false);
            }
        }
        text(components, "Text_3", "#### Kiểm tra hồ sơ");
        ObjectNode completeness = field(components, "radio", "completeness", "Kết quả kiểm tra", true);
        values(completeness, ordered("received", "Hồ sơ đầy đủ, tiếp nhận (mẫu 01)",
                "supplement", "Chưa đầy đủ, hướng dẫn bổ sung (mẫu 02)", "refused", "Từ chối tiếp nhận (mẫu 03)"));
        hideUnless(field(components, "textarea", "missingDocuments", "Giấy tờ cần bổ sung", true), "completeness", "supplement");
        hideUnless(field(components, "textarea", "refusalReason", "Lý do từ chối", true), "completeness", "refused");
        // the form's dossier exists only once it is submitted: the officer prints form 2 or 3 from today's list
        hideUnless(text(components, "Text_printSupplementRequest", "Bấm **Hoàn thành**, rồi in Phiếu yêu cầu bổ sung,"
                + " hoàn thiện hồ sơ (mẫu 02) tại [Hồ sơ tiếp nhận hôm nay](/ho-so) để giao cho người nộp."),
                "completeness", "supplement");
        hideUnless(text(components, "Text_printRefusal", "Bấm **Hoàn thành**, rồi in Phiếu từ chối tiếp nhận, giải quyết"
                + " hồ sơ (mẫu 03) tại [Hồ sơ tiếp nhận hôm nay](/ho-so) để giao cho người nộp."), "completeness", "refused");
        return write(form);
    }

    static String stepForm(String id, StepTable table, Step step) {
        ObjectNode form = form(id);
        ArrayNode components = form.withArray("components");
        text(components, "Text_0", "### " + step.name() + "\n" + table.name());
        links(components);
        text(components, "Text_1", "#### Thông tin hồ sơ");
        field(components, "textfield", "dossierCode", "Mã hồ sơ", false).put("readonly", true);
        field(components, "textfield", "applicantName", "Người nộp hồ sơ", false).put("readonly", true);
        field(components, "textfield", "applicantId", "Số định danh cá nhân hoặc mã số thuế", false).put("readonly", true);
        boolean leader = "leader".equals(step.role());
        String variable = step.decisionVariable();
        if (step.decides()) {
            text(components, "Text_2", "#### Kết quả");
            Map<String, String> outcomes = ordered("approve", leader ? "Đồng ý, ký ban hành" : "Đề xuất giải quyết");
            if (step.reworkTarget() != null) {
                outcomes.put("rework", "Yêu cầu xử lý lại");
            }
            if (step.hasOutcome("supplement")) {
                outcomes.put("supplement", "Yêu cầu bổ sung hồ sơ (mẫu 02)");
            }
            if (step.hasOutcome("refuse")) {
                outcomes.put("refuse", "Từ chối giải quyết (nêu rõ lý do)");
            }
            if (step.verifyDays() != null) {
                outcomes.put("verify", "Cần xác minh, kiểm tra thực địa (thời hạn trường hợp phức tạp)");
            }
            ObjectNode outcome = field(components, "radio", variable, "Kết quả xử lý", true);
            values(outcome, outcomes);
            outcome.put("defaultValue", "approve");
            if (step.hasOutcome("supplement")) {
                hideUnless(field(components, "textarea", "supplementReason", "Nội dung cần bổ sung, lý do (mẫu 02)", true),
                        variable, "supplement");
            }
            if (step.verifyDays() != null) {
                hideUnless(field(components, "textarea", COMPLEX_CASE_REASON, "Nội dung cần xác minh (thông báo cho người "
                        + "nộp hồ sơ cùng ngày hẹn trả mới)", true), variable, "verify");
            }
        }
        field(components, "textarea", STEP_NOTE, leader ? "Ý kiến của lãnh đạo" : "Ý kiến của người xử lý", false);
        return write(form);
    }

    private static ObjectNode form(String id) {
        ObjectNode form = JSON.createObjectNode();
        form.putArray("components");
        form.put("type", "default");
        form.put("id", id);
        form.put("executionPlatform", "Camunda Platform");
        form.put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "motcua step tables").put("version", "1");
        form.put("schemaVersion", 16);
        return form;
    }

    /** The dossier's page, the receipt slip once there is an appointment, and the previous step's note. */
    private static void links(ArrayNode components) {
        text(components, "Text_dossierLinks", DOSSIER_LINKS).putObject("conditional").put("hide", "=dossierId = null");
        text(components, "Text_receiptSlip", RECEIPT_SLIP_LINK).putObject("conditional").put("hide", "=appointmentAt = null");
        text(components, "Text_previousStep", PREVIOUS_STEP).putObject("conditional").put("hide", "=previousStepNote = null");
    }

    private static ObjectNode text(ArrayNode components, String id, String text) {
        ObjectNode component = components.addObject();
        component.put("type", "text");
        component.put("text", text);
        component.put("id", id);
        return component;
    }

    private static ObjectNode field(ArrayNode components, String type, String key, String label, boolean required) {
        ObjectNode component = components.addObject();
        component.put("type", type);
        component.put("key", key);
        if (label != null) {
            component.put("label", label);
        }
        if (required) {
            component.putObject("validate").put("required", true);
        }
        component.put("id", "Field_" + key);
        return component;
    }

    private static void values(ObjectNode component, Map<String, String> values) {
        ArrayNode array = component.putArray("values");
        values.forEach((value, label) -> array.addObject().put("label", label).put("value", value));
    }

    private static void hideUnless(ObjectNode component, String variable, String value) {
        component.putObject("conditional").put("hide", "=" + variable + " != \"" + value + "\"");
    }

    private static Map<String, String> ordered(String... valuesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return map;
    }

    private static String write(ObjectNode form) {
        try {
            return JSON.writeValueAsString(form) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
