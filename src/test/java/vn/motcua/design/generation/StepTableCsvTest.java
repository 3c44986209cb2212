package vn.motcua.design.generation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Step tables kept as CSV for Excel: the procedure's fields row by row, then one row per step. */
class StepTableCsvTest {

    private static StepTable read(String csv) throws IOException {
        return StepTableCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    @Test
    void the_suspension_sample_reads_its_fields_lanes_start_fields_and_steps_with_their_outcomes() throws IOException {
        StepTable table = StepTable.read(Path.of("processes/internal/business-household-suspension.csv"));

        assertThat(table.processKey()).isEqualTo("business-household-suspension");
        assertThat(table.procedureCode()).isEqualTo("1.001570");
        assertThat(table.workingDays()).isEqualTo(3);
        assertThat(table.routing()).isEqualTo("decision:civil-status-handling-unit");
        assertThat(table.lanes()).containsEntry("leader", "Lãnh đạo Ủy ban nhân dân cấp xã");
        assertThat(table.startFields()).hasSize(3).first().satisfies(field -> {
            assertThat(field.key()).isEqualTo("residenceCommune");
            assertThat(field.options()).isNull();
            assertThat(field.type()).isEqualTo("commune");
        });
        assertThat(table.startFields().get(1).options()).isNull();
        assertThat(table.steps()).extracting(StepTable.Step::taskId).containsExactly("Task_Appraise", "Task_Sign");
        assertThat(table.steps().get(0).days()).isEqualTo(2);
        assertThat(table.steps().get(1).outcomes()).containsExactly("rework:Appraise", "refuse");
        assertThat(table.steps().get(1).unit()).isNull();
    }

    @Test
    void a_comma_separated_file_with_columns_in_another_order_and_hours_reads_the_same_way() throws IOException {
        StepTable table = read("""
                processKey,same-day-copy
                name,Cấp bản sao trích lục
                sameDay,true
                routing,receiving
                id,role,hours,name,outcomes
                Check,specialist,3,Kiểm tra,"supplement, refuse"
                Sign,leader,2,Ký,
                """);
        assertThat(table.sameDay()).isTrue();
        assertThat(table.steps()).extracting(StepTable.Step::hours).containsExactly(3, 2);
        assertThat(table.steps().get(0).outcomes()).isEqualTo(List.of("supplement", "refuse"));
        assertThat(new ProcessGenerator().generate(table).files()).containsKey("processes/generated/same-day-copy.bpmn");
    }

    @Test
    void an_unknown_field_a_bad_number_or_a_missing_step_header_names_the_row() {
        assertThatThrownBy(() -> read("processKey;a\nthoiHan;3\n")).hasMessageContaining("t.csv row 2")
                .hasMessageContaining("unknown field 'thoiHan'");
        assertThatThrownBy(() -> read("processKey;a\nid;name;role;days\nA;Bước;specialist;hai\n"))
                .hasMessageContaining("t.csv row 3: days must be a whole number, not 'hai'");
        assertThatThrownBy(() -> read("processKey;a\nname;B\n")).hasMessageContaining("no step header row");
        assertThatThrownBy(() -> read("processKey;a\nname;B\nrouting;receiving\nid;name;role;days;deadline\n"))
                .hasMessageContaining("unknown step column 'deadline'");
    }

    @Test
    void a_table_that_breaks_the_conventions_is_refused_as_from_yaml() {
        assertThatThrownBy(() -> read("processKey;a\nname;B\nrouting;receiving\nworkingDays;1\n"
                + "id;name;role;days\nAppraise;Thẩm định;specialist;2\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1 working days");
    }
}
