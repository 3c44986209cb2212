package vn.motcua.platform.engineapi;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;
import vn.motcua.organization.GroupIds;
import vn.motcua.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Two specialists of Tân Định click "Nhận việc" or "Hoàn thành" on the same task at the same moment, one
 * through /engine-rest, the other through the Tasklist's engine API: exactly one wins, the other gets a 409
 * problem+json saying who was first, and the step's outcome is written once.
 */
@IntegrationTest
class TaskConcurrencyIT {

    private static final int ROUNDS = 6;
    private static final String PASSWORD = "test-password";
    private static final String FIRST = "hotich.tandinh";
    private static final String SECOND = "hotich2.tandinh";

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void aSecondSpecialistAtTanDinh() {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(SECOND).count() == 0) {
            User user = identity.newUser(SECOND);
            user.setFirstName("Phan Văn");
            user.setLastName("Hùng");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(SECOND, GroupIds.of("000.01.00.H99", Role.SPECIALIST));
        }
    }

    @Test
    void two_officers_claiming_the_same_task_at_once_one_gets_it_the_other_409_with_the_winners_name() throws Exception {
        OfficerSession second = OfficerSession.login(port, SECOND, PASSWORD);
        assertThat(second.signedIn()).isTrue();
        for (int round = 0; round < ROUNDS; round++) {
            String taskId = appraisalTaskOfNewDossier(round);
            List<Answer> answers = race(
                    () -> Answer.of(officer(FIRST).postForEntity("/engine-rest/task/" + taskId + "/claim",
                            jsonEntity("{\"userId\": \"" + FIRST + "\"}"), String.class)),
                    () -> Answer.of(second.postToWebapp("/camunda/api/engine/engine/default/task/" + taskId + "/claim",
                            "{\"userId\": \"" + SECOND + "\"}")));

            String assignee = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
            assertThat(assignee).isIn(FIRST, SECOND);
            Answer loser = exactlyOneWinner(answers);
            assertThat(loser.body()).as("round %d", round)
                    .contains(assignee.equals(FIRST) ? "Trần Văn Minh nhận trước" : "Phan Văn Hùng nhận trước");
        }
    }

    @Test
    void two_officers_completing_the_same_task_at_once_the_step_is_done_once_and_the_other_gets_409() throws Exception {
        OfficerSession second = OfficerSession.login(port, SECOND, PASSWORD);
        for (int round = 0; round < ROUNDS; round++) {
            String taskId = appraisalTaskOfNewDossier(100 + round);
            String processInstanceId = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()
                    .getProcessInstanceId();
            engine.getTaskService().claim(taskId, FIRST);
            List<Answer> answers = race(
                    () -> Answer.of(officer(FIRST).postForEntity("/engine-rest/task/" + taskId + "/complete",
                            jsonEntity(completion("Hồ sơ đủ, người thứ nhất")), String.class)),
                    () -> Answer.of(second.postToWebapp("/camunda/api/engine/engine/default/task/" + taskId
                            + "/submit-form", completion("Hồ sơ đủ, người thứ hai"))));

            Answer loser = exactlyOneWinner(answers);
            assertThat(loser.body()).as("round %d", round).contains("Công việc đã được hoàn thành");
            // the loser wrote nothing: the note is the winner's, not overwritten by the other click
            String winnersNote = answers.get(0).status() / 100 == 2 ? "Hồ sơ đủ, người thứ nhất" : "Hồ sơ đủ, người thứ hai";
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                    .variableName("appraisalNote").list()).as("one appraisalNote, the winner's")
                    .singleElement().extracting(variable -> variable.getValue()).isEqualTo(winnersNote);
            assertThat(jdbc.sql("select count(*) from control_sheet_entry where task_id = ? and completed_at is not null")
                    .param(taskId).query(Long.class).single()).as("one control sheet line completed").isEqualTo(1);
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey("Task_Sign").count()).as("one next step").isEqualTo(1);
        }
    }

    @Test
    void completing_a_task_that_is_already_completed_is_409_not_404() throws Exception {
        String taskId = appraisalTaskOfNewDossier(200);
        engine.getTaskService().claim(taskId, FIRST);
        assertThat(officer(FIRST).postForEntity("/engine-rest/task/" + taskId + "/complete",
                jsonEntity(completion("Đủ")), String.class).getStatusCode().value()).isEqualTo(204);

        for (ResponseEntity<String> again : List.of(
                officer(SECOND).postForEntity("/engine-rest/task/" + taskId + "/complete", jsonEntity(completion("Đủ")), String.class),
                officer(SECOND).postForEntity("/engine-rest/task/" + taskId + "/claim",
                        jsonEntity("{\"userId\": \"" + SECOND + "\"}"), String.class))) {
            assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(409);
            assertThat(again.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(json.readTree(again.getBody()).get("detail").asText())
                    .isEqualTo("Công việc đã được hoàn thành bởi Trần Văn Minh.");
        }
    }

    @Test
    void an_unknown_task_is_a_404_problem() {
        ResponseEntity<String> answer = officer(FIRST).postForEntity("/engine-rest/task/khong-co/complete",
                jsonEntity("{}"), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody()).contains("Không tìm thấy công việc khong-co");
    }

    private Answer exactlyOneWinner(List<Answer> answers) {
        assertThat(answers).as(answers.toString()).filteredOn(answer -> answer.status() / 100 == 2).hasSize(1);
        List<Answer> losers = answers.stream().filter(answer -> answer.status() / 100 != 2).toList();
        assertThat(losers).as(answers.toString()).singleElement().satisfies(loser -> {
            assertThat(loser.status()).isEqualTo(409);
            assertThat(loser.contentType()).startsWith("application/problem+json");
        });
        return losers.get(0);
    }

    @SafeVarargs
    private static List<Answer> race(Callable<Answer>... requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        CountDownLatch ready = new CountDownLatch(requests.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<Answer> request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(1, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String appraisalTaskOfNewDossier(int round) throws Exception {
        ResponseEntity<String> receipt = officer("tiepnhan.tandinh").postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", String.format("07930%07d", round))), String.class);
        assertThat(receipt.getStatusCode().value()).as(receipt.getBody()).isEqualTo(201);
        JsonNode dossier = json.readTree(receipt.getBody());
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(dossier.get("id").asText())
                .taskDefinitionKey("Task_Appraise").singleResult().getId();
    }

    private static String completion(String note) {
        return """
                {"variables": {"registrationNumber": {"value": "1/2025"}, "appraisalNote": {"value": "%s"}}}""".formatted(note);
    }

    private TestRestTemplate officer(String username) {
        return http.withBasicAuth(username, PASSWORD);
    }

    record Answer(int status, String contentType, String body) {
        static Answer of(ResponseEntity<String> answer) {
            return new Answer(answer.getStatusCode().value(), String.valueOf(answer.getHeaders().getContentType()),
                    answer.getBody());
        }

        static Answer of(HttpResponse<String> answer) {
            return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        }
    }
}
