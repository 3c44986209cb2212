package vn.motcua.organization.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.motcua.files.UploadedTable;
import vn.motcua.organization.OrganizationFile.OfficerEntry;
import vn.motcua.organization.OrganizationFile.UnitEntry;
import vn.motcua.organization.OrganizationFile;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitKind;

/**
 * Writes the sample files of a whole (fictional) province for the organization import:
 * {@code processes/organization/sample-province-units.csv} and {@code sample-province-officers.csv}. They start
 * from the demo province ({@code demo-province.yaml}: same codes, names and officers) and add communes and wards up
 * to {@link #COMMUNES}, each with its People's Committee and its service center, and officers for every unit.
 * Names are drawn from a seeded generator, so the output is the same on every run ({@code SampleProvinceTest}).
 * Run {@link #main} after changing it or the demo province.
 */
public final class SampleProvince {

    static final Path UNITS_FILE = Path.of("processes/organization/sample-province-units.csv");
    static final Path OFFICERS_FILE = Path.of("processes/organization/sample-province-officers.csv");
    static final int COMMUNES = 102;
    private static final int FIRST_GENERATED = 100;

    private static final String TITLE = "DỮ LIỆU MẪU của tỉnh Mẫu (H99) - không phải dữ liệu thật; "
            + "sinh bởi vn.motcua.organization.importing.SampleProvince";
    private static final String PROVINCE = "000.00.00.H99";
    private static final String PROVINCIAL_CENTER = "000.00.01.H99";
    private static final String EMAIL_DOMAIN = "@tinhmau.gov.vn";

    /** Department short names for user names, by unit code (the demo province's departments). */
    private static final Map<String, String> DEPARTMENT_SLUGS = Map.ofEntries(
            Map.entry("000.00.10.H99", "tuphap"), Map.entry("000.00.11.H99", "nnmt"),
            Map.entry("000.00.12.H99", "xaydung"), Map.entry("000.00.13.H99", "vanphong"),
            Map.entry("000.00.14.H99", "noivu"), Map.entry("000.00.15.H99", "taichinh"),
            Map.entry("000.00.16.H99", "congthuong"), Map.entry("000.00.17.H99", "khcn"),
            Map.entry("000.00.18.H99", "vhttdl"), Map.entry("000.00.19.H99", "gddt"),
            Map.entry("000.00.20.H99", "yte"), Map.entry("000.00.21.H99", "dantoc"),
            Map.entry("000.00.22.H99", "thanhtra"));

    private static final List<String> PLACE_FIRST = List.of("An", "Bình", "Hòa", "Phú", "Long", "Phước", "Thạnh",
            "Mỹ", "Vĩnh", "Hưng", "Thuận", "Tân", "Đức", "Quang", "Minh", "Hiệp", "Trung", "Đông");
    private static final List<String> PLACE_SECOND = List.of("Thành", "Lợi", "Hưng", "Phú", "Đông", "Tây", "Nam",
            "Lộc", "Hòa", "Thịnh", "Sơn", "Giang", "Khánh", "Xuân");
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Mai", "Trịnh", "Đinh", "Lâm");
    private static final List<String> MIDDLE_F = List.of("Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Bảo", "Mỹ");
    private static final List<String> MIDDLE_M = List.of("Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Công", "Gia");
    private static final List<String> GIVEN_F = List.of("Lan", "Hương", "Mai", "Hà", "Trang", "Linh", "Ngọc", "Thảo",
            "Hạnh", "Yến", "Nhung", "Oanh", "Phương", "Hiền", "Vy", "Quyên");
    private static final List<String> GIVEN_M = List.of("Minh", "Nam", "Hải", "Long", "Tuấn", "Dũng", "Khoa", "Phúc",
            "Bảo", "Tâm", "Sơn", "Hiếu", "Quang", "Thắng", "Việt", "Trí");

    private SampleProvince() {
    }

    /** Writes both files under the working directory (the project's root). */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(UNITS_FILE.getParent());
        Files.writeString(UNITS_FILE, unitsCsv(), StandardCharsets.UTF_8);
        Files.writeString(OFFICERS_FILE, officersCsv(), StandardCharsets.UTF_8);
    }

    private record Commune(String code, String centerCode, String kindWord, String name, String slug) {
    }

    private record Officer(String username, String name, String email, String unit, List<Role> roles, boolean left) {
    }

    static OrganizationFile demo() {
        try (InputStream in = SampleProvince.class.getResourceAsStream("/organization/demo-province.yaml")) {
            return OrganizationFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unitsCsv() {
        OrganizationFile demo = demo();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord(TITLE);
            csv.printRecord("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên");
            Set<String> written = new LinkedHashSet<>();
            for (UnitEntry unit : demo.units()) {
                if (unit.kind() != UnitKind.COMMUNE && unit.kind() != UnitKind.SERVICE_CENTER
                        || PROVINCIAL_CENTER.equals(unit.code())) {
                    csv.printRecord(unit.code(), unit.name(), kindWord(unit.kind(), unit.name()),
                            unit.parent() == null ? "" : unit.parent());
                    written.add(unit.code());
                }
            }
            for (Commune commune : communes(demo)) {
                csv.printRecord(commune.code(), "Ủy ban nhân dân " + commune.name(), commune.kindWord(), PROVINCE);
                csv.printRecord(commune.centerCode(), "Trung tâm Phục vụ hành chính công " + commune.name(),
                        "Trung tâm phục vụ hành chính công", commune.code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out;
    }

    static String officersCsv() {
        OrganizationFile demo = demo();
        Random random = new Random(2025);
        Map<String, Officer> officers = new LinkedHashMap<>();
        for (OfficerEntry entry : demo.officers()) {
            officers.put(entry.username(), new Officer(entry.username(), entry.name(), "", entry.unit(),
                    entry.roles().stream().map(Role::ofCode).toList(), false));
        }
        addStaff(officers, random, PROVINCIAL_CENTER, "tinh", Role.RECEPTION, "tiepnhan", 30);
        addStaff(officers, random, PROVINCIAL_CENTER, "tinh", Role.SUPERVISOR, "giamsat", 3);
        DEPARTMENT_SLUGS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(department -> {
            addStaff(officers, random, department.getKey(), department.getValue(), Role.SPECIALIST, "chuyenvien", 30);
            addStaff(officers, random, department.getKey(), department.getValue(), Role.LEADER, "lanhdao", 4);
        });
        for (Commune commune : communes(demo)) {
            addStaff(officers, random, commune.centerCode(), commune.slug(), Role.RECEPTION, "tiepnhan", 4);
            addStaff(officers, random, commune.centerCode(), commune.slug(), Role.SUPERVISOR, "giamsat", 1);
            addStaff(officers, random, commune.code(), commune.slug(), Role.SPECIALIST, "chuyenvien", 17);
            addStaff(officers, random, commune.code(), commune.slug(), Role.LEADER, "lanhdao", 3);
        }
        // the head of each provincial center team also supervises it; a few officers have left
        officers.computeIfPresent("tiepnhan01.tinh", (username, officer) -> new Officer(username, officer.name(),
                officer.email(), officer.unit(), List.of(Role.RECEPTION, Role.SUPERVISOR), false));
        List<String> usernames = List.copyOf(officers.keySet());
        for (int i = 500; i < usernames.size(); i += 600) {
            officers.computeIfPresent(usernames.get(i), (name, officer) -> new Officer(name, officer.name(),
                    officer.email(), officer.unit(), officer.roles(), true));
        }

        StringWriter out = new StringWriter();
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord(TITLE);
            csv.printRecord("Tên đăng nhập", "Họ và tên", "Email", "Mã đơn vị", "Vai trò", "Trạng thái");
            for (Officer officer : officers.values()) {
                csv.printRecord(officer.username(), officer.name(), officer.email(), officer.unit(),
                        String.join("; ", officer.roles().stream().map(SampleProvince::roleWord).toList()),
                        officer.left() ? "Nghỉ việc" : "Đang công tác");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out;
    }

    private static void addStaff(Map<String, Officer> officers, Random random, String unit, String slug, Role role,
                                 String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            String username = prefix + String.format("%02d", i) + "." + slug;
            officers.putIfAbsent(username, new Officer(username, personName(random), username + EMAIL_DOMAIN, unit,
                    List.of(role), false));
        }
    }

    /**
     * The demo's communes, then generated ones up to {@link #COMMUNES}: codes 000.NNN.00.H99 from 000.100.00.H99, their
     * centers 000.NNN.01.H99.
     */
    private static List<Commune> communes(OrganizationFile demo) {
        List<Commune> communes = new ArrayList<>();
        Set<String> slugs = new LinkedHashSet<>();
        for (UnitEntry unit : demo.units()) {
            if (unit.kind() == UnitKind.COMMUNE) {
                String place = unit.name().replaceFirst("^Ủy ban nhân dân ", "");
                String center = demo.units().stream()
                        .filter(other -> other.kind() == UnitKind.SERVICE_CENTER && unit.code().equals(other.parent()))
                        .map(UnitEntry::code).findFirst().orElseThrow();
                String slug = slug(place.substring(place.indexOf(' ') + 1));
                slugs.add(slug);
                communes.add(new Commune(unit.code(), center, kindWord(UnitKind.COMMUNE, place), place, slug));
            }
        }
        // generated communes are numbered from 100, apart from the codes other tests give their own units
        int number = FIRST_GENERATED - 1;
        for (int i = 0; communes.size() < COMMUNES; i++) {
            String first = PLACE_FIRST.get(i % PLACE_FIRST.size());
            String second = PLACE_SECOND.get((i / PLACE_FIRST.size() + i) % PLACE_SECOND.size());
            String placeName = first + " " + second;
            String slug = slug(placeName);
            if (first.equals(second) || !slugs.add(slug)) {
                continue;
            }
            number++;
            String kind = number % 17 == 0 ? "đặc khu" : number % 3 == 0 ? "phường" : "xã";
            String code = String.format("000.%02d.00.H99", number);
            communes.add(new Commune(code, code.replace(".00.H99", ".01.H99"),
                    kind.equals("đặc khu") ? "Đặc khu" : kind.equals("phường") ? "Phường" : "Xã",
                    kind + " " + placeName, slug));
        }
        return communes;
    }

    private static String kindWord(UnitKind kind, String name) {
        return switch (kind) {
            case PROVINCE -> "Tỉnh";
            case DEPARTMENT -> "Sở/Ban ngành";
            case SERVICE_CENTER -> "Trung tâm phục vụ hành chính công";
            case COMMUNE -> name.contains("phường") ? "Phường" : name.contains("đặc khu") ? "Đặc khu" : "Xã";
        };
    }

    private static String roleWord(Role role) {
        return switch (role) {
            case RECEPTION -> "Tiếp nhận";
            case SPECIALIST -> "Chuyên viên";
            case LEADER -> "Lãnh đạo";
            case SUPERVISOR -> "Giám sát";
            case DESIGNER -> "Thiết kế quy trình";
            case ADMINISTRATOR -> "Quản trị hệ thống";
        };
    }

    private static String personName(Random random) {
        boolean female = random.nextBoolean();
        return pick(FAMILY, random) + " " + pick(female ? MIDDLE_F : MIDDLE_M, random) + " "
                + pick(female ? GIVEN_F : GIVEN_M, random);
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }

    private static String slug(String place) {
        return UploadedTable.plainKey(place);
    }

    private static CSVPrinter printer(StringWriter out) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\n").get());
    }
}
