package vn.motcua.dossier;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dossier's process never runs without its dossier: with no dossier there is no legal clock, so the
 * appointment, the statuses and the apology's new appointment would silently not take.
 */
@IntegrationTest
class DossierlessProcessIT extends EngineProcessTest {

    private static final String UNASSIGNED = "dossierless-unassigned-procedure";

    @Test
    void a_procedure_start_the_catalog_assigns_to_no_procedure_in_force_is_refused() {
        engine.getRepositoryService().createDeployment().name(UNASSIGNED).enableDuplicateFiltering(true)
                .addModelInstance(UNASSIGNED + ".bpmn", Bpmn.createExecutableProcess(UNASSIGNED).camundaHistoryTimeToLive(1)
                        .startEvent().endEvent().done())
                .deploy();
        var variables = ProcessDriver.dossierVariables("1.999570", ProcessDriver.TAN_AN_CENTER, "received");

        assertThatThrownBy(() -> driver.start(UNASSIGNED, variables))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("chưa được gán cho thủ tục đang có hiệu lực");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(UNASSIGNED)
                .count()).as("nothing of the refused start is kept").isZero();
    }

    @Test
    void an_apology_whose_dossier_is_not_there_is_refused_and_the_step_stays_open() {
        var variables = ProcessDriver.dossierVariables("2.001417", ProcessDriver.TAN_AN_CENTER, "received");
        variables.put("handlingUnit", ProcessDriver.JUSTICE_DEPARTMENT);
        variables.put("dossierId", UUID.randomUUID().toString());
        ProcessInstance apology = driver.start("common-apology", variables);
        String newAppointment = Instant.parse((String) variables.get("appointmentAt")).plus(7, ChronoUnit.DAYS).toString();

        assertThatThrownBy(() -> driver.complete(apology, "Task_Apologize",
                "apologyReason", "Cần xác minh thêm", "newAppointmentAt", newAppointment))
                .rootCause().isInstanceOf(ConflictException.class)
                .hasMessageContaining("chưa hẹn lại được ngày trả kết quả");
        assertThat(driver.openTasks(apology)).containsExactly("Task_Apologize");
    }
}
