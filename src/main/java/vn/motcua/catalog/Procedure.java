package vn.motcua.catalog;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import vn.motcua.sla.TimeLimit;

/**
 * One version of an administrative procedure of the catalog.
 *
 * @param code        national procedure code, e.g. {@code 1.001193}
 * @param processKey  the BPMN process that handles its dossiers
 * @param validFrom   first day new dossiers use this version
 * @param validTo     last day, or {@code null} while in force
 * @param limit       the time limit at the counter (trực tiếp), the one appointments are computed with
 * @param onlineLimit the time limit of online submissions, or {@code null} when the same as {@code limit}
 * @param postalLimit the time limit of postal submissions, or {@code null} when the same as {@code limit}
 * @param verification what is still to verify against the published catalog (e.g. "thời hạn, phí"), or
 *                     {@code null} when verified
 * @param details     what else the published record says (agencies, decision, declaration fields), or {@code null}
 * @param configuration an administrator's configuration of the generated process (steps, form fields), or
 *                      {@code null} for the one derived from the record's pattern
 */
public record Procedure(String code, int version, String name, String field, Level level, LegalLimit limit, Fee fee,
                        OnlineLevel onlineLevel, String implementingAgency, String result, String legalBasis,
                        String processKey, LocalDate validFrom, LocalDate validTo,
                        List<RequiredDocument> requiredDocuments, LegalLimit onlineLimit, LegalLimit postalLimit,
                        String verification, RecordDetails details, Configuration configuration) {

    /** A version without an administrator's configuration (every imported version). */
    public Procedure(String code, int version, String name, String field, Level level, LegalLimit limit, Fee fee,
                     OnlineLevel onlineLevel, String implementingAgency, String result, String legalBasis,
                     String processKey, LocalDate validFrom, LocalDate validTo,
                     List<RequiredDocument> requiredDocuments, LegalLimit onlineLimit, LegalLimit postalLimit,
                     String verification, RecordDetails details) {
        this(code, version, name, field, level, limit, fee, onlineLevel, implementingAgency, result, legalBasis,
                processKey, validFrom, validTo, requiredDocuments, onlineLimit, postalLimit, verification, details, null);
    }

    /** A version without the record's further details (the catalog YAML's entries). */
    public Procedure(String code, int version, String name, String field, Level level, LegalLimit limit, Fee fee,
                     OnlineLevel onlineLevel, String implementingAgency, String result, String legalBasis,
                     String processKey, LocalDate validFrom, LocalDate validTo,
                     List<RequiredDocument> requiredDocuments, LegalLimit onlineLimit, LegalLimit postalLimit,
                     String verification) {
        this(code, version, name, field, level, limit, fee, onlineLevel, implementingAgency, result, legalBasis,
                processKey, validFrom, validTo, requiredDocuments, onlineLimit, postalLimit, verification, null);
    }

    /** A version with one time limit for every channel, verified (the catalog YAML's usual entry). */
    public Procedure(String code, int version, String name, String field, Level level, LegalLimit limit, Fee fee,
                     OnlineLevel onlineLevel, String implementingAgency, String result, String legalBasis,
                     String processKey, LocalDate validFrom, LocalDate validTo,
                     List<RequiredDocument> requiredDocuments) {
        this(code, version, name, field, level, limit, fee, onlineLevel, implementingAgency, result, legalBasis,
                processKey, validFrom, validTo, requiredDocuments, null, null, null, null);
    }

    /**
     * The rest of the published record (the national procedure database's fields a process needs no more than to
     * show or route by).
     *
     * @param competentAgency      the agency that decides (cơ quan có thẩm quyền), or {@code null}
     * @param coordinatingAgencies the agencies consulted in this order before the implementing agency decides
     *                             (cơ quan phối hợp); empty when none
     * @param subjects             who may apply (đối tượng thực hiện)
     * @param steps                the published sequence of steps (trình tự thực hiện), as text
     * @param declarationFields    the procedure's own data the declaration asks for, on the start form
     * @param decision             the province's decision that published this version, or {@code null}
     */
    public record RecordDetails(String competentAgency, List<String> coordinatingAgencies, String subjects,
                                String steps, List<DeclarationField> declarationFields, Decision decision) {

        public RecordDetails {
            coordinatingAgencies = coordinatingAgencies == null ? List.of() : List.copyOf(coordinatingAgencies);
            declarationFields = declarationFields == null ? List.of() : List.copyOf(declarationFields);
        }
    }

    /** A decision publishing catalog changes (Quyết định công bố), e.g. {@code 1234/QĐ-UBND} of 15/06/2026. */
    public record Decision(String number, LocalDate issuedOn) {
    }

    public enum FieldType { TEXT, NUMBER, DATE }

    /** A field of the procedure's declaration (tờ khai), e.g. "Diện tích (m²)", a number. */
    public record DeclarationField(String label, FieldType type) {
    }

    /** The agencies consulted in sequence, none when the record has no details. */
    public List<String> coordinatingAgencies() {
        return details == null ? List.of() : details.coordinatingAgencies();
    }

    public enum Level { PROVINCE, COMMUNE }

    /**
     * The key of the process generated from a procedure's record when nobody drew or tabled one: {@code tthc-}
     * and the code, e.g. {@code tthc-1-001612}. A hand-drawn process with this key wins over the generated one.
     */
    public static String generatedProcessKey(String code) {
        return "tthc-" + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Whether the procedure runs the process generated from its record (no process was assigned to it). */
    public boolean runsGeneratedProcess() {
        return generatedProcessKey(code).equals(processKey);
    }

    /** Fully online (toàn trình) or partly online (một phần). */
    public enum OnlineLevel { FULL, PARTIAL, NONE }

    /**
     * The legal time limit as the catalog publishes it: working days, working hours, or the same day with a
     * cut-off time after which the dossier is due the next working day. The clock counts it as a
     * {@link TimeLimit} ({@link #asTimeLimit}).
     *
     * @param extendedWorkingDays the longer limit of complex cases (verification), if the law allows one
     */
    public record LegalLimit(Integer workingDays, Integer workingHours, boolean sameDay, LocalTime cutOff,
                            Integer extendedWorkingDays) {

        /** The limit as the SLA clock counts it, in working time. */
        public TimeLimit asTimeLimit() {
            if (sameDay) {
                return TimeLimit.sameDay();
            }
            return workingHours != null ? TimeLimit.workingTime(Duration.ofHours(workingHours))
                    : TimeLimit.workingDays(workingDays);
        }

        /** How the limit reads on a receipt slip, in Vietnamese. */
        public String describe() {
            if (sameDay) {
                return "Trong ngày làm việc" + (cutOff == null ? "" : "; tiếp nhận sau " + cutOff + " trả trong ngày làm việc tiếp theo");
            }
            if (workingHours != null) {
                return workingHours + " giờ làm việc";
            }
            return workingDays + " ngày làm việc";
        }
    }

    public enum FeeKind { FREE, FIXED, DECISION }

    /** When the applicant pays the fee: the dossier waits in status 6 at that point of its process. */
    public enum PayWhen {
        /** After reception, before the competent unit starts handling (the usual case). */
        BEFORE_HANDLING,
        /** When the result is ready, before it is returned. */
        BEFORE_RESULT
    }

    /**
     * The fee rule: free, a fixed amount in đồng, or decided: by a DMN decision computing it, or by the line of the
     * record's fee table that applies to the applicant (chosen at reception).
     *
     * @param payWhen when the applicant pays; {@link PayWhen#BEFORE_HANDLING} when not given
     * @param table   the record's fee table (a {@code DECISION} without a DMN decision); empty otherwise
     */
    public record Fee(FeeKind kind, Long amount, String decision, String note, PayWhen payWhen, List<FeeLine> table) {

        public Fee {
            if (payWhen == null) {
                payWhen = PayWhen.BEFORE_HANDLING;
            }
            table = table == null ? List.of() : List.copyOf(table);
        }

        /** The form's value of the table's line {@code index} (from 0): {@code muc-1}, {@code muc-2}, … */
        public static String lineValue(int index) {
            return "muc-" + (index + 1);
        }

        /** The form values of the table's lines, in order; empty without a table. */
        public List<String> lineValues() {
            return IntStream.range(0, table.size()).mapToObj(Fee::lineValue).toList();
        }

        /** A fee without a table. */
        public Fee(FeeKind kind, Long amount, String decision, String note, PayWhen payWhen) {
            this(kind, amount, decision, note, payWhen, null);
        }

        /** A fee paid before handling. */
        public Fee(FeeKind kind, Long amount, String decision, String note) {
            this(kind, amount, decision, note, null, null);
        }
    }

    /** One line of a fee table: whom or what it applies to, and the amount in đồng. */
    public record FeeLine(String description, long amount) {
    }

    public enum DocumentForm { ORIGINAL, CERTIFIED_COPY, COPY }

    /**
     * A document the applicant must submit.
     *
     * @param template the form template the record names for it (mẫu đơn, tờ khai), or {@code null}
     */
    public record RequiredDocument(String code, String name, int copies, DocumentForm form, String template) {

        public RequiredDocument(String code, String name, int copies, DocumentForm form) {
            this(code, name, copies, form, null);
        }
    }

    /**
     * How an administrator configured the process generated for the procedure (docs/administration.md): the
     * handling steps replace the pattern's, the fields are added to the reception form; the skeleton (supplement,
     * apology, withdrawal, fee, result return) stays.
     *
     * @param steps          the handling steps in order; empty for the pattern's
     * @param fields         the reception form's own fields, in place of the record's declaration fields
     * @param receivingUnits the centers that receive the procedure's dossiers; empty for all
     * @param note           why the administrator changed it (shown in the versions list)
     * @param configuredBy   the administrator's user name
     * @param communeRouting where the routing is by the receiving commune: the communes whose dossiers another unit
     *                       handles instead (overrides of the derived routing); empty for none
     */
    public record Configuration(List<ConfiguredStep> steps, List<ConfiguredField> fields, List<String> receivingUnits,
                                String note, String configuredBy, List<CommuneRoute> communeRouting) {

        public Configuration {
            steps = steps == null ? List.of() : List.copyOf(steps);
            fields = fields == null ? List.of() : List.copyOf(fields);
            receivingUnits = receivingUnits == null ? List.of() : List.copyOf(receivingUnits);
            communeRouting = communeRouting == null ? List.of() : List.copyOf(communeRouting);
        }

        /** A configuration without commune routing overrides. */
        public Configuration(List<ConfiguredStep> steps, List<ConfiguredField> fields, List<String> receivingUnits,
                             String note, String configuredBy) {
            this(steps, fields, receivingUnits, note, configuredBy, List.of());
        }

        /** The same configuration with another note and author (what a deployment records). */
        public Configuration recorded(String newNote, String author) {
            return new Configuration(steps, fields, receivingUnits, newNote, author, communeRouting);
        }
    }

    /**
     * A routing override: the dossiers received in a commune (its People's Committee's unit code) are handled by
     * another unit (e.g. the neighbouring ward's People's Committee).
     */
    public record CommuneRoute(String commune, String unit) {
    }

    /**
     * A handling step as an administrator configures it.
     *
     * @param role     {@code reception}, {@code specialist} or {@code leader}
     * @param unit     the handling unit's code, {@code receiving} (the receiving center), {@code commune} (the
     *                 commune of the receiving center), or {@code null}: the unit of the step before (the first step:
     *                 the unit derived from the record)
     * @param outcomes {@code supplement}, {@code refuse}, {@code rework:<step id>}, {@code verify:<days>}
     */
    public record ConfiguredStep(String id, String name, String role, String unit, Integer days, Integer hours,
                                 List<String> outcomes) {

        public ConfiguredStep {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }
    }

    /**
     * A field of the reception form.
     *
     * @param type    {@code text}, {@code number}, {@code date}, {@code select} (with choices) or {@code commune}
     * @param help    the help text shown under the field, or {@code null}
     * @param choices the values of a select, in order
     */
    public record ConfiguredField(String key, String label, String type, boolean required, String help,
                                  List<Choice> choices) {

        public ConfiguredField {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    /** One value of a select field. */
    public record Choice(String value, String label) {
    }

    /** The same procedure as another version, in force from the given day. */
    public Procedure asVersion(int number, LocalDate from) {
        return new Procedure(code, number, name, field, level, limit, fee, onlineLevel, implementingAgency, result,
                legalBasis, processKey, from, null, requiredDocuments, onlineLimit, postalLimit, verification, details,
                configuration);
    }

    /** This version with another configuration and fee (still to be numbered and dated by {@link #asVersion}). */
    public Procedure configured(Configuration newConfiguration, Fee newFee) {
        return new Procedure(code, version, name, field, level, limit, newFee, onlineLevel, implementingAgency, result,
                legalBasis, processKey, validFrom, validTo, requiredDocuments, onlineLimit, postalLimit, verification,
                details, newConfiguration);
    }

    /** This version closed after the given day. */
    public Procedure closedAfter(LocalDate lastDay) {
        return new Procedure(code, version, name, field, level, limit, fee, onlineLevel, implementingAgency, result,
                legalBasis, processKey, validFrom, lastDay, requiredDocuments, onlineLimit, postalLimit, verification,
                details, configuration);
    }

    /** Whether this version applies to dossiers started on the given day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
