package vn.motcua.design.lint;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's own processes/ and forms/ pass the lint, through the command designers run. */
class ProjectLintTest {

    @Test
    void the_projects_processes_and_forms_have_no_problems() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = LintCommand.run(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Không có lỗi trong");
        assertThat(exit).isZero();
    }

    @Test
    void the_command_prints_file_line_element_and_message_and_fails(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("bad.bpmn"), LintFixtures.process("bad", "", """
                    <bpmn:userTask id="Task_Bare" camunda:candidateGroups="g" camunda:formKey="x">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="slaDays" value="1"/></camunda:properties></bpmn:extensionElements>
                    </bpmn:userTask>"""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = LintCommand.run(new String[] {"--catalog", dir.resolve("none.yaml").toString(), dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bad.bpmn:4 bad Quy trình 'bad' thiếu thời gian lưu lịch sử")
                .contains("1 lỗi trong 1 tệp.");
    }
}
