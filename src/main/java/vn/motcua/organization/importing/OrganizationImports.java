package vn.motcua.organization.importing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.files.UploadedFileName;
import vn.motcua.files.UploadedTable.Format;
import vn.motcua.organization.AdministrationScope;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.organization.GroupIds;
import vn.motcua.organization.OfficerAdministration;
import vn.motcua.organization.OrganizationService.Account;
import vn.motcua.organization.OrganizationService.OfficerAssignment;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Role;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitChanges;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.importing.ImportSheet.SheetRow;
import vn.motcua.organization.importing.OrganizationTerms.Status;

/**
 * Imports a province's units and officers from the spreadsheets its IT staff keep (docs/organization-import.md).
 * Every row is checked and reported; a file with invalid rows changes nothing unless they are to be skipped, and a
 * dry run never writes. The whole file is compared with the organization read once (units, accounts, memberships)
 * and applied in one transaction, so importing the same file again changes nothing; imports run one after another
 * ({@link OrganizationService#lockForImport}). Officers who left are deactivated
 * ({@link OrganizationService#deactivate}), never deleted.
 */
@Service
public class OrganizationImports {

    private static final Logger log = LoggerFactory.getLogger(OrganizationImports.class);

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9.]{1,40}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Pattern PERSON_NAME = Pattern.compile("[^\\p{Cntrl}<>]{1,255}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\".]{2,}");
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[;,/+|\\n]");

    /**
     * How to import.
     *
     * @param skipInvalidRows import the valid rows of a file that has invalid ones
     * @param complete        (officers) the file lists every officer of each unit it names: those missing are
     *                        deactivated
     */
    public record Options(boolean dryRun, boolean skipInvalidRows, boolean complete) {
    }

    /** The scope of a provincial administrator: every unit. */
    private static final Scope PROVINCE = new Scope(null, "Toàn tỉnh");

    private final OrganizationService organization;
    private final AdministrationScope scopes;
    private final UnitChanges unitChanges;
    private final OfficerAdministration officers;

    OrganizationImports(OrganizationService organization, AdministrationScope scopes, UnitChanges unitChanges,
                        OfficerAdministration officers) {
        this.organization = organization;
        this.scopes = scopes;
        this.unitChanges = unitChanges;
        this.officers = officers;
    }

    /** Creates the units of the file that are new and updates those that differ; never removes a unit. */
    @Transactional
    public OrganizationImportReport importUnits(String originalFileName, byte[] content, Options options) {
        return importUnits(originalFileName, content, options, PROVINCE);
    }

    /**
     * As {@link #importUnits(String, byte[], Options)}, by an administrator of that scope: a row naming a unit outside
     * the scope, or placing a unit under a parent outside it, is invalid; so is a unit administrator's row changing a
     * unit's kind or naming a unit of the province kind, and a move refused for its open tasks as on the page
     * ({@link UnitChanges#openTasksLosingTheirPlace}).
     */
    @Transactional
    public OrganizationImportReport importUnits(String originalFileName, byte[] content, Options options, Scope scope) {
        String fileName = UploadedFileName.require(originalFileName);
        Format format = Format.of(fileName);
        ImportSheet<UnitColumn> sheet = ImportSheet.read(format, content, UnitColumn.class);
        organization.lockForImport();
        Problems problems = new Problems();
        Map<String, Unit> stored = new HashMap<>();
        organization.units().forEach(unit -> stored.put(unit.code(), unit));

        Map<String, Integer> firstRowOfCode = new HashMap<>();
        Map<Integer, Unit> candidates = new LinkedHashMap<>();
        for (SheetRow<UnitColumn> row : sheet.rows()) {
            readUnit(row, problems, firstRowOfCode).ifPresent(unit -> candidates.put(row.number(), unit));
        }
        checkUnitScope(candidates, stored, scope, problems);
        Map<String, Integer> rowOfCode = new HashMap<>();
        candidates.forEach((row, unit) -> rowOfCode.put(unit.code(), row));
        checkParents(candidates, rowOfCode, stored, problems);

        List<Unit> parentsFirst = parentsFirst(candidates, problems, stored);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<Unit> changed = new ArrayList<>();
        int unchanged = 0;
        for (Unit unit : parentsFirst) {
            Unit before = stored.get(unit.code());
            if (unit.equals(before)) {
                unchanged++;
                continue;
            }
            (before == null ? created : updated).add(unit.code());
            changed.add(unit);
        }
        boolean write = !options.dryRun() && (problems.isEmpty() || options.skipInvalidRows());
        if (write) {
            organization.saveUnits(changed);
            log.info("Units file {} imported: {} created, {} updated, {} unchanged, {} invalid rows",
                    fileName, created.size(), updated.size(), unchanged, problems.invalidRows());
        }
        return new OrganizationImportReport(fileName, format.name(), options.dryRun(), sheet.rows().size(),
                sheet.rows().size() - problems.invalidRows(), problems.invalidRows(), problems.list(), created, updated,
                List.of(), List.of(), unchanged, List.of(), write);
    }

    private void checkUnitScope(Map<Integer, Unit> candidates, Map<String, Unit> stored, Scope scope,
                                Problems problems) {
        for (Map.Entry<Integer, Unit> entry : candidates.entrySet()) {
            int row = entry.getKey();
            Unit unit = entry.getValue();
            Unit before = stored.get(unit.code());
            if (before != null && !scopes.covers(scope, unit.code())) {
                problems.add(row, UnitColumn.CODE, "Đơn vị " + unit.code() + " (" + before.name()
                        + ") không thuộc phạm vi quản trị của bạn (" + scope.unitName() + ").");
                continue;
            }
            if (!scope.isProvince() && (unit.kind() == UnitKind.PROVINCE
                    || before != null && before.kind() != unit.kind())) {
                problems.add(row, UnitColumn.KIND, "Chỉ quản trị cấp tỉnh đặt hoặc đổi được loại đơn vị này: loại "
                        + "đơn vị quyết định ai quản trị đơn vị đó.");
                continue;
            }
            boolean placed = before == null || !Objects.equals(before.parentCode(), unit.parentCode());
            String parent = unit.parentCode();
            if (before != null && placed) {
                long open = unitChanges.openTasksLosingTheirPlace(unit);
                if (open > 0) {
                    problems.add(row, UnitColumn.PARENT, "Không chuyển được đơn vị " + unit.code() + ": "
                            + UnitChanges.openTasksReason(open));
                    continue;
                }
            }
            if (placed && parent != null && stored.containsKey(parent)) {
                if (!scopes.covers(scope, parent)) {
                    problems.add(row, UnitColumn.PARENT, "Đơn vị cấp trên " + parent
                            + " không thuộc phạm vi quản trị của bạn (" + scope.unitName() + ").");
                } else if (!organization.isActive(parent)) {
                    problems.add(row, UnitColumn.PARENT, "Đơn vị cấp trên " + parent + " đã ngừng hoạt động.");
                }
            } else if (placed && parent == null && !scope.isProvince()) {
                problems.add(row, UnitColumn.PARENT, "Chỉ quản trị cấp tỉnh đặt được gốc của cây đơn vị.");
            }
        }
    }

    private static Optional<Unit> readUnit(SheetRow<UnitColumn> row, Problems problems,
                                           Map<String, Integer> firstRowOfCode) {
        int number = row.number();
        String code = row.cell(UnitColumn.CODE);
        String name = row.cell(UnitColumn.NAME);
        String kindText = row.cell(UnitColumn.KIND);
        String parent = row.cell(UnitColumn.PARENT);
        if (code.isEmpty()) {
            problems.add(number, UnitColumn.CODE, "Thiếu mã đơn vị.");
        } else if (!UNIT_CODE.matcher(code).matches()) {
            problems.add(number, UnitColumn.CODE, "Mã đơn vị \"" + shown(code)
                    + "\" không hợp lệ: chỉ gồm chữ không dấu, số và dấu chấm, tối đa 40 ký tự (ví dụ 000.00.13.H99).");
        } else if (firstRowOfCode.putIfAbsent(code, number) != null) {
            problems.add(number, UnitColumn.CODE, "Mã đơn vị " + code + " trùng với dòng " + firstRowOfCode.get(code)
                    + ": mỗi đơn vị chỉ ghi một dòng.");
        }
        if (name.isEmpty()) {
            problems.add(number, UnitColumn.NAME, "Thiếu tên đơn vị.");
        } else if (!PERSON_NAME.matcher(name).matches()) {
            problems.add(number, UnitColumn.NAME, "Tên đơn vị dài quá 255 ký tự hoặc chứa ký tự điều khiển, dấu < >.");
        }
        Optional<UnitKind> kind = OrganizationTerms.kind(kindText);
        if (kind.isEmpty()) {
            problems.add(number, UnitColumn.KIND, (kindText.isEmpty() ? "Thiếu loại đơn vị" : "Loại đơn vị \""
                    + shown(kindText) + "\" không rõ") + ": ghi một trong " + String.join(", ", OrganizationTerms.KIND_WORDS) + ".");
        }
        if (!parent.isEmpty() && !UNIT_CODE.matcher(parent).matches()) {
            problems.add(number, UnitColumn.PARENT, "Mã đơn vị cấp trên \"" + shown(parent) + "\" không hợp lệ.");
        } else if (kind.isPresent() && kind.get() == UnitKind.PROVINCE && !parent.isEmpty()) {
            problems.add(number, UnitColumn.PARENT, "Ủy ban nhân dân tỉnh là gốc của cây đơn vị: để trống mã đơn vị cấp trên.");
        } else if (kind.isPresent() && kind.get() != UnitKind.PROVINCE && parent.isEmpty()) {
            problems.add(number, UnitColumn.PARENT, "Thiếu mã đơn vị cấp trên (chỉ Ủy ban nhân dân tỉnh không có cấp trên).");
        } else if (!code.isEmpty() && code.equals(parent)) {
            problems.add(number, UnitColumn.PARENT, "Đơn vị không thể là cấp trên của chính nó.");
        }
        if (problems.has(number)) {
            return Optional.empty();
        }
        return Optional.of(new Unit(code, name, kind.orElseThrow(), parent.isEmpty() ? null : parent));
    }

    /**
     * A parent must be stored or on a valid row of the file; a row whose parent's row is invalid is invalid too,
     * until no more rows fall.
     */
    private static void checkParents(Map<Integer, Unit> candidates, Map<String, Integer> rowOfCode,
                                     Map<String, Unit> stored, Problems problems) {
        boolean fell = true;
        while (fell) {
            fell = false;
            for (Map.Entry<Integer, Unit> entry : candidates.entrySet()) {
                int row = entry.getKey();
                String parent = entry.getValue().parentCode();
                if (problems.has(row) || parent == null) {
                    continue;
                }
                Integer parentRow = rowOfCode.get(parent);
                if (parentRow != null && problems.has(parentRow)) {
                    problems.add(row, UnitColumn.PARENT, "Đơn vị cấp trên " + parent + " ở dòng " + parentRow
                            + " không hợp lệ" + (stored.containsKey(parent) ? "." : " và chưa có trong hệ thống."));
                    fell = true;
                } else if (parentRow == null && !stored.containsKey(parent)) {
                    problems.add(row, UnitColumn.PARENT, "Không có đơn vị cấp trên mã " + parent
                            + " trong tệp lẫn trong hệ thống.");
                    fell = true;
                }
            }
        }
    }

    /**
     * The valid units of the file, each after its parent. Rows whose chain of parents (the file's, else the stored
     * tree's) comes back to them form a cycle and are invalid, and so are the rows below them.
     */
    private static List<Unit> parentsFirst(Map<Integer, Unit> candidates, Problems problems, Map<String, Unit> stored) {
        Map<String, String> parentOf = new HashMap<>();
        stored.values().forEach(unit -> parentOf.put(unit.code(), unit.parentCode()));
        Map<String, Integer> rowOfValid = new HashMap<>();
        candidates.forEach((row, unit) -> {
            if (!problems.has(row)) {
                parentOf.put(unit.code(), unit.parentCode());
                rowOfValid.put(unit.code(), row);
            }
        });
        for (Map.Entry<String, Integer> entry : rowOfValid.entrySet()) {
            List<String> path = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String at = entry.getKey();
            while (at != null && seen.add(at)) {
                path.add(at);
                at = parentOf.get(at);
            }
            if (at != null) {
                List<String> cycle = path.subList(path.indexOf(at), path.size());
                problems.add(entry.getValue(), UnitColumn.PARENT, (cycle.contains(entry.getKey())
                        ? "Đơn vị cấp trên tạo thành vòng lặp: " : "Đơn vị nằm dưới một vòng lặp cấp trên: ")
                        + String.join(" → ", cycle) + " → " + at + ".");
            }
        }
        List<Unit> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        candidates.forEach((row, unit) -> place(unit, candidates, rowOfValid, problems, placed, ordered));
        return ordered;
    }

    private static void place(Unit unit, Map<Integer, Unit> candidates, Map<String, Integer> rowOfValid,
                              Problems problems, Set<String> placed, List<Unit> ordered) {
        Integer row = rowOfValid.get(unit.code());
        if (row == null || problems.has(row) || placed.contains(unit.code())) {
            return;
        }
        Integer parentRow = unit.parentCode() == null ? null : rowOfValid.get(unit.parentCode());
        if (parentRow != null) {
            place(candidates.get(parentRow), candidates, rowOfValid, problems, placed, ordered);
        }
        placed.add(unit.code());
        ordered.add(unit);
    }

    /**
     * Creates, updates, reactivates or deactivates officers as the file says. With {@link Options#complete()}, an
     * active officer holding a role in a unit the file names, who is not in the file, is deactivated. The officer
     * who imports is never deactivated by their own import.
     */
    @Transactional
    public OrganizationImportReport importOfficers(String originalFileName, byte[] content, Options options,
                                                   String actor) {
        return importOfficers(originalFileName, content, options, actor, PROVINCE);
    }

    /**
     * As {@link #importOfficers(String, byte[], Options, String)}, by an administrator of that scope: a row assigning
     * a unit outside the scope, or naming an officer who works (or worked, for one who left) outside it, is invalid,
     * and {@link Options#complete()} deactivates only officers of the scope.
     */
    @Transactional
    public OrganizationImportReport importOfficers(String originalFileName, byte[] content, Options options,
                                                   String actor, Scope scope) {
        String fileName = UploadedFileName.require(originalFileName);
        Format format = Format.of(fileName);
        ImportSheet<OfficerColumn> sheet = ImportSheet.read(format, content, OfficerColumn.class);
        organization.lockForImport();
        Problems problems = new Problems();
        Set<String> unitCodes = new HashSet<>();
        organization.units().forEach(unit -> unitCodes.add(unit.code()));
        Map<String, Account> accounts = organization.accounts();
        Map<String, String> unitOfOfficer = new HashMap<>();
        if (!scope.isProvince()) {
            organization.officers().forEach(officer -> unitOfOfficer.put(officer.username(), officer.unitCode()));
        }

        Map<String, Integer> firstRowOfUsername = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        Set<String> namedUnits = new HashSet<>();
        List<OfficerAssignment> saves = new ArrayList<>();
        Set<String> leavers = new LinkedHashSet<>();
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> reactivated = new ArrayList<>();
        List<String> deactivated = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int unchanged = 0;
        for (SheetRow<OfficerColumn> row : sheet.rows()) {
            String username = row.cell(OfficerColumn.USERNAME);
            if (!username.isEmpty()) {
                inFile.add(username);
            }
            Optional<OfficerRow> read = readOfficer(row, problems, firstRowOfUsername, unitCodes);
            if (read.isEmpty()) {
                continue;
            }
            OfficerRow officer = read.get();
            Account existing = accounts.get(username);
            if (!scope.isProvince() && existing != null
                    && !officers.covers(scope, existing.groupIds(), unitOfOfficer.get(username))) {
                problems.add(row.number(), OfficerColumn.USERNAME, "Tên đăng nhập " + username + " là của cán bộ "
                        + "ngoài phạm vi quản trị của bạn (" + scope.unitName() + "): đặt tên đăng nhập khác.");
                continue;
            }
            if (!officer.unitCode().isEmpty() && officer.status() == Status.ACTIVE) {
                if (!scopes.covers(scope, officer.unitCode())) {
                    problems.add(row.number(), OfficerColumn.UNIT, "Đơn vị " + officer.unitCode()
                            + " không thuộc phạm vi quản trị của bạn (" + scope.unitName() + ").");
                    continue;
                }
                if (!organization.isActive(officer.unitCode())) {
                    problems.add(row.number(), OfficerColumn.UNIT, "Đơn vị " + officer.unitCode()
                            + " đã ngừng hoạt động: không giao cán bộ cho đơn vị này.");
                    continue;
                }
            }
            if (!officer.unitCode().isEmpty()) {
                namedUnits.add(officer.unitCode());
            }
            Account before = accounts.get(username);
            if (officer.status() == Status.LEFT) {
                if (before == null || before.deactivated()) {
                    unchanged++;
                } else if (username.equals(actor)) {
                    warnings.add("Dòng " + row.number() + ": không đánh dấu nghỉ việc tài khoản " + username
                            + " vì đó là tài khoản đang nhập tệp.");
                } else {
                    leavers.add(username);
                }
                continue;
            }
            OfficerAssignment assignment = new OfficerAssignment(username, officer.name(), officer.email(),
                    officer.unitCode(), officer.roles());
            if (before != null && before.matches(assignment,
                    organization.groupsOf(assignment.unitCode(), assignment.roles()))) {
                unchanged++;
                continue;
            }
            saves.add(assignment);
            (before == null ? created : before.deactivated() ? reactivated : updated).add(username);
        }
        if (options.complete()) {
            accounts.values().stream()
                    .filter(account -> !account.deactivated() && !inFile.contains(account.username()))
                    .filter(account -> account.groupIds().stream().map(GroupIds::unitCodeOf)
                            .anyMatch(namedUnits::contains))
                    .filter(account -> scope.isProvince() || officers.covers(scope, account.groupIds(), unitOfOfficer.get(account.username())))
                    .sorted(Comparator.comparing(Account::username))
                    .forEach(account -> {
                        if (account.username().equals(actor)) {
                            warnings.add("Không đánh dấu nghỉ việc tài khoản " + actor
                                    + " (không có trong tệp) vì đó là tài khoản đang nhập tệp.");
                        } else {
                            leavers.add(account.username());
                        }
                    });
        }
        deactivated.addAll(leavers);
        boolean write = !options.dryRun() && (problems.isEmpty() || options.skipInvalidRows());
        if (write) {
            organization.saveOfficers(saves, accounts);
            organization.deactivate(leavers, accounts, LocalDate.now(VIETNAM));
            log.info("Officers file {} imported: {} created, {} updated, {} reactivated, {} deactivated, {} unchanged, "
                    + "{} invalid rows", fileName, created.size(), updated.size(), reactivated.size(),
                    deactivated.size(), unchanged, problems.invalidRows());
        }
        return new OrganizationImportReport(fileName, format.name(), options.dryRun(), sheet.rows().size(),
                sheet.rows().size() - problems.invalidRows(), problems.invalidRows(), problems.list(), created, updated,
                deactivated, reactivated, unchanged, warnings, write);
    }

    private record OfficerRow(String name, String email, String unitCode, Set<Role> roles, Status status) {
    }

    private static Optional<OfficerRow> readOfficer(SheetRow<OfficerColumn> row, Problems problems,
                                                    Map<String, Integer> firstRowOfUsername, Set<String> unitCodes) {
        int number = row.number();
        String username = row.cell(OfficerColumn.USERNAME);
        String name = row.cell(OfficerColumn.NAME);
        String email = row.cell(OfficerColumn.EMAIL);
        String unit = row.cell(OfficerColumn.UNIT);
        String statusText = row.cell(OfficerColumn.STATUS);
        if (username.isEmpty()) {
            problems.add(number, OfficerColumn.USERNAME, "Thiếu tên đăng nhập.");
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(number, OfficerColumn.USERNAME, "Tên đăng nhập \"" + shown(username) + "\" không hợp lệ: "
                    + "3 đến 64 ký tự gồm chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.");
        } else if (firstRowOfUsername.putIfAbsent(username, number) != null) {
            problems.add(number, OfficerColumn.USERNAME, "Tên đăng nhập " + username + " trùng với dòng "
                    + firstRowOfUsername.get(username) + ".");
        }
        if (name.isEmpty()) {
            problems.add(number, OfficerColumn.NAME, "Thiếu họ và tên.");
        } else if (!PERSON_NAME.matcher(name).matches()) {
            problems.add(number, OfficerColumn.NAME, "Họ và tên dài quá 255 ký tự hoặc chứa ký tự điều khiển, dấu < >.");
        }
        if (!email.isEmpty() && (email.length() > 255 || !EMAIL.matcher(email).matches())) {
            problems.add(number, OfficerColumn.EMAIL, "\"" + shown(email) + "\" không phải địa chỉ thư điện tử.");
        }
        Optional<Status> status = OrganizationTerms.status(statusText);
        if (status.isEmpty()) {
            problems.add(number, OfficerColumn.STATUS, "Trạng thái \"" + shown(statusText)
                    + "\" không rõ: ghi Đang công tác, Nghỉ việc hoặc để trống (đang công tác).");
        }
        boolean active = status.orElse(Status.ACTIVE) == Status.ACTIVE;
        if (unit.isEmpty()) {
            if (active) {
                problems.add(number, OfficerColumn.UNIT, "Thiếu mã đơn vị.");
            }
        } else if (!unitCodes.contains(unit) && active) {
            problems.add(number, OfficerColumn.UNIT, "Không có đơn vị mã " + shown(unit)
                    + " trong hệ thống: nhập tệp đơn vị trước.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (active) {
            List<String> unknown = new ArrayList<>();
            for (String word : ROLE_SEPARATORS.split(row.cell(OfficerColumn.ROLES))) {
                if (!word.isBlank()) {
                    OrganizationTerms.role(word).ifPresentOrElse(roles::add, () -> unknown.add(word.strip()));
                }
            }
            if (!unknown.isEmpty()) {
                problems.add(number, OfficerColumn.ROLES, "Vai trò không rõ: " + shown(String.join(", ", unknown))
                        + ". Ghi một hoặc nhiều trong " + String.join(", ", OrganizationTerms.ROLE_WORDS)
                        + ", cách nhau bởi dấu chấm phẩy.");
            } else if (roles.isEmpty()) {
                problems.add(number, OfficerColumn.ROLES, "Thiếu vai trò của cán bộ đang công tác.");
            }
        }
        if (problems.has(number)) {
            return Optional.empty();
        }
        return Optional.of(new OfficerRow(name, email, unitCodes.contains(unit) ? unit : "", roles, status.orElseThrow()));
    }

    /** A cell's text as a problem quotes it: at most 80 characters. */
    private static String shown(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** The problems found so far, in row order, and which rows they make invalid. */
    private static final class Problems {
        private final List<RowProblem> list = new ArrayList<>();
        private final Set<Integer> rows = new HashSet<>();

        void add(int row, ImportColumn column, String message) {
            list.add(new RowProblem(row, column.label(), message));
            rows.add(row);
        }

        boolean has(int row) {
            return rows.contains(row);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        int invalidRows() {
            return rows.size();
        }

        List<RowProblem> list() {
            return list.stream().sorted(Comparator.comparingInt(RowProblem::row)).toList();
        }
    }
}
