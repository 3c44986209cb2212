package vn.motcua.design.lint;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.design.lint.LintFixtures.flows;
import static vn.motcua.design.lint.LintFixtures.lint;
import static vn.motcua.design.lint.LintFixtures.process;
import static vn.motcua.design.lint.LintFixtures.task;

/** Each lint rule on a failing and a passing BPMN snippet, without the engine. */
class DeploymentLintTest {

    @Nested
    class UserTasks {

        @Test
        void a_complete_step_passes() {
            assertThat(lint("p.bpmn", process("p", task("Task_A", "slaDays", "1")))).isEmpty();
        }

        @Test
        void a_step_without_group_form_or_allotment_gets_three_problems_with_its_line() {
            List<LintProblem> problems = lint("p.bpmn", process("p", """
                        <bpmn:userTask id="Task_Bare" name="Thẩm định"/>"""));

            assertThat(problems).extracting(LintProblem::message).satisfiesExactly(
                    group -> assertThat(group).contains("Bước 'Thẩm định' (Task_Bare) thiếu nhóm xử lý (camunda:candidateGroups)"),
                    form -> assertThat(form).contains("thiếu biểu mẫu (camunda:formRef hoặc camunda:formKey)"),
                    allotment -> assertThat(allotment).contains("thiếu thời hạn xử lý"));
            assertThat(problems).allSatisfy(problem -> {
                assertThat(problem.resource()).isEqualTo("p.bpmn");
                assertThat(problem.line()).isEqualTo(5);
                assertThat(problem.elementId()).isEqualTo("Task_Bare");
            });
        }

        @Test
        void a_due_date_or_slaNone_stands_for_an_allotment() {
            assertThat(lint("p.bpmn", process("p", """
                        <bpmn:userTask id="Task_Due" camunda:candidateGroups="g" camunda:formKey="x" camunda:dueDate="working:P1D"/>""")))
                    .isEmpty();
            assertThat(lint("p.bpmn", process("p", task("Task_Wait", "slaNone", "true")))).isEmpty();
        }

        @Test
        void a_malformed_or_doubled_allotment_is_a_problem() {
            assertThat(lint("p.bpmn", process("p", task("Task_A", "slaDays", "hai"))))
                    .singleElement().extracting(LintProblem::message).asString().contains("slaDays phải là một số dương");
            assertThat(lint("p.bpmn", process("p", """
                        <bpmn:userTask id="Task_Both" camunda:candidateGroups="g" camunda:formKey="x" camunda:dueDate="P1D">
                          <bpmn:extensionElements><camunda:properties><camunda:property name="slaHours" value="2"/></camunda:properties></bpmn:extensionElements>
                        </bpmn:userTask>""")))
                    .singleElement().extracting(LintProblem::message).asString().contains("có cả camunda:dueDate");
        }
    }

    @Nested
    class HistoryTimeToLive {

        @Test
        void a_process_without_it_is_refused() {
            assertThat(lint("p.bpmn", process("p", "", task("Task_A", "slaHours", "1"))))
                    .singleElement().satisfies(problem -> {
                        assertThat(problem.elementId()).isEqualTo("p");
                        assertThat(problem.message()).contains("thiếu thời gian lưu lịch sử (camunda:historyTimeToLive)");
                    });
        }

        @Test
        void a_process_with_it_passes() {
            assertThat(lint("p.bpmn", process("p", " camunda:historyTimeToLive=\"30\"", ""))).isEmpty();
        }
    }

    @Nested
    class LegalLimit {

        @Test
        void steps_over_the_same_day_limit_are_refused() {
            List<LintProblem> problems = lint("p.bpmn", process("same-day",
                    task("Task_A", "slaHours", "4") + task("Task_B", "slaHours", "4.5") + flows("Task_A", "Task_B")));

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.elementId()).isEqualTo("same-day");
                assertThat(problem.message()).contains("8.5 giờ làm việc").contains("Task_A 4 giờ, Task_B 4.5 giờ")
                        .contains("thủ tục 1.000001").contains("trong ngày làm việc");
            });
        }

        @Test
        void days_count_eight_hours_and_a_fitting_process_passes() {
            assertThat(lint("p.bpmn", process("two-days", task("Task_A", "slaDays", "1.5") + task("Task_B", "slaHours", "4")
                    + flows("Task_A", "Task_B")))).isEmpty();
            assertThat(problemOfTwoDays(task("Task_A", "slaDays", "2") + task("Task_B", "slaSameDay", "true")
                    + flows("Task_A", "Task_B")))
                    .contains("24 giờ làm việc");
        }

        @Test
        void event_subprocesses_and_processes_outside_the_catalog_are_not_counted() {
            assertThat(lint("p.bpmn", process("same-day", task("Task_A", "slaHours", "8") + """
                        <bpmn:subProcess id="Sub" triggeredByEvent="true">
                    %s
                        </bpmn:subProcess>""".formatted(task("Task_Late", "slaDays", "3"))))).isEmpty();
            assertThat(lint("p.bpmn", process("common-x", task("Task_A", "slaDays", "30")))).isEmpty();
        }

        @Test
        void the_online_check_before_receipt_is_not_counted() {
            assertThat(lint("p.bpmn", process("same-day", task("Task_CheckOnline", "slaHours", "1")
                    + task("Task_A", "slaHours", "8") + flows("Task_CheckOnline", "Task_A")))).isEmpty();
            assertThat(lint("p.bpmn", process("same-day", task("Task_Check", "slaHours", "1")
                    + task("Task_A", "slaHours", "8") + flows("Task_Check", "Task_A")))).hasSize(1);
        }

        /** The message of the one problem of a two-working-day procedure with the given body. */
        private static String problemOfTwoDays(String body) {
            List<LintProblem> problems = lint("p.bpmn", process("two-days", body));
            assertThat(problems).hasSize(1);
            return problems.get(0).message();
        }

        /** Receipt, then approve (Task_Approve) or refuse (Task_Refuse), then the end: a dossier takes one branch. */
        private static String approveOrRefuse(String approveDays, String refuseDays) {
            return "<bpmn:startEvent id=\"Start\"/><bpmn:exclusiveGateway id=\"Decide\"/><bpmn:endEvent id=\"End\"/>"
                    + task("Task_Approve", "slaDays", approveDays) + task("Task_Refuse", "slaDays", refuseDays)
                    + flows("Start", "Decide", "Task_Approve", "End") + flows("Decide", "Task_Refuse", "End");
        }

        @Test
        void of_alternative_branches_only_the_longest_counts_so_1_5_and_1_day_fit_in_2_days() {
            assertThat(lint("p.bpmn", process("two-days", approveOrRefuse("1.5", "1")))).isEmpty();
        }

        @Test
        void a_branch_of_2_5_days_is_refused_in_a_2_day_procedure_naming_the_steps_of_that_branch() {
            assertThat(problemOfTwoDays(approveOrRefuse("1", "2.5"))).contains("nhánh dài nhất")
                    .contains("20 giờ làm việc (Task_Refuse 20 giờ)").doesNotContain("Task_Approve");
        }

        @Test
        void parallel_branches_run_at_the_same_time_and_a_step_after_them_adds_up() {
            String fork = "<bpmn:parallelGateway id=\"Fork\"/><bpmn:parallelGateway id=\"Join\"/>"
                    + task("Task_Survey", "slaDays", "1") + task("Task_Consult", "slaHours", "4")
                    + flows("Fork", "Task_Survey", "Join") + flows("Fork", "Task_Consult", "Join");
            assertThat(lint("p.bpmn", process("two-days", fork + task("Task_Sign", "slaDays", "1")
                    + flows("Join", "Task_Sign")))).isEmpty();
            assertThat(problemOfTwoDays(fork + task("Task_Sign", "slaDays", "1.5") + flows("Join", "Task_Sign")))
                    .contains("20 giờ làm việc (Task_Survey 8 giờ, Task_Sign 12 giờ)");
        }

        @Test
        void a_rework_loop_counts_each_step_once() {
            String loop = "<bpmn:startEvent id=\"Start\"/><bpmn:exclusiveGateway id=\"Decide\"/><bpmn:endEvent id=\"End\"/>"
                    + task("Task_Appraise", "slaDays", "1") + task("Task_Sign", "slaDays", "1")
                    + flows("Start", "Task_Appraise", "Task_Sign", "Decide", "End") + flows("Decide", "Task_Appraise");
            assertThat(lint("p.bpmn", process("two-days", loop))).isEmpty();
            assertThat(problemOfTwoDays(loop.replace("value=\"1\"", "value=\"1.5\"")))
                    .contains("24 giờ làm việc (Task_Appraise 12 giờ, Task_Sign 12 giờ)");
        }

        @Test
        void an_embedded_subprocess_counts_its_longest_path_and_a_boundary_path_continues_after_it() {
            String handling = "<bpmn:subProcess id=\"Handling\">" + task("Task_Appraise", "slaDays", "1")
                    + task("Task_Sign", "slaHours", "4") + flows("Task_Appraise", "Task_Sign") + "</bpmn:subProcess>"
                    + "<bpmn:boundaryEvent id=\"Late\" attachedToRef=\"Handling\" cancelActivity=\"false\"/>"
                    + task("Task_Apologise", "slaHours", "4") + flows("Late", "Task_Apologise");
            assertThat(lint("p.bpmn", process("two-days", handling))).isEmpty();
            assertThat(problemOfTwoDays(handling.replace("value=\"4\"", "value=\"5\"")))
                    .contains("18 giờ làm việc (Task_Appraise 8 giờ, Task_Sign 5 giờ, Task_Apologise 5 giờ)");
        }

        @Test
        void the_extended_limit_is_the_ceiling() {
            ProcedureLimits.LegalLimit limit = ProcedureLimits.LegalLimit.of("1.000894", null, null, true, 5);
            assertThat(limit.workingHours()).isEqualByComparingTo("40");
            assertThat(limit.description()).contains("kéo dài tối đa 5 ngày làm việc");
        }
    }

    @Nested
    class References {

        private static final String CALLS = """
                    <bpmn:callActivity id="Call_Common" calledElement="common-x" camunda:calledElementBinding="deployment"/>
                    <bpmn:businessRuleTask id="Task_Route" camunda:decisionRef="route" camunda:decisionRefBinding="deployment"/>
                    <bpmn:startEvent id="Start" camunda:formRef="start-form" camunda:formRefBinding="deployment"/>
                    <bpmn:callActivity id="Call_Latest" calledElement="elsewhere"/>
                    <bpmn:callActivity id="Call_Expression" calledElement="${target}"/>""";

        @Test
        void every_missing_target_is_reported() {
            assertThat(lint("p.bpmn", process("p", CALLS))).extracting(LintProblem::elementId, LintProblem::message)
                    .satisfiesExactlyInAnyOrder(
                            call -> assertThat(call.toList()).containsExactly("Call_Common", call.toList().get(1)),
                            decision -> assertThat(decision.toList().get(1).toString())
                                    .contains("bảng quyết định (DMN) 'route' (binding=deployment)"),
                            form -> assertThat(form.toList().get(1).toString()).contains("biểu mẫu 'start-form'"),
                            latest -> assertThat(latest.toList().get(1).toString())
                                    .contains("'elsewhere'").contains("chưa từng được triển khai"));
        }

        @Test
        void targets_in_the_deployment_pass_and_deployed_ones_count_unless_bound_to_the_deployment() {
            String common = process("common-x", "");
            String startForm = """
                    {"id": "start-form", "components": []}""";
            assertThat(new DeploymentLint(LintFixtures.DMN, new OnlyProcess("elsewhere"), LintFixtures.LIMITS)
                    .check(LintFixtures.resources("p.bpmn", process("p", CALLS), "c.bpmn", common,
                            "r.dmn", LintFixtures.DECISION, "s.form", startForm))).isEmpty();
            assertThat(new DeploymentLint(LintFixtures.DMN, new OnlyProcess("common-x"), LintFixtures.LIMITS)
                    .check(LintFixtures.resources("p.bpmn", process("p", """
                                <bpmn:callActivity id="Call_Common" calledElement="common-x" camunda:calledElementBinding="deployment"/>"""))))
                    .singleElement().extracting(LintProblem::message).asString().contains("không có trong cùng lần triển khai");
        }

        @Test
        void a_form_key_names_a_resource_of_the_deployment() {
            String body = """
                        <bpmn:startEvent id="Start" camunda:formKey="camunda-forms:deployment:forms/a.form"/>""";
            assertThat(lint("p.bpmn", process("p", body))).singleElement().extracting(LintProblem::message)
                    .asString().contains("'forms/a.form'");
            assertThat(lint("p.bpmn", process("p", body), "forms/a.form", "{\"id\": \"a\", \"components\": []}")).isEmpty();
        }

        private record OnlyProcess(String key) implements DeployedDefinitions {
            @Override
            public boolean hasProcess(String processKey) {
                return key.equals(processKey);
            }

            @Override
            public boolean hasDecision(String decisionKey) {
                return false;
            }

            @Override
            public boolean hasForm(String formKey) {
                return false;
            }
        }
    }

    @Nested
    class Files {

        @Test
        void malformed_bpmn_dmn_and_forms_are_reported_each_with_its_reason() {
            List<LintProblem> problems = lint(
                    "a.bpmn", "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n<unclosed>",
                    "b.dmn", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision id=\"x\"><nonsense/></definitions>",
                    "c.form", "{\"id\": \"c\", ",
                    "d.form", "{\"components\": []}",
                    "e.form", "{\"id\": \"f\", \"components\": []}");

            assertThat(problems).extracting(LintProblem::resource)
                    .containsExactly("a.bpmn", "b.dmn", "c.form", "d.form", "forms/f.form");
            assertThat(problems.get(0).message()).startsWith("Tệp BPMN không đọc được (XML sai cú pháp)");
            assertThat(problems.get(0).line()).isEqualTo(2);
            assertThat(problems.get(1).message()).startsWith("Bảng quyết định (DMN) không đọc được");
            assertThat(problems.get(2).message()).startsWith("Biểu mẫu không đọc được (JSON sai cú pháp)");
            assertThat(problems.get(3).message()).contains("thiếu \"id\"");
            assertThat(problems.get(4).message()).contains("trùng với tệp e.form");
        }

        @Test
        void a_good_decision_and_form_pass() {
            assertThat(lint("r.dmn", LintFixtures.DECISION)).isEmpty();
        }
    }

    @Nested
    class CandidateGroups {

        @Test
        void a_group_of_an_unknown_role_is_refused_naming_the_valid_roles() {
            assertThat(lint("p.bpmn", process("p", """
                        <bpmn:userTask id="Task_Check" camunda:candidateGroups="${handlingUnit}:specialst, 000.01.00.H99:leader" camunda:formKey="x" camunda:dueDate="P1D"/>""")))
                    .singleElement().satisfies(problem -> {
                        assertThat(problem.elementId()).isEqualTo("Task_Check");
                        assertThat(problem.message()).contains("'${handlingUnit}:specialst'").contains("vai trò không tồn tại 'specialst'")
                                .contains("specialist, leader");
                    });
        }

        @Test
        void known_roles_literal_groups_and_expression_roles_pass() {
            assertThat(lint("p.bpmn", process("p", """
                        <bpmn:userTask id="Task_A" camunda:candidateGroups="${handlingUnit}:specialist,${receivingUnit}:reception" camunda:formKey="x" camunda:dueDate="P1D"/>
                        <bpmn:userTask id="Task_B" camunda:candidateGroups="camunda-admin" camunda:formKey="x" camunda:dueDate="P1D"/>
                        <bpmn:userTask id="Task_C" camunda:candidateGroups="${unit}:${role}" camunda:formKey="x" camunda:dueDate="P1D"/>
                        <bpmn:userTask id="Task_D" camunda:candidateGroups="${groups.of(a, b)}" camunda:formKey="x" camunda:dueDate="P1D"/>""")))
                    .isEmpty();
        }
    }

    @Nested
    class FeelExpressions {

        @Test
        void an_expression_that_does_not_parse_is_refused_with_its_rule_and_line() {
            String table = LintFixtures.DECISION.replace("<text>\"A\"</text>", "<text>\"A\" +* 2</text>")
                    .replace("<text>\"a\"</text>", "<text>&gt; &gt; 3</text>");
            assertThat(lint("r.dmn", table)).extracting(LintProblem::message).satisfiesExactlyInAnyOrder(
                    input -> assertThat(input).contains("điều kiện đầu vào FEEL sai cú pháp '> > 3' (dòng luật r)"),
                    output -> assertThat(output).contains("giá trị đầu ra FEEL sai cú pháp '\"A\" +* 2'"));
            assertThat(lint("r.dmn", table)).allSatisfy(problem -> assertThat(problem.line()).isPositive());
        }

        @Test
        void ranges_lists_and_dashes_pass() {
            String table = LintFixtures.DECISION.replace("<text>\"a\"</text>", "<text>[1..10], \"b\", not(\"c\")</text>");
            assertThat(lint("r.dmn", table)).isEmpty();
            assertThat(lint("r.dmn", LintFixtures.DECISION.replace("<text>\"a\"</text>", "<text>-</text>"))).isEmpty();
            assertThat(lint("r.dmn", LintFixtures.DECISION.replace("<outputEntry id=\"oe\">",
                    "<outputEntry id=\"oe\" expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\">"))).isEmpty();
        }

        @Test
        void an_expression_in_another_language_than_feel_is_refused_with_its_rule_and_line() {
            String juelOutput = LintFixtures.DECISION.replace("<outputEntry id=\"oe\">", "<outputEntry id=\"oe\" expressionLanguage=\"juel\">")
                    .replace("<text>\"A\"</text>", "<text>${environment.getProperty('motcua.payment.vnpay.hash-secret')}</text>");
            assertThat(lint("r.dmn", juelOutput)).singleElement().satisfies(problem -> {
                assertThat(problem.message()).contains("giá trị đầu ra", "(dòng luật r)", "ngôn ngữ 'juel'", "chỉ được dùng FEEL");
                assertThat(problem.line()).isEqualTo(7);
            });
            String scriptInput = LintFixtures.DECISION.replace("<inputExpression id=\"ie\" typeRef=\"string\">",
                    "<inputExpression id=\"ie\" typeRef=\"string\" expressionLanguage=\"javascript\">");
            assertThat(lint("r.dmn", scriptInput)).singleElement().extracting(LintProblem::message).asString()
                    .contains("biểu thức đầu vào 'place'", "ngôn ngữ 'javascript'");
            String groovyTable = LintFixtures.DECISION.replace("namespace=\"t\"", "namespace=\"t\" expressionLanguage=\"groovy\"");
            assertThat(lint("r.dmn", groovyTable)).hasSize(3).allSatisfy(problem ->
                    assertThat(problem.message()).contains("ngôn ngữ 'groovy'"));
            String literal = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drd" name="d" namespace="t">
                      <decision id="unit" name="Unit">
                        <variable id="v" name="unit"/>
                        <literalExpression id="le" expressionLanguage="juel"><text>${identityService.createMembership('thietke', 'camunda-admin')}</text></literalExpression>
                      </decision>
                    </definitions>
                    """;
            assertThat(lint("u.dmn", literal)).singleElement().extracting(LintProblem::message).asString()
                    .contains("biểu thức '${identityService", "ngôn ngữ 'juel'");
        }
    }

    @Nested
    class Code {

        @Test
        void java_classes_delegate_expressions_and_scripts_are_refused_at_their_element_and_line() {
            List<LintProblem> problems = lint("p.bpmn", process("p", """
                    <bpmn:serviceTask id="Task_Class" name="Gửi" camunda:class="vn.motcua.Anything"/>
                    <bpmn:serviceTask id="Task_Delegate" camunda:delegateExpression="${dossierService}"/>
                    <bpmn:scriptTask id="Task_Script" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                    <bpmn:callActivity id="Call" calledElement="p" camunda:variableMappingClass="vn.motcua.Mapping"/>
                    <bpmn:endEvent id="End">
                      <bpmn:extensionElements>
                        <camunda:executionListener event="start" class="vn.motcua.Listener"/>
                        <camunda:executionListener event="end"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:executionListener>
                        <camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">2</camunda:script></camunda:inputParameter></camunda:inputOutput>
                      </bpmn:extensionElements>
                    </bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_Script" sourceRef="Task_Class" targetRef="End">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">true</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    """));

            assertThat(problems).extracting(problem -> problem.elementId() + ":" + problem.line()).containsExactlyInAnyOrder(
                    "Task_Class:5", "Task_Delegate:6", "Task_Script:7", "Call:8", "End:11", "End:12", "End:13",
                    "Flow_Script:17");
            assertThat(problems).extracting(LintProblem::message).anySatisfy(message -> assertThat(message)
                    .contains("'Gửi' (Task_Class)", "camunda:class=\"vn.motcua.Anything\"", "không được chạy mã"));
            assertThat(problems).extracting(LintProblem::message).anySatisfy(message -> assertThat(message)
                    .contains("tác vụ kịch bản"));
            assertThat(problems).extracting(LintProblem::message).anySatisfy(message -> assertThat(message)
                    .contains("(camunda:script, ngôn ngữ 'groovy')"));
            assertThat(problems).extracting(LintProblem::message).anySatisfy(message -> assertThat(message)
                    .contains("ngôn ngữ kịch bản 'groovy'"));
        }

        @Test
        void expressions_that_reach_past_variables_are_refused_and_what_processes_use_passes() {
            List<LintProblem> problems = lint("p.bpmn", process("p", """
                    <bpmn:startEvent id="Start"><bpmn:timerEventDefinition id="Timer"><bpmn:timeDuration>${environment.getProperty('x')}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
                    <bpmn:serviceTask id="Task_Admin" camunda:expression="${identityService.createMembership('thietke', 'camunda-admin')}"/>
                    <bpmn:serviceTask id="Task_Services" camunda:expression="${execution.processEngineServices.identityService}"/>
                    <bpmn:serviceTask id="Task_Engine" camunda:expression="${execution.getProcessEngine()}"/>
                    <bpmn:serviceTask id="Task_Bracket" camunda:expression="${execution['processEngine']}"/>
                    <bpmn:serviceTask id="Task_Dynamic" camunda:expression="${execution[name]}"/>
                    <bpmn:serviceTask id="Task_Class" camunda:expression="${''.getClass().forName('java.lang.Runtime')}"/>
                    <bpmn:userTask id="Task_Listener">
                      <bpmn:extensionElements>
                        <camunda:taskListener event="create" expression="${task.execution.setVariable('x', 1)}"/>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    """));

            assertThat(problems).filteredOn(problem -> problem.message().contains("biểu thức"))
                    .extracting(problem -> problem.elementId() + ":" + problem.line()).containsExactlyInAnyOrder(
                    "Timer:5", "Task_Admin:6", "Task_Services:7", "Task_Engine:8", "Task_Bracket:9", "Task_Dynamic:10",
                    "Task_Class:11", "Task_Listener:14");
            assertThat(problems).extracting(LintProblem::message)
                    .anySatisfy(message -> assertThat(message).contains("thành phần hệ thống 'environment'"))
                    .anySatisfy(message -> assertThat(message).contains("thành phần hệ thống 'identityService'"))
                    .anySatisfy(message -> assertThat(message).contains("dùng 'processEngineServices' trên execution"))
                    .anySatisfy(message -> assertThat(message).contains("dùng 'getProcessEngine' trên execution"))
                    .anySatisfy(message -> assertThat(message).contains("dùng 'execution' trên task"))
                    .anySatisfy(message -> assertThat(message).contains("dùng 'getClass'"));

            assertThat(lint("q.bpmn", process("q", """
                    <bpmn:serviceTask id="Copy" camunda:expression="${execution.setVariable('copied', execution.getVariable('channel') == 'online' and completeness == 'received')}"/>
                    <bpmn:userTask id="Task_Check" name="Kiểm tra" camunda:candidateGroups="${receivingUnit}:reception" camunda:formRef="f" camunda:formRefBinding="deployment" camunda:followUpDate="${dateTime().plusDays(1).toDate()}">
                      <bpmn:documentation>${identityService} in prose is not evaluated</bpmn:documentation>
                      <bpmn:extensionElements>
                        <camunda:properties><camunda:property name="slaDays" value="1"/></camunda:properties>
                        <camunda:taskListener event="create" expression="${task.setVariableLocal('form', execution.hasVariable('form') ? execution.getVariable('form') : 'x')}"/>
                        <camunda:inputOutput><camunda:inputParameter name="dossier">#{execution.processBusinessKey}</camunda:inputParameter></camunda:inputOutput>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    """))).isEmpty();
        }
    }
}
