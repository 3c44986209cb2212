package vn.motcua.design.configuration;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalog.Procedure.Configuration;
import vn.motcua.catalog.Procedure.Fee;

/** What the procedure administration API reads and answers (docs/administration.md, "Procedure configuration"). */
final class ProcedureAdministration {

    private ProcedureAdministration() {
    }

    /** How a procedure runs: a process drawn in Modeler, the one generated from its record, or none. */
    enum Runs { HAND_DRAWN, GENERATED, NONE }

    /** A unit by code and name. */
    record UnitRef(String code, String name) {
    }

    /** A version that takes effect later. */
    record PendingVersion(int version, LocalDate validFrom) {
    }

    /** One procedure of the list. */
    record ProcedureItem(String code, String name, String level, UnitRef implementingUnit, Runs runs,
                         int versionInForce, PendingVersion pending) {
    }

    /** A page of the list. */
    record ProcedurePage(List<ProcedureItem> items, int page, int pageSize, int total) {
    }

    /**
     * The version in force and its configuration.
     *
     * @param limit         the legal limit, e.g. "10 ngày làm việc"
     * @param workingDays   the limit in working days, or {@code null}
     * @param workingHours  the limit in working hours, or {@code null}
     * @param configured    whether the configuration is an administrator's ({@code false}: derived from the pattern)
     */
    record ProcedureDetail(String code, String name, String level, UnitRef implementingUnit, Runs runs,
                           int version, LocalDate validFrom, String limit, Integer workingDays, Integer workingHours,
                           boolean sameDay, Integer extendedWorkingDays, Fee fee, String feeText, boolean editable,
                           boolean configured, Configuration configuration, String reason, List<VersionItem> versions,
                           PendingVersion pending) {
    }

    /** One version of the procedure. */
    record VersionItem(int version, LocalDate validFrom, LocalDate validTo, String note, String decision,
                       String configuredBy) {
    }

    /** A configuration to preview. */
    record PreviewRequest(Configuration configuration, Fee fee) {
    }

    /** A configuration to deploy from a day. */
    record DeploymentRequest(Configuration configuration, Fee fee, LocalDate effectiveFrom, String note) {
    }

    /** One difference from the version in force, e.g. "Bước Thẩm định hồ sơ": "3 ngày" → "5 ngày". */
    record Change(String what, String before, String after) {
    }

    /** One problem the lint found. */
    record Finding(String rule, String element, String message) {
    }

    /** The lint's verdict on the generated model. */
    record LintVerdict(boolean passed, List<Finding> findings) {
    }

    /** What a configuration would deploy: nothing is written. */
    record Preview(String bpmnXml, Object startForm, List<Change> diff, LintVerdict lint) {
    }

    /** A published version; the process definition when it went live at once. */
    record Deployed(String code, int version, LocalDate validFrom, String processDefinitionId) {
    }

    /** One invalid input: the field by its path in the body ({@code configuration.steps[2].role}) and why. */
    record FieldError(String field, String message) {
    }
}
