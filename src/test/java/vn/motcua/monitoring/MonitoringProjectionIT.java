package vn.motcua.monitoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;

/** The read model follows dossiers created and moved through the API, in the same transaction. */
@IntegrationTest
class MonitoringProjectionIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Test
    void a_received_dossier_has_its_read_model_row_and_its_open_step() throws Exception {
        JsonNode dossier = receive("received", "079201007777");
        String id = dossier.get("id").asText();

        Map<String, Object> row = jdbc.sql("select * from monitoring_dossier where dossier_id = ?").param(id)
                .query().singleRow();
        assertThat(row.get("code")).isEqualTo(dossier.get("code").asText());
        assertThat(((Number) row.get("status")).intValue()).isEqualTo(dossier.get("status").asInt());
        assertThat(row.get("is_open")).isEqualTo(true);
        assertThat(row.get("channel")).isEqualTo("COUNTER");
        assertThat(row.get("received_on")).isNotNull();
        assertThat(row.get("appointment_at")).isNotNull();
        assertThat(row.get("responsible_unit")).isEqualTo(dossier.get("handlingUnit").asText());

        long openSteps = jdbc.sql("select count(*) from monitoring_step where dossier_id = ? and is_open")
                .param(id).query(Long.class).single();
        assertThat(openSteps).isEqualTo(1);
    }

    @Test
    void a_dossier_sent_back_for_supplement_at_the_counter_is_counted_but_not_open() throws Exception {
        JsonNode dossier = receive("supplement", "079201007778");
        Map<String, Object> row = jdbc.sql("select * from monitoring_dossier where dossier_id = ?")
                .param(dossier.get("id").asText()).query().singleRow();
        assertThat(row.get("is_open")).isEqualTo(false);
        assertThat(((Number) row.get("supplement_count")).intValue()).isEqualTo(1);
        assertThat(row.get("paused")).isEqualTo(false);
    }

    @Test
    void a_completed_step_closes_its_row_and_adds_to_the_day_aggregate_of_its_unit() throws Exception {
        JsonNode dossier = receive("received", "079201007779");
        String id = dossier.get("id").asText();
        Task appraise = taskService.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("Task_Appraise").singleResult();
        taskService.complete(appraise.getId(), Map.of("registrationNumber", "7/2026", "appraisalNote", "Đủ"));

        Map<String, Object> step = jdbc.sql("select * from monitoring_step where task_id = ?").param(appraise.getId())
                .query().singleRow();
        assertThat(step.get("is_open")).isEqualTo(false);
        assertThat(step.get("completed_at")).isNotNull();
        Map<String, Object> day = jdbc.sql("select * from monitoring_step_day where step_key = ? and unit_code = ?"
                        + " and compacted = false order by id desc fetch first 1 rows only")
                .params(step.get("step_key"), step.get("unit_code")).query().singleRow();
        assertThat(((Number) day.get("steps")).longValue()).isEqualTo(1);
        assertThat(((Number) day.get("working_millis")).longValue())
                .isEqualTo(((Number) step.get("working_millis")).longValue());
        // the completion's day in Vietnam, not in UTC
        assertThat(day.get("completed_on")).isEqualTo(Date.valueOf(((Timestamp) step.get("completed_at"))
                .toInstant().atZone(WorkingTimeCalculator.ZONE).toLocalDate()));
    }

    /** A birth registration at the Tân Định counter, received or sent back for supplement. */
    private JsonNode receive(String completeness, String applicantId) throws Exception {
        return json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .postForEntity("/api/dossiers", CounterDossiers.birthRegistration(completeness, applicantId),
                        String.class).getBody());
    }
}
