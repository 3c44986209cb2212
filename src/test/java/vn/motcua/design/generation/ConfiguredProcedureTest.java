package vn.motcua.design.generation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Procedure.Choice;
import vn.motcua.catalog.Procedure.Configuration;
import vn.motcua.catalog.Procedure.ConfiguredField;
import vn.motcua.catalog.Procedure.ConfiguredStep;
import vn.motcua.catalog.Procedure.Fee;
import vn.motcua.catalog.Procedure.FeeKind;
import vn.motcua.catalog.Procedure.LegalLimit;
import vn.motcua.catalog.Procedure.Level;
import vn.motcua.design.generation.StepTable.Step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** An administrator's configuration replaces the pattern's steps and fields; the derived one changes nothing. */
class ConfiguredProcedureTest {

    private static final Map<String, String> UNITS = Map.of("000.00.10.H99", "Sở Tư pháp",
            "000.10.51.H99", "Phòng Hành chính tư pháp");

    private final ProcedurePatterns patterns = ProcedurePatterns.byUnitNames(UNITS);

    @Test
    void configuring_a_procedure_with_its_derived_configuration_generates_the_same_steps_and_routing() {
        Procedure record = procedure(null);
        StepTable derived = patterns.derive(record).table();
        Configuration configuration = ConfiguredProcedure.of(derived);
        assertThat(configuration.steps()).extracting(ConfiguredStep::id, ConfiguredStep::unit, ConfiguredStep::days)
                .containsExactly(tuple("Appraise", "000.00.10.H99", 6),
                        tuple("Sign", null, 4));
        StepTable configured = patterns.derive(procedure(configuration)).table();
        assertThat(configured.routing()).isEqualTo(derived.routing());
        assertThat(configured.steps()).isEqualTo(derived.steps());
        assertThat(configured.startFields()).isEqualTo(derived.startFields());
    }

    @Test
    void a_step_of_another_unit_is_routed_there_and_back_and_configured_fields_reach_the_start_form() {
        Configuration configuration = new Configuration(List.of(
                new ConfiguredStep("Appraise", "Thẩm định hồ sơ", "specialist", "000.10.51.H99", 7, null,
                        List.of("supplement", "refuse")),
                new ConfiguredStep("Sign", "Ký kết quả", "leader", "000.00.10.H99", 3, null,
                        List.of("rework:Appraise", "refuse"))),
                List.of(new ConfiguredField("loaiGiayPhep", "Loại giấy phép", "select", true, "Chọn một loại",
                        List.of(new Choice("moi", "Cấp mới"), new Choice("lai", "Cấp lại")))),
                List.of(), "Phân công lại", "quantri.tuphap");
        StepTable table = patterns.derive(procedure(configuration)).table();
        assertThat(table.routing()).isEqualTo("unit:000.10.51.H99");
        assertThat(table.steps()).extracting(Step::routing).containsExactly(null, "unit:000.00.10.H99");
        assertThat(table.lanes()).containsEntry("leader@unit:000.00.10.H99", "Lãnh đạo Sở Tư pháp");

        var generated = ProcessGenerator.forProcedures(List.of(procedure(configuration))).generate(table);
        String form = generated.files().get(ProcessGenerator.FORM_FOLDER + table.processKey() + "-start.form");
        assertThat(form).contains("\"key\" : \"loaiGiayPhep\"").contains("\"description\" : \"Chọn một loại\"")
                .contains("\"label\" : \"Cấp lại\"");
        assertThat(generated.bpmn()).contains("generated-unit-000.10.51.H99").contains("Task_RouteSign");
    }

    private static Procedure procedure(Configuration configuration) {
        return new Procedure("2.000123", 1, "Thủ tục mẫu", "Tư pháp", Level.PROVINCE,
                new LegalLimit(10, null, false, null, null), new Fee(FeeKind.FREE, null, null, null),
                Procedure.OnlineLevel.PARTIAL, "Sở Tư pháp", "Kết quả", "Căn cứ mẫu", "tthc-2-000123",
                LocalDate.of(2025, 7, 1), null, List.of(), null, null, null, null, configuration);
    }
}
