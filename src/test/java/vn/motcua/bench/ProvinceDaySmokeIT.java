package vn.motcua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.bench.DossierJourneys.Journey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province-day load driver on a small scale, so that {@link ProvinceDayBenchmark} keeps working:
 * 30 dossiers of the procedure mix (with supplements) played over HTTP by four concurrent officers all
 * reach status 10 with a complete control sheet, and the bare-engine baseline finishes its instances.
 * No timing is asserted.
 */
@IntegrationTest
class ProvinceDaySmokeIT {

    private static final int DOSSIERS = 30;
    private static final int OFFICERS = 4;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    DataSource dataSource;

    @Test
    void thirty_dossiers_of_the_mix_go_from_receipt_to_the_result_returned_over_http() throws Exception {
        HttpJourneys http = new HttpJourneys("http://localhost:" + port, json);
        // a third with a supplement, seeded apart from the benchmark's mix
        DossierJourneys journeys = new DossierJourneys(7L, 0.3);
        Map<String, Journey> played = new ConcurrentHashMap<>();
        ExecutorService officers = Executors.newFixedThreadPool(OFFICERS);
        try {
            List<Future<String>> dossiers = new ArrayList<>();
            for (int number = 0; number < DOSSIERS; number++) {
                Journey journey = journeys.journey(500_000 + number);
                dossiers.add(officers.submit(() -> {
                    String id = http.drive(journey);
                    played.put(id, journey);
                    return id;
                }));
            }
            for (Future<String> dossier : dossiers) {
                dossier.get(2, TimeUnit.MINUTES);
            }
        } finally {
            officers.shutdown();
        }

        assertThat(played).hasSize(DOSSIERS);
        assertThat(played.values().stream().map(Journey::procedureCode).distinct().count())
                .as("the mix has several procedures").isGreaterThanOrEqualTo(4);
        assertThat(played.values()).as("some dossiers are supplemented").anyMatch(Journey::supplement);
        for (var entry : played.entrySet()) {
            String reception = entry.getValue().receipt().officer();
            JsonNode dossier = http.get(reception, "/api/dossiers/" + entry.getKey());
            assertThat(dossier.get("status").asInt()).as(entry.getValue().toString()).isEqualTo(10);
            JsonNode sheet = http.get(reception, "/api/dossiers/" + entry.getKey() + "/control-sheet");
            assertThat(sheet.size()).as("one row per task").isEqualTo(entry.getValue().taskCount());
            for (JsonNode step : sheet) {
                assertThat(step.get("completedAt").isNull()).as(step.toString()).isFalse();
                assertThat(step.get("completedBy").asText()).as(step.toString()).isNotBlank();
            }
        }
    }

    @Test
    void the_bare_engine_baseline_finishes_the_same_journeys() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        DossierJourneys journeys = new DossierJourneys(7L, 0.5);
        try (BareEngine bare = BareEngine.start(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), 2, true)) {
            for (int number = 0; number < 6; number++) {
                String businessKey = bare.drive(journeys.journey(600_000 + number));
                HistoricProcessInstance instance = bare.engine().getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey).list().stream()
                        .filter(found -> found.getSuperProcessInstanceId() == null).findFirst().orElseThrow();
                assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
            }
            assertThat(bare.engine().getRuntimeService().createProcessInstanceQuery().count()).isZero();
        }
    }
}
