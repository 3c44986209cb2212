package vn.motcua.catalog.importing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.AgencyDirectory;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogChanged;
import vn.motcua.catalog.Procedure.LegalLimit;
import vn.motcua.catalog.Procedure.Level;
import vn.motcua.catalog.Procedure.RecordDetails;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.importing.CatalogDiff.Abolished;
import vn.motcua.catalog.importing.CatalogDiff.Added;
import vn.motcua.catalog.importing.CatalogDiff.Amended;
import vn.motcua.catalog.importing.CatalogDiff.Change;
import vn.motcua.files.UploadedFileName;
import vn.motcua.files.UploadedTable.Format;
import vn.motcua.files.UploadedTable;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * Imports a procedure catalog export (CSV or XLSX) into the catalog. Every row is checked and
 * reported; an invalid file changes nothing unless invalid rows are to be skipped. Changes are
 * new versions in force from the effective date (stored versions are never edited), so running
 * dossiers keep their version; importing the same file again changes nothing. A file declared
 * complete abolishes the procedures of its fields (Lĩnh vực) that it no longer lists.
 */
@Service
public class CatalogImports {

    /**
     * How to import.
     *
     * @param complete        the file lists every procedure of each field it contains
     * @param skipInvalidRows import the valid rows of a file that has invalid ones
     */
    public record Options(boolean dryRun, LocalDate effectiveFrom, boolean complete, boolean skipInvalidRows) {
    }

    private final Catalog catalog;
    private final CatalogImportProperties properties;
    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final AgencyDirectory agencies;

    CatalogImports(Catalog catalog, CatalogImportProperties properties, RepositoryService repository, JdbcClient jdbc,
                   ObjectMapper json, ApplicationEventPublisher events, AgencyDirectory agencies) {
        this.agencies = agencies;
        this.catalog = catalog;
        this.properties = properties;
        this.repository = repository;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /** The format of a file by its name: {@code .csv} or {@code .xlsx}, else a 400. */
    public static String formatOf(String fileName) {
        return Format.of(fileName).name();
    }

    /**
     * Reads the file, compares it with the catalog and, unless a dry run or invalid, applies the
     * changes and logs the import. The report says whether anything was written. A file name that is
     * not a plain name ({@link UploadedFileName}) is a 400 before anything is read.
     */
    @Transactional
    public CatalogImportReport importFile(String originalFileName, byte[] content, Options options, String actor) {
        String fileName = UploadedFileName.require(originalFileName);
        Format format = Format.valueOf(formatOf(fileName));
        CatalogSheet sheet = CatalogSheet.read(format, content);
        ProcedureRows rows = ProcedureRows.of(sheet);
        Map<String, List<Procedure>> versions = catalog.allVersions().stream()
                .collect(Collectors.groupingBy(Procedure::code, LinkedHashMap::new, Collectors.toList()));
        AgencyDirectory.Lookup organization = agencies.current();
        rows.refuse(parsed -> problemsOf(parsed, organization, versions));
        Plan plan = plan(sheet, rows, options, versions);
        boolean write = !options.dryRun() && (rows.problems().isEmpty() || options.skipInvalidRows());
        if (write) {
            apply(plan, options);
            events.publishEvent(new CatalogChanged(fileName));
        }
        CatalogImportReport report = new CatalogImportReport(fileName, format.name(), options.dryRun(),
                options.complete(), options.effectiveFrom(), rows.procedures().size() + rows.invalidRows(),
                rows.procedures().size(), rows.invalidRows(), rows.problems(), plan.warnings, plan.diff(), write);
        if (write) {
            log(report, actor);
        }
        return report;
    }

    /** The diff and the versions to store. */
    private static final class Plan {
        final List<Procedure> newVersions = new ArrayList<>();
        final List<Added> added = new ArrayList<>();
        final List<Amended> amended = new ArrayList<>();
        final List<Abolished> abolished = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        int unchanged;

        CatalogDiff diff() {
            return new CatalogDiff(added, amended, abolished, unchanged);
        }
    }

    /**
     * What only the organization and the catalog can tell of a row: an agency no unit of the province is, and a fee
     * without an amount for a procedure whose generated process would have to collect it.
     */
    private List<RowProblem> problemsOf(ProcedureRows.Parsed parsed, AgencyDirectory.Lookup organization,
                                        Map<String, List<Procedure>> versions) {
        Procedure row = parsed.procedure();
        List<RowProblem> problems = new ArrayList<>();
        organization.unknown(row.level(), row.implementingAgency()).ifPresent(reason ->
                problems.add(new RowProblem(parsed.row(), CatalogColumn.AGENCY.label(), reason + ".")));
        for (String agency : row.coordinatingAgencies()) {
            organization.unknown(Level.PROVINCE, agency).ifPresent(reason ->
                    problems.add(new RowProblem(parsed.row(), CatalogColumn.COORDINATING_AGENCIES.label(), reason + ".")));
        }
        // the fee the new version would have, a fee decision carried over included
        Procedure next = nextVersionOf(parsed, latestOf(versions, row.code()));
        Procedure.Fee fee = next.fee();
        if (next.runsGeneratedProcess() && fee.kind() == Procedure.FeeKind.DECISION && fee.table().isEmpty()
                && fee.decision() == null) {
            problems.add(new RowProblem(parsed.row(), CatalogColumn.FEE.label(), "Phí, lệ phí \"" + row.fee().note()
                    + "\" không ghi mức thu: ghi số tiền (\"50.000 đồng/hồ sơ\"), bảng mức thu mỗi dòng một mức "
                    + "(\"Cá nhân: 50.000 đồng\"), \"Miễn phí\", hoặc gán quy trình tính phí ở cột Quy trình."));
        }
        return problems;
    }

    private Plan plan(CatalogSheet sheet, ProcedureRows rows, Options options, Map<String, List<Procedure>> versions) {
        Plan plan = new Plan();
        Set<String> undeployed = new HashSet<>();
        for (ProcedureRows.Parsed parsed : rows.procedures()) {
            Procedure row = parsed.procedure();
            LocalDate from = parsed.effectiveFrom() != null ? parsed.effectiveFrom() : options.effectiveFrom();
            Procedure latest = latestOf(versions, row.code());
            boolean open = latest != null && (latest.validTo() == null || !latest.validTo().isBefore(from));
            Procedure next;
            if (latest == null) {
                next = nextVersionOf(parsed, null).asVersion(1, from);
                plan.added.add(new Added(next.code(), next.name(), 1, next.processKey()));
            } else {
                Procedure merged = nextVersionOf(parsed, latest);
                List<Change> changes = changes(latest, merged);
                if (!open) {
                    changes = new ArrayList<>(changes);
                    changes.add(new Change("Hiệu lực", "bãi bỏ từ " + latest.validTo().plusDays(1), "còn hiệu lực"));
                }
                if (changes.isEmpty()) {
                    plan.unchanged++;
                    continue;
                }
                if (from.isBefore(latest.validFrom())) {
                    throw new InvalidRequestException("Ngày hiệu lực " + from + " sớm hơn ngày hiệu lực của phiên bản "
                            + latest.version() + " thủ tục " + latest.code() + " (" + latest.validFrom() + ").");
                }
                next = merged.asVersion(latest.version() + 1, from);
                plan.amended.add(new Amended(next.code(), next.name(), latest.version(), next.version(), changes));
                if (latest.configuration() != null && next.configuration() == null) {
                    plan.warnings.add("Thủ tục " + next.code() + ": cấu hình quy trình nội bộ của phiên bản "
                            + latest.version() + " không áp dụng cho phiên bản " + next.version() + " vì cấp thực hiện, "
                            + "cơ quan hoặc thời hạn giải quyết đã thay đổi; phiên bản mới chạy theo mẫu, quản trị viên "
                            + "cần cấu hình lại tại trang Cấu hình thủ tục.");
                }
            }
            plan.newVersions.add(next);
            // a generated process is deployed once the import has committed
            if (!next.runsGeneratedProcess() && !undeployed.contains(next.processKey())
                    && repository.createProcessDefinitionQuery().processDefinitionKey(next.processKey()).count() == 0) {
                undeployed.add(next.processKey());
                plan.warnings.add("Chưa triển khai quy trình \"" + next.processKey() + "\": chưa tiếp nhận được hồ sơ của "
                        + "các thủ tục gắn với quy trình này cho đến khi quy trình được triển khai hoặc gán quy trình khác.");
            }
        }
        if (options.complete()) {
            LocalDate from = options.effectiveFrom();
            Set<String> fields = rows.procedures().stream().map(parsed -> UploadedTable.plainKey(parsed.procedure().field()))
                    .collect(Collectors.toSet());
            // a row too broken to import still names a procedure the file keeps
            Set<String> listed = sheet.rows().stream().map(row -> row.cell(CatalogColumn.CODE))
                    .filter(code -> !code.isEmpty()).collect(Collectors.toSet());
            for (List<Procedure> known : versions.values()) {
                Procedure latest = known.get(0);
                boolean open = latest.validTo() == null || !latest.validTo().isBefore(from);
                if (open && !listed.contains(latest.code()) && fields.contains(UploadedTable.plainKey(latest.field()))) {
                    plan.abolished.add(new Abolished(latest.code(), latest.name(), latest.version(), from.minusDays(1)));
                }
            }
        }
        return plan;
    }

    private void apply(Plan plan, Options options) {
        try {
            plan.newVersions.forEach(catalog::publish);
        } catch (DuplicateKeyException | IllegalStateException e) {
            throw new ConflictException("Danh mục vừa được thay đổi bởi một lần nhập khác; hãy nhập lại tệp.");
        }
        plan.abolished.forEach(abolished -> catalog.abolish(abolished.code(), abolished.lastDay()));
    }

    private void log(CatalogImportReport report, String actor) {
        String diff;
        try {
            diff = json.writeValueAsString(report.diff());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.sql("""
                insert into catalog_import (file_name, file_format, actor, effective_from, complete_file, added_count,
                                            amended_count, abolished_count, invalid_rows, diff)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(report.fileName(), report.format(), actor, Date.valueOf(report.effectiveFrom()),
                        report.complete(), report.diff().added().size(), report.diff().amended().size(),
                        report.diff().abolished().size(), report.invalidRows(), diff)
                .update();
    }

    private static Procedure latestOf(Map<String, List<Procedure>> versions, String code) {
        List<Procedure> known = versions.getOrDefault(code, List.of());
        return known.isEmpty() ? null : known.get(0);
    }

    /** The row as the next version of the procedure (number and dates left to the plan); the first if none is known. */
    private Procedure nextVersionOf(ProcedureRows.Parsed parsed, Procedure latest) {
        Procedure row = parsed.procedure();
        return latest == null ? withProcessKey(row, processKeyOf(row))
                : carriedOver(row, parsed.explicitProcessKey(), latest);
    }

    private String processKeyOf(Procedure row) {
        if (row.processKey() != null) {
            return row.processKey();
        }
        String field = UploadedTable.plainKey(row.field());
        return properties.processes().stream()
                .filter(rule -> UploadedTable.plainKey(rule.field()).equals(field))
                .filter(rule -> rule.level() == null || rule.level().isBlank()
                        || Level.valueOf(rule.level().trim().toUpperCase()) == row.level())
                .map(CatalogImportProperties.ProcessRule::processKey).findFirst()
                .orElse(Procedure.generatedProcessKey(row.code()));
    }

    /**
     * The row as the next version of a known procedure: what the file does not say (result, a
     * process a designer assigned, a fee's decision table, document codes) carries over.
     */
    private static Procedure carriedOver(Procedure row, boolean explicitProcessKey, Procedure latest) {
        Procedure.Fee fee = Objects.equals(feeText(row.fee()), feeText(latest.fee())) ? latest.fee() : row.fee();
        List<Procedure.RequiredDocument> documents = documentsText(row).equals(documentsText(latest))
                ? latest.requiredDocuments() : row.requiredDocuments();
        Procedure.RecordDetails details = row.details() == null ? latest.details() : row.details();
        return new Procedure(row.code(), 0, row.name(), row.field(), row.level(), row.limit(), fee, row.onlineLevel(),
                row.implementingAgency(), row.result() == null ? latest.result() : row.result(), row.legalBasis(),
                explicitProcessKey ? row.processKey() : latest.processKey(), null, null, documents, row.onlineLimit(),
                row.postalLimit(), row.verification(), details,
                keepsConfiguration(row, details, explicitProcessKey, latest) ? latest.configuration() : null);
    }

    /**
     * An administrator's configuration of the internal procedure carries over to the next version while what it was
     * made for stays: the same level, agencies and time limit, and still a generated process. A decision that changes
     * any of them needs the administrator to configure the procedure again (the import report says so).
     */
    private static boolean keepsConfiguration(Procedure row, Procedure.RecordDetails details, boolean explicitProcessKey,
                                              Procedure latest) {
        return latest.configuration() != null && !explicitProcessKey && row.level() == latest.level()
                && Objects.equals(row.implementingAgency(), latest.implementingAgency())
                && Objects.equals(limitText(row.limit()), limitText(latest.limit()))
                && Objects.equals(details == null ? List.of() : details.coordinatingAgencies(),
                latest.details() == null ? List.of() : latest.details().coordinatingAgencies());
    }

    private static Procedure withProcessKey(Procedure row, String processKey) {
        return new Procedure(row.code(), 0, row.name(), row.field(), row.level(), row.limit(), row.fee(),
                row.onlineLevel(), row.implementingAgency(), row.result(), row.legalBasis(), processKey, null, null,
                row.requiredDocuments(), row.onlineLimit(), row.postalLimit(), row.verification(), row.details());
    }

    /** The fields that differ, as the catalog shows them. */
    static List<Change> changes(Procedure before, Procedure after) {
        List<Change> changes = new ArrayList<>();
        compare(changes, CatalogColumn.NAME.label(), before.name(), after.name());
        compare(changes, CatalogColumn.FIELD.label(), before.field(), after.field());
        compare(changes, CatalogColumn.LEVEL.label(), levelText(before.level()), levelText(after.level()));
        compare(changes, CatalogColumn.AGENCY.label(), before.implementingAgency(), after.implementingAgency());
        compare(changes, CatalogColumn.LIMIT_COUNTER.label(), limitText(before.limit()), limitText(after.limit()));
        compare(changes, CatalogColumn.LIMIT_ONLINE.label(), channelText(before.onlineLimit()), channelText(after.onlineLimit()));
        compare(changes, CatalogColumn.LIMIT_POSTAL.label(), channelText(before.postalLimit()), channelText(after.postalLimit()));
        compare(changes, CatalogColumn.FEE.label(), feeText(before.fee()), feeText(after.fee()));
        compare(changes, CatalogColumn.DOCUMENTS.label(), documentsText(before), documentsText(after));
        compare(changes, CatalogColumn.ONLINE_LEVEL.label(), onlineText(before.onlineLevel()), onlineText(after.onlineLevel()));
        compare(changes, CatalogColumn.LEGAL_BASIS.label(), before.legalBasis(), after.legalBasis());
        compare(changes, CatalogColumn.RESULT.label(), before.result(), after.result());
        compare(changes, CatalogColumn.PROCESS_KEY.label(), before.processKey(), after.processKey());
        compare(changes, CatalogColumn.VERIFICATION.label(), before.verification(), after.verification());
        // the deciding decision is not compared: republishing a procedure unchanged makes no new version
        RecordDetails was = before.details() == null ? EMPTY_DETAILS : before.details();
        RecordDetails now = after.details() == null ? EMPTY_DETAILS : after.details();
        compare(changes, CatalogColumn.COMPETENT_AGENCY.label(), was.competentAgency(), now.competentAgency());
        compare(changes, CatalogColumn.COORDINATING_AGENCIES.label(), String.join("; ", was.coordinatingAgencies()),
                String.join("; ", now.coordinatingAgencies()));
        compare(changes, CatalogColumn.SUBJECTS.label(), was.subjects(), now.subjects());
        compare(changes, CatalogColumn.STEPS.label(), was.steps(), now.steps());
        compare(changes, CatalogColumn.DECLARATION_FIELDS.label(), fieldsText(was), fieldsText(now));
        return changes;
    }

    private static final RecordDetails EMPTY_DETAILS = new RecordDetails(null, null, null, null, null, null);

    private static String fieldsText(RecordDetails details) {
        return details.declarationFields().stream().map(field -> field.label() + " | " + switch (field.type()) {
            case TEXT -> "văn bản";
            case NUMBER -> "số";
            case DATE -> "ngày";
        }).collect(Collectors.joining("\n"));
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        String old = before == null ? "" : before;
        String now = after == null ? "" : after;
        if (!old.equals(now)) {
            changes.add(new Change(field, old, now));
        }
    }

    private static String levelText(Level level) {
        return level == Level.PROVINCE ? "Cấp tỉnh" : "Cấp xã";
    }

    private static String limitText(LegalLimit limit) {
        if (limit == null) {
            return "";
        }
        return limit.describe() + (limit.extendedWorkingDays() == null ? ""
                : "; trường hợp phức tạp tối đa " + limit.extendedWorkingDays() + " ngày làm việc");
    }

    private static String channelText(LegalLimit limit) {
        return limit == null ? "như trực tiếp" : limitText(limit);
    }

    private static String feeText(Procedure.Fee fee) {
        if (fee == null) {
            return "";
        }
        if (fee.note() != null) {
            return fee.note();
        }
        return fee.amount() == null ? fee.kind().name() : fee.amount() + " đồng";
    }

    private static String documentsText(Procedure procedure) {
        if (procedure.requiredDocuments() == null) {
            return "";
        }
        return procedure.requiredDocuments().stream().map(document -> document.name() + " | " + document.copies() + " | "
                + switch (document.form()) {
                    case ORIGINAL -> "bản chính";
                    case CERTIFIED_COPY -> "bản sao chứng thực";
                    case COPY -> "bản sao";
                } + (document.template() == null ? "" : " | " + document.template())).collect(Collectors.joining("\n"));
    }

    private static String onlineText(Procedure.OnlineLevel level) {
        return level == null ? "" : switch (level) {
            case FULL -> "Toàn trình";
            case PARTIAL -> "Một phần";
            case NONE -> "Không";
        };
    }
}
