package vn.motcua.design.configuration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Procedure.Choice;
import vn.motcua.catalog.Procedure.CommuneRoute;
import vn.motcua.catalog.Procedure.Configuration;
import vn.motcua.catalog.Procedure.ConfiguredField;
import vn.motcua.catalog.Procedure.ConfiguredStep;
import vn.motcua.catalog.Procedure.Fee;
import vn.motcua.catalog.Procedure.FeeLine;
import vn.motcua.catalog.Procedure.LegalLimit;
import vn.motcua.design.configuration.ProcedureAdministration.FieldError;
import vn.motcua.design.generation.ConfiguredProcedure;
import vn.motcua.organization.AdministrationScope;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;

/**
 * What an administrator's configuration must satisfy before anything is generated: every step has a role, a known
 * unit in the administrator's scope and a positive allotment; reworks only go back to an earlier step (no cycle);
 * field keys are identifiers no platform variable or generated form field has, each once; the steps fit in the
 * record's legal limit (the generated skeleton allots no time of its own: the legal clock runs from reception, the
 * online check before it counts nothing, result return is not a handling step); the effective date is not past.
 * Every problem is reported at once, by its path in the configuration ({@code steps[2].role}).
 */
final class ConfigurationChecks {

    static final Set<String> ROLES = Set.of("reception", "specialist", "leader");
    static final Set<String> FIELD_TYPES = Set.of("text", "number", "date", "select", "commune");
    private static final int HOURS_PER_DAY = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** At most this many steps and fields: a configuration is a table an administrator reads. */
    static final int MAX_STEPS = 30;
    static final int MAX_FIELDS = 60;
    static final int MAX_COMMUNE_ROUTES = 200;

    private final Map<String, Unit> units;
    private final AdministrationScope scopes;
    private final Scope scope;
    private final Set<String> unitsInForce;
    private final Predicate<String> active;
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * @param units        the province's units by code
     * @param unitsInForce the units the configuration in force already hands steps to: a unit administrator keeps
     *                     them (another department consulted) without administering them
     * @param active       whether a unit is active (not deactivated): only those handle a commune's dossiers
     */
    ConfigurationChecks(Map<String, Unit> units, AdministrationScope scopes, Scope scope, Set<String> unitsInForce,
                        Predicate<String> active) {
        this.units = units;
        this.scopes = scopes;
        this.scope = scope;
        this.unitsInForce = Set.copyOf(unitsInForce);
        this.active = active;
    }

    /** Refuses the configuration (and fee, and effective date when deploying) with every problem found. */
    void check(Procedure procedure, Configuration configuration, Fee fee, boolean deploying, LocalDate effectiveFrom,
               LocalDate today) {
        if (configuration == null) {
            error("configuration", "Thiếu cấu hình quy trình (các bước xử lý và trường của tờ khai).");
        } else {
            steps(procedure, configuration.steps());
            fields(procedure, configuration.fields());
            receivingUnits(configuration.receivingUnits());
            communeRouting(configuration.communeRouting());
        }
        if (fee != null) {
            fee(fee);
        }
        if (deploying) {
            if (effectiveFrom == null) {
                error("effectiveFrom", "Thiếu ngày bắt đầu hiệu lực (yyyy-MM-dd).");
            } else if (effectiveFrom.isBefore(today)) {
                error("effectiveFrom", "Ngày hiệu lực " + DAY.format(effectiveFrom) + " đã qua: chọn hôm nay ("
                        + DAY.format(today) + ") hoặc một ngày sau.");
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigurationRefused(errors);
        }
    }

    private void steps(Procedure procedure, List<ConfiguredStep> steps) {
        if (steps.isEmpty()) {
            error("steps", "Quy trình cần ít nhất một bước xử lý.");
            return;
        }
        if (steps.size() > MAX_STEPS) {
            error("steps", "Quy trình có tối đa " + MAX_STEPS + " bước xử lý.");
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) == null) {
                error("steps[" + i + "]", "Bước thứ " + (i + 1) + " trống.");
                return;
            }
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            String id = steps.get(i).id();
            if (id != null && positions.putIfAbsent(id, i) != null) {
                error("steps[" + i + "].id", "Mã bước \"" + id + "\" bị trùng: mỗi bước một mã riêng.");
            }
        }
        LegalLimit limit = procedure.limit();
        int hours = 0;
        Integer verifyDays = null;
        int verifying = 0;
        for (int i = 0; i < steps.size(); i++) {
            ConfiguredStep step = steps.get(i);
            String at = "steps[" + i + "]";
            String label = blank(step.name()) ? "thứ " + (i + 1) : "\"" + step.name() + "\"";
            if (step.id() == null || !step.id().matches("[A-Z][A-Za-z0-9]{0,39}")) {
                error(at + ".id", "Mã bước " + label + " phải bắt đầu bằng chữ in hoa và chỉ gồm chữ, số không dấu "
                        + "(ví dụ ThamDinh).");
            }
            if (blank(step.name())) {
                error(at + ".name", "Bước thứ " + (i + 1) + " chưa có tên.");
            } else if (step.name().length() > 200) {
                error(at + ".name", "Tên bước " + label + " dài quá 200 ký tự.");
            }
            if (blank(step.role())) {
                error(at + ".role", "Bước " + label + " chưa có vai trò xử lý: chọn tiếp nhận (reception), chuyên viên "
                        + "(specialist) hoặc lãnh đạo (leader).");
            } else if (!ROLES.contains(step.role())) {
                error(at + ".role", "Vai trò \"" + step.role() + "\" của bước " + label + " không có: chọn reception, "
                        + "specialist hoặc leader.");
            }
            unit(at + ".unit", label, step.unit());
            boolean hasDays = step.days() != null;
            boolean hasHours = step.hours() != null;
            if (hasDays == hasHours) {
                error(at + ".days", "Bước " + label + " cần thời gian xử lý: số ngày hoặc số giờ làm việc (một trong hai).");
            } else if (hasDays && step.days() < 1 || hasHours && step.hours() < 1) {
                error(at + (hasDays ? ".days" : ".hours"), "Thời gian xử lý của bước " + label + " phải lớn hơn 0.");
            } else if (hasDays && limit != null && limit.sameDay()) {
                error(at + ".days", "Thủ tục giải quyết trong ngày: bước " + label + " tính bằng giờ, không bằng ngày.");
            } else {
                hours += hasHours ? step.hours() : step.days() * HOURS_PER_DAY;
            }
            for (String outcome : step.outcomes()) {
                String where = at + ".outcomes";
                if (outcome == null) {
                    error(where, "Bước " + label + " có kết quả trống.");
                } else if (outcome.startsWith("rework:")) {
                    String target = outcome.substring("rework:".length()).trim();
                    Integer position = positions.get(target);
                    if (position == null) {
                        error(where, "Bước " + label + " yêu cầu xử lý lại tại bước \"" + target
                                + "\" không có trong quy trình.");
                    } else if (position >= i) {
                        error(where, "Bước " + label + " yêu cầu xử lý lại tại " + (position == i ? "chính nó"
                                : "bước sau nó (\"" + target + "\")") + ": quy trình sẽ lặp vòng; chỉ được quay lại một "
                                + "bước trước.");
                    }
                } else if (outcome.startsWith("verify:")) {
                    verifying++;
                    Integer days = positive(outcome.substring("verify:".length()).trim());
                    if (days == null) {
                        error(where, "Bước " + label + ": số ngày xác minh phải là số nguyên dương (verify:<số ngày>).");
                    } else if (limit == null || limit.extendedWorkingDays() == null) {
                        error(where, "Bước " + label + " chọn xác minh, kiểm tra thực địa nhưng thủ tục không có thời hạn"
                                + " giải quyết trường hợp phức tạp.");
                    } else {
                        verifyDays = days;
                    }
                } else if (!outcome.equals("supplement") && !outcome.equals("refuse")) {
                    error(where, "Kết quả \"" + outcome + "\" của bước " + label + " không có: chọn supplement, refuse, "
                            + "rework:<mã bước> hoặc verify:<số ngày>.");
                }
            }
        }
        if (verifying > 1) {
            error("steps", "Chỉ một bước được chọn xác minh, kiểm tra thực địa.");
        }
        limit(limit, hours, verifyDays);
    }

    /** The steps' allotments fit in the legal limit; with verification, the complex-case limit too. */
    private void limit(LegalLimit limit, int hours, Integer verifyDays) {
        if (limit == null) {
            return;
        }
        int allowed = limit.sameDay() ? HOURS_PER_DAY : limit.workingHours() != null ? limit.workingHours()
                : limit.workingDays() == null ? Integer.MAX_VALUE : limit.workingDays() * HOURS_PER_DAY;
        if (hours > allowed) {
            error("steps", "Tổng thời gian các bước là " + describe(hours) + ", vượt thời hạn giải quyết của thủ tục ("
                    + limit.describe() + ").");
        }
        if (verifyDays != null && limit.extendedWorkingDays() != null
                && hours + verifyDays * HOURS_PER_DAY > limit.extendedWorkingDays() * HOURS_PER_DAY) {
            error("steps", "Tổng thời gian các bước cùng " + verifyDays + " ngày xác minh là "
                    + describe(hours + verifyDays * HOURS_PER_DAY) + ", vượt thời hạn trường hợp phức tạp ("
                    + limit.extendedWorkingDays() + " ngày làm việc).");
        }
    }

    private static String describe(int hours) {
        return hours % HOURS_PER_DAY == 0 ? hours / HOURS_PER_DAY + " ngày làm việc" : hours + " giờ làm việc";
    }

    private void unit(String at, String label, String unit) {
        if (unit == null || unit.equals("receiving") || unit.equals("commune")) {
            return;
        }
        if (!units.containsKey(unit)) {
            error(at, "Đơn vị xử lý \"" + unit + "\" của bước " + label + " không có trong cơ cấu tổ chức.");
        } else if (!scopes.covers(scope, unit) && !unitsInForce.contains(unit)) {
            error(at, "Đơn vị " + units.get(unit).name() + " (" + unit + ") của bước " + label
                    + " không thuộc phạm vi quản trị của bạn (" + scope.unitName() + ").");
        }
    }

    private void fields(Procedure procedure, List<ConfiguredField> fields) {
        Set<String> reserved = ConfiguredProcedure.reservedKeys(procedure);
        Set<String> keys = new HashSet<>();
        if (fields.size() > MAX_FIELDS) {
            error("fields", "Tờ khai có tối đa " + MAX_FIELDS + " trường.");
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            ConfiguredField field = fields.get(i);
            String at = "fields[" + i + "]";
            if (field == null) {
                error(at, "Trường thứ " + (i + 1) + " trống.");
                continue;
            }
            String key = field.key();
            if (key == null || !key.matches("[a-z][A-Za-z0-9]{0,49}")) {
                error(at + ".key", "Mã trường \"" + (key == null ? "" : key) + "\" không hợp lệ: bắt đầu bằng chữ thường,"
                        + " chỉ gồm chữ và số không dấu, tối đa 50 ký tự (ví dụ soThuaDat).");
            } else if (reserved.contains(key)) {
                error(at + ".key", "Mã trường \"" + key + "\" trùng với biến của hệ thống hoặc trường có sẵn của tờ khai:"
                        + " chọn mã khác.");
            } else if (!keys.add(key)) {
                error(at + ".key", "Mã trường \"" + key + "\" bị trùng: mỗi trường một mã riêng.");
            }
            if (blank(field.label())) {
                error(at + ".label", "Trường \"" + (key == null ? "" : key) + "\" chưa có nhãn.");
            } else if (field.label().length() > 200) {
                error(at + ".label", "Nhãn của trường \"" + key + "\" dài quá 200 ký tự.");
            }
            if (field.help() != null && field.help().length() > 500) {
                error(at + ".help", "Hướng dẫn của trường \"" + key + "\" dài quá 500 ký tự.");
            }
            String type = field.type() == null ? "text" : field.type();
            if (!FIELD_TYPES.contains(type)) {
                error(at + ".type", "Kiểu \"" + type + "\" của trường \"" + key + "\" không có: chọn text, number, date, "
                        + "select hoặc commune.");
            } else if (type.equals("select")) {
                choices(at, key, field.choices());
            } else if (!field.choices().isEmpty()) {
                error(at + ".choices", "Chỉ trường kiểu select có danh sách lựa chọn (trường \"" + key + "\").");
            }
        }
    }

    private void choices(String at, String key, List<Choice> choices) {
        if (choices.isEmpty()) {
            error(at + ".choices", "Trường chọn \"" + key + "\" cần ít nhất một lựa chọn.");
        }
        Set<String> values = new HashSet<>();
        for (int j = 0; j < choices.size(); j++) {
            Choice choice = choices.get(j);
            if (choice == null || blank(choice.value()) || blank(choice.label())) {
                error(at + ".choices[" + j + "]", "Lựa chọn thứ " + (j + 1) + " của trường \"" + key
                        + "\" cần giá trị và nhãn.");
            } else if (!values.add(choice.value())) {
                error(at + ".choices[" + j + "]", "Giá trị \"" + choice.value() + "\" của trường \"" + key + "\" bị trùng.");
            }
        }
    }

    private void receivingUnits(List<String> receiving) {
        for (int i = 0; i < receiving.size(); i++) {
            String code = receiving.get(i);
            Unit unit = code == null ? null : units.get(code);
            if (unit == null || unit.kind() != UnitKind.SERVICE_CENTER) {
                error("receivingUnits[" + i + "]", "\"" + code + "\" không phải một trung tâm phục vụ hành chính công "
                        + "của tỉnh.");
            }
        }
    }

    /**
     * Each override names an active commune of the province, once, and an active unit (in a unit administrator's
     * scope) other than that commune. Whether the routing is by commune at all is known only from the generated
     * table ({@link #byCommune}).
     */
    private void communeRouting(List<CommuneRoute> routes) {
        if (routes.size() > MAX_COMMUNE_ROUTES) {
            error("communeRouting", "Có tối đa " + MAX_COMMUNE_ROUTES + " xã, phường được giao đơn vị giải quyết khác.");
            return;
        }
        Set<String> communes = new HashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            CommuneRoute route = routes.get(i);
            String at = "communeRouting[" + i + "]";
            if (route == null) {
                error(at, "Dòng thứ " + (i + 1) + " của bảng xã, phường tiếp nhận trống.");
                continue;
            }
            Unit commune = route.commune() == null ? null : units.get(route.commune());
            if (commune == null || commune.kind() != UnitKind.COMMUNE || !active.test(commune.code())) {
                error(at + ".commune", "\"" + (route.commune() == null ? "" : route.commune()) + "\" không phải một xã, "
                        + "phường đang hoạt động của tỉnh.");
            } else if (!communes.add(commune.code())) {
                error(at + ".commune", commune.name() + " được khai báo hai lần: mỗi xã, phường một dòng.");
            }
            Unit unit = route.unit() == null ? null : units.get(route.unit());
            if (unit == null || !active.test(unit.code())) {
                error(at + ".unit", "Đơn vị giải quyết \"" + (route.unit() == null ? "" : route.unit())
                        + "\" không có trong cơ cấu tổ chức hoặc đã ngừng hoạt động.");
            } else if (unit.kind() == UnitKind.SERVICE_CENTER || unit.kind() == UnitKind.PROVINCE) {
                error(at + ".unit", unit.name() + " không giải quyết hồ sơ: chọn Ủy ban nhân dân xã, phường hoặc một sở.");
            } else if (commune != null && unit.code().equals(commune.code())) {
                error(at + ".unit", "Hồ sơ tiếp nhận tại " + commune.name() + " đã do chính xã, phường đó giải quyết: "
                        + "chọn một đơn vị khác hoặc bỏ dòng này.");
            } else if (!scopes.covers(scope, unit.code())) {
                error(at + ".unit", "Đơn vị " + unit.name() + " (" + unit.code() + ") không thuộc phạm vi quản trị "
                        + "của bạn (" + scope.unitName() + ").");
            }
        }
    }

    /** Refuses overrides of a procedure whose generated table does not route by the receiving commune. */
    static void byCommune(Configuration configuration, boolean routedByCommune) {
        if (configuration != null && !configuration.communeRouting().isEmpty() && !routedByCommune) {
            throw new ConfigurationRefused(List.of(new FieldError("communeRouting", "Thủ tục này không giao hồ sơ "
                    + "cho Ủy ban nhân dân xã, phường nơi tiếp nhận: chỉ khai báo đơn vị giải quyết theo xã, phường "
                    + "khi đơn vị xử lý là \"xã, phường nơi tiếp nhận\".")));
        }
    }

    private void fee(Fee fee) {
        if (fee.kind() == null) {
            error("fee.kind", "Thiếu loại phí: FREE (miễn phí), FIXED (mức cố định) hoặc DECISION (theo biểu phí).");
            return;
        }
        switch (fee.kind()) {
            case FREE -> { }
            case FIXED -> {
                if (fee.amount() == null || fee.amount() <= 0) {
                    error("fee.amount", "Phí cố định cần số tiền lớn hơn 0 (đồng).");
                }
            }
            case DECISION -> {
                if (fee.decision() != null) {
                    error("fee.decision", "Phí tính bằng bảng quyết định (DMN) do người thiết kế quy trình cấu hình: "
                            + "ở đây chỉ nhập biểu phí theo từng mức.");
                }
                if (fee.table().isEmpty()) {
                    error("fee.table", "Phí theo biểu phí cần ít nhất một mức (đối tượng và số tiền).");
                }
                for (int i = 0; i < fee.table().size(); i++) {
                    FeeLine line = fee.table().get(i);
                    if (line == null || blank(line.description()) || line.amount() < 0) {
                        error("fee.table[" + i + "]", "Mức phí thứ " + (i + 1) + " cần mô tả và số tiền không âm.");
                    }
                }
            }
        }
    }

    private static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
