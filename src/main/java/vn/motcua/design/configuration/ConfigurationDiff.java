package vn.motcua.design.configuration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.motcua.catalog.Procedure.CommuneRoute;
import vn.motcua.catalog.Procedure.Configuration;
import vn.motcua.catalog.Procedure.ConfiguredField;
import vn.motcua.catalog.Procedure.ConfiguredStep;
import vn.motcua.catalog.Procedure.Fee;
import vn.motcua.catalog.Procedure.FeeKind;
import vn.motcua.design.configuration.ProcedureAdministration.Change;

/**
 * What a configuration changes against the one in force, as an administrator reads it: steps added, removed or
 * reordered, each step's name, role, unit, time and outcomes, the form's fields, the receiving centers, the communes handled by another unit and the fee.
 */
final class ConfigurationDiff {

    private final Function<String, String> unitNames;
    private final List<Change> changes = new ArrayList<>();

    /** @param unitNames a unit's name by code (the code when unknown) */
    private ConfigurationDiff(Function<String, String> unitNames) {
        this.unitNames = unitNames;
    }

    static List<Change> between(Configuration before, Fee feeBefore, Configuration after, Fee feeAfter,
                                Function<String, String> unitNames) {
        ConfigurationDiff diff = new ConfigurationDiff(unitNames);
        diff.steps(before.steps(), after.steps());
        diff.fields(before.fields(), after.fields());
        diff.compare("Nơi tiếp nhận", centers(before.receivingUnits(), unitNames),
                centers(after.receivingUnits(), unitNames));
        diff.communeRouting(before.communeRouting(), after.communeRouting());
        diff.compare("Phí, lệ phí", feeText(feeBefore), feeText(feeAfter));
        return List.copyOf(diff.changes);
    }

    private void steps(List<ConfiguredStep> before, List<ConfiguredStep> after) {
        Map<String, ConfiguredStep> was = byKey(before, ConfiguredStep::id);
        Map<String, ConfiguredStep> now = byKey(after, ConfiguredStep::id);
        List<String> keptBefore = before.stream().map(ConfiguredStep::id).filter(now::containsKey).toList();
        List<String> keptAfter = after.stream().map(ConfiguredStep::id).filter(was::containsKey).toList();
        if (!keptBefore.equals(keptAfter)) {
            compare("Thứ tự các bước", names(before), names(after));
        }
        for (ConfiguredStep step : before) {
            if (!now.containsKey(step.id())) {
                changes.add(new Change("Bước " + step.name(), describe(step), ""));
            }
        }
        for (ConfiguredStep step : after) {
            ConfiguredStep old = was.get(step.id());
            if (old == null) {
                changes.add(new Change("Bước " + step.name(), "", describe(step)));
                continue;
            }
            String name = "Bước " + step.name();
            compare("Tên bước " + old.name(), old.name(), step.name());
            compare(name + ": thời gian", time(old), time(step));
            compare(name + ": đơn vị xử lý", unit(old.unit()), unit(step.unit()));
            compare(name + ": vai trò", role(old.role()), role(step.role()));
            compare(name + ": kết quả có thể", outcomes(old), outcomes(step));
        }
    }

    /** An override added, removed or handed to another unit, one change a commune. */
    private void communeRouting(List<CommuneRoute> before, List<CommuneRoute> after) {
        Map<String, CommuneRoute> was = byKey(before, CommuneRoute::commune);
        Map<String, CommuneRoute> now = byKey(after, CommuneRoute::commune);
        for (CommuneRoute route : before) {
            if (!now.containsKey(route.commune())) {
                changes.add(new Change(communeRoute(route), unitNames.apply(route.unit()),
                        "UBND xã, phường nơi tiếp nhận"));
            }
        }
        for (CommuneRoute route : after) {
            CommuneRoute old = was.get(route.commune());
            compare(communeRoute(route), old == null ? "UBND xã, phường nơi tiếp nhận" : unitNames.apply(old.unit()),
                    unitNames.apply(route.unit()));
        }
    }

    private String communeRoute(CommuneRoute route) {
        return "Đơn vị giải quyết hồ sơ tiếp nhận tại " + unitNames.apply(route.commune());
    }

    private void fields(List<ConfiguredField> before, List<ConfiguredField> after) {
        Map<String, ConfiguredField> was = byKey(before, ConfiguredField::key);
        Map<String, ConfiguredField> now = byKey(after, ConfiguredField::key);
        for (ConfiguredField field : before) {
            if (!now.containsKey(field.key())) {
                changes.add(new Change("Trường " + field.label(), describe(field), ""));
            }
        }
        for (ConfiguredField field : after) {
            ConfiguredField old = was.get(field.key());
            compare("Trường " + field.label(), old == null ? "" : describe(old), describe(field));
        }
        List<String> order = before.stream().map(ConfiguredField::key).filter(now::containsKey).toList();
        if (!order.equals(after.stream().map(ConfiguredField::key).filter(was::containsKey).toList())) {
            compare("Thứ tự các trường", before.stream().map(ConfiguredField::label).collect(Collectors.joining(", ")),
                    after.stream().map(ConfiguredField::label).collect(Collectors.joining(", ")));
        }
    }

    private String describe(ConfiguredStep step) {
        return role(step.role()) + ", " + unit(step.unit()) + ", " + time(step)
                + (step.outcomes().isEmpty() ? "" : ", " + outcomes(step));
    }

    private static String describe(ConfiguredField field) {
        String type = field.type() == null ? "text" : field.type();
        String text = switch (type) {
            case "number" -> "số";
            case "date" -> "ngày";
            case "select" -> "chọn: " + field.choices().stream().map(choice -> choice.label())
                    .collect(Collectors.joining(" / "));
            case "commune" -> "chọn xã, phường";
            default -> "văn bản";
        };
        return text + (field.required() ? ", bắt buộc" : "")
                + (field.help() == null || field.help().isBlank() ? "" : ", hướng dẫn: " + field.help());
    }

    private static String time(ConfiguredStep step) {
        return step.days() != null ? step.days() + " ngày" : step.hours() == null ? "" : step.hours() + " giờ";
    }

    private String unit(String unit) {
        if (unit == null) {
            return "đơn vị của bước trước";
        }
        return switch (unit) {
            case "receiving" -> "đơn vị tiếp nhận";
            case "commune" -> "UBND xã, phường nơi tiếp nhận";
            default -> unitNames.apply(unit);
        };
    }

    private static String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case "reception" -> "tiếp nhận";
            case "specialist" -> "chuyên viên";
            case "leader" -> "lãnh đạo";
            default -> role;
        };
    }

    private static String outcomes(ConfiguredStep step) {
        return step.outcomes().stream().map(outcome -> {
            if (outcome.startsWith("rework:")) {
                return "yêu cầu xử lý lại (" + outcome.substring(7) + ")";
            }
            if (outcome.startsWith("verify:")) {
                return "xác minh " + outcome.substring(7) + " ngày";
            }
            return switch (outcome) {
                case "supplement" -> "yêu cầu bổ sung";
                case "refuse" -> "từ chối";
                default -> outcome;
            };
        }).collect(Collectors.joining(", "));
    }

    private static String names(List<ConfiguredStep> steps) {
        return steps.stream().map(ConfiguredStep::name).collect(Collectors.joining(" → "));
    }

    private static String centers(List<String> codes, Function<String, String> unitNames) {
        return codes.isEmpty() ? "mọi trung tâm" : codes.stream().map(unitNames).collect(Collectors.joining(", "));
    }

    /** The fee as the record reads: "Miễn phí", "50.000 đồng", "Theo biểu phí: Cá nhân 100.000 đồng; …". */
    static String feeText(Fee fee) {
        if (fee == null || fee.kind() == null || fee.kind() == FeeKind.FREE) {
            return "Miễn phí";
        }
        if (fee.kind() == FeeKind.FIXED) {
            return money(fee.amount() == null ? 0 : fee.amount());
        }
        if (!fee.table().isEmpty()) {
            return "Theo biểu phí: " + fee.table().stream().map(line -> line.description() + " " + money(line.amount()))
                    .collect(Collectors.joining("; "));
        }
        return "Theo quyết định " + Objects.toString(fee.decision(), "");
    }

    private static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.') + " đồng";
    }

    private void compare(String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(what, before, after));
        }
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }
}
