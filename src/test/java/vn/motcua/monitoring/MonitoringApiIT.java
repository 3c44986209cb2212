package vn.motcua.monitoring;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.monitoring.MonitoringSeed.Seeded;
import vn.motcua.organization.OrganizationService;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.monitoring.MonitoringSeed.*;

/**
 * The monitoring API on a seeded read model: two test communes of their own, March 2024 for the
 * statistics, and dossiers open now. Expected figures are computed here from the seed list with
 * plain predicates, not read back from the queries under test.
 */
@IntegrationTest
class MonitoringApiIT {

    private static final String PREFIX = "mon-" + UUID.randomUUID().toString().substring(0, 8);
    private static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    private static final LocalDate TO = LocalDate.of(2024, 3, 31);
    private static List<Seeded> seeded;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationService organization;

    @Autowired
    Deadlines deadlines;

    @Autowired
    TypicalStepDurations typical;

    @Autowired
    StepDayCompaction compaction;

    @BeforeEach
    void seed() {
        synchronized (MonitoringApiIT.class) {
            if (seeded != null) {
                return;
            }
            MonitoringSeed.organization(organization);
            List<Seeded> rows = new ArrayList<>(march2024(PREFIX));
            Instant now = Instant.now();
            // open now: due within the next working day, and one at risk (far appointment, short step)
            rows.add(new Seeded(PREFIX + "-soon", CENTER_A, "COUNTER", 4, now.minus(Duration.ofHours(3)),
                    deadlines.plusWorkingTime(now, Duration.ofHours(2)), null, null, null, false, false, 0, false));
            rows.add(new Seeded(PREFIX + "-risk", CENTER_A, "COUNTER", 4, now.minus(Duration.ofHours(3)),
                    now.plus(Duration.ofDays(30)), null, null, null, false, false, 0, false));
            rows.forEach(row -> insert(jdbc, row));
            // the risky step usually takes 10 working hours; this one has 1 left
            step(jdbc, PREFIX + "-t1", PREFIX + "-1", RISKY_STEP, COMMUNE_A, now.minus(Duration.ofDays(3)),
                    now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), Duration.ofHours(10).toMillis());
            step(jdbc, PREFIX + "-t2", PREFIX + "-2", RISKY_STEP, COMMUNE_A, now.minus(Duration.ofDays(3)),
                    now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), Duration.ofHours(10).toMillis());
            step(jdbc, PREFIX + "-t3", PREFIX + "-risk", RISKY_STEP, COMMUNE_A, now.minus(Duration.ofHours(3)),
                    deadlines.plusWorkingTime(now, Duration.ofHours(1)), null, null);
            typical.refresh();
            seeded = rows;
        }
    }

    private TestRestTemplate as(String officer) {
        return http.withBasicAuth(officer, PASSWORD);
    }

    private JsonNode get(String officer, String path) throws Exception {
        ResponseEntity<String> answer = as(officer).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private long count(Predicate<Seeded> condition) {
        return seeded.stream().filter(condition).count();
    }

    private static boolean inCommuneA(Seeded d) {
        return d.receivingUnit().equals(CENTER_A);
    }

    @Test
    void now_counts_open_overdue_due_soon_at_risk_and_paused_dossiers_of_the_supervisors_commune() throws Exception {
        Instant now = Instant.now();
        Instant soon = deadlines.plusWorkingTime(now, Duration.ofHours(8));
        JsonNode totals = get(SUPERVISOR_A, "/api/monitoring/now").get("totals");

        assertThat(totals.get("open").asLong()).isEqualTo(count(d -> inCommuneA(d) && d.open()));
        assertThat(totals.get("paused").asLong()).isEqualTo(count(d -> inCommuneA(d) && d.open() && d.paused()));
        assertThat(totals.get("overdue").asLong()).isEqualTo(count(d -> inCommuneA(d) && d.open() && !d.paused()
                && d.appointmentAt().isBefore(now)));
        assertThat(totals.get("dueSoon").asLong()).isEqualTo(count(d -> inCommuneA(d) && d.open() && !d.paused()
                && !d.appointmentAt().isBefore(now) && !d.appointmentAt().isAfter(soon)));
        assertThat(totals.get("atRisk").asLong()).isEqualTo(1);
    }

    @Test
    void drill_down_lists_overdue_dossiers_with_how_late_and_links_to_control_sheet_and_cockpit() throws Exception {
        JsonNode list = get(SUPERVISOR_A, "/api/monitoring/dossiers?state=overdue");
        assertThat(list).hasSize(1);
        JsonNode overdue = list.get(0);
        assertThat(overdue.get("id").asText()).isEqualTo(PREFIX + "-6");
        assertThat(overdue.get("lateWorkingHours").asDouble()).isGreaterThan(8 * 100);
        assertThat(overdue.get("controlSheet").asText()).isEqualTo("/api/dossiers/" + PREFIX + "-6/control-sheet");
        assertThat(overdue.get("cockpit").asText())
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/pi-" + PREFIX + "-6");

        assertThat(get(SUPERVISOR_A, "/api/monitoring/dossiers?state=atRisk").findValuesAsText("id"))
                .containsExactly(PREFIX + "-risk");
        assertThat(get(SUPERVISOR_A, "/api/monitoring/dossiers?state=dueSoon").findValuesAsText("id"))
                .containsExactly(PREFIX + "-soon");
        assertThat(as(SUPERVISOR_A).getForEntity("/api/monitoring/dossiers?state=late", String.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void statistics_of_march_match_the_seeded_dossiers() throws Exception {
        Instant start = march(1, 0);
        Instant end = april(1, 0);
        JsonNode rows = get(SUPERVISOR_A, "/api/monitoring/statistics?from=" + FROM + "&to=" + TO).get("units");
        assertThat(rows).hasSize(1);
        JsonNode a = rows.get(0);
        assertThat(a.get("unit").asText()).isEqualTo(CENTER_A);
        Predicate<Seeded> receivedInMarch = d -> inCommuneA(d) && !d.receivedAt().isBefore(start) && d.receivedAt().isBefore(end);
        assertThat(a.get("receivedCounter").asLong()).isEqualTo(count(receivedInMarch.and(d -> d.channel().equals("COUNTER"))));
        assertThat(a.get("receivedOnline").asLong()).isEqualTo(count(receivedInMarch.and(d -> d.channel().equals("ONLINE"))));
        assertThat(a.get("receivedPost").asLong()).isEqualTo(count(receivedInMarch.and(d -> d.channel().equals("POST"))));
        assertThat(a.get("carriedOver").asLong()).isEqualTo(count(d -> inCommuneA(d) && d.receivedAt().isBefore(start)
                && (d.finishedAt() == null || !d.finishedAt().isBefore(start))));
        Predicate<Seeded> resolvedInMarch = d -> inCommuneA(d) && d.finishedAt() != null
                && !d.finishedAt().isBefore(start) && d.finishedAt().isBefore(end);
        assertThat(a.get("resolvedEarly").asLong()).isEqualTo(count(resolvedInMarch.and(d -> "EARLY".equals(d.timeliness()))));
        assertThat(a.get("resolvedOnTime").asLong()).isEqualTo(count(resolvedInMarch.and(d -> "ON_TIME".equals(d.timeliness()))));
        assertThat(a.get("resolvedLate").asLong()).isEqualTo(count(resolvedInMarch.and(d -> "LATE".equals(d.timeliness()))));
        Predicate<Seeded> pendingAtEnd = d -> inCommuneA(d) && d.receivedAt().isBefore(end)
                && (d.finishedAt() == null || !d.finishedAt().isBefore(end));
        Predicate<Seeded> overdueAtEnd = d -> !d.paused() && d.appointmentAt().isBefore(end);
        assertThat(a.get("pendingOverdue").asLong()).isEqualTo(count(pendingAtEnd.and(overdueAtEnd)));
        assertThat(a.get("pendingWithinTime").asLong()).isEqualTo(count(pendingAtEnd.and(overdueAtEnd.negate())));
        assertThat(a.get("notCollected").asLong()).isEqualTo(count(d -> inCommuneA(d) && d.finishedAt() != null
                && d.finishedAt().isBefore(end) && (d.returnedAt() == null || !d.returnedAt().isBefore(end))));
        // the figures of the seed, spelled out for the reader
        assertThat(List.of(a.get("receivedCounter").asLong(), a.get("receivedOnline").asLong(),
                a.get("receivedPost").asLong(), a.get("carriedOver").asLong(), a.get("resolvedEarly").asLong(),
                a.get("resolvedOnTime").asLong(), a.get("resolvedLate").asLong(), a.get("pendingWithinTime").asLong(),
                a.get("pendingOverdue").asLong(), a.get("notCollected").asLong()))
                .containsExactly(3L, 3L, 1L, 1L, 1L, 2L, 2L, 2L, 1L, 2L);
    }

    @Test
    void statistics_export_as_csv_and_xlsx_with_the_same_figures() throws Exception {
        ResponseEntity<byte[]> csv = as(SUPERVISOR_A).getForEntity(
                "/api/monitoring/statistics.csv?from=" + FROM + "&to=" + TO, byte[].class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF\"Mã đơn vị\",\"Đơn vị\",\"Tiếp nhận trực tiếp\"");
        assertThat(lines[1]).isEqualTo("\"" + CENTER_A + "\",\"Trung tâm PVHCC xã Thử Nghiệm A\",3,3,1,7,1,1,2,2,2,1,2");
        assertThat(lines[2]).isEqualTo("\"\",\"Tổng cộng\",3,3,1,7,1,1,2,2,2,1,2");

        ResponseEntity<byte[]> xlsx = as(SUPERVISOR_A).getForEntity(
                "/api/monitoring/statistics.xlsx?from=" + FROM + "&to=" + TO, byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getFirst("Content-Disposition")).contains("thong-ke-2024-03-01-2024-03-31.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheet("Thống kê");
            assertThat(sheet.getRow(2).getCell(12).getStringCellValue()).isEqualTo("Chưa trả kết quả");
            Row unit = sheet.getRow(3);
            assertThat(unit.getCell(0).getStringCellValue()).isEqualTo(CENTER_A);
            assertThat(unit.getCell(5).getNumericCellValue()).isEqualTo(7);
            assertThat(unit.getCell(9).getNumericCellValue()).isEqualTo(2);
            assertThat(unit.getCell(12).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void trends_and_766_indicators_of_march() throws Exception {
        JsonNode trends = get(SUPERVISOR_A, "/api/monitoring/trends?from=" + FROM + "&to=" + TO);
        long counter = 0;
        for (JsonNode day : trends.get("receivedPerDay")) {
            counter += day.get("counter").asLong();
        }
        assertThat(counter).isEqualTo(3);
        JsonNode byUnit = trends.get("onTimeByUnit").get(0);
        assertThat(byUnit.get("key").asText()).isEqualTo(COMMUNE_A);
        // resolved in March: 1 early + 2 on time + 2 late
        assertThat(byUnit.get("resolved").asLong()).isEqualTo(5);
        assertThat(byUnit.get("rate").asDouble()).isEqualTo(0.6);

        JsonNode index = get(SUPERVISOR_A, "/api/monitoring/766?from=" + FROM + "&to=" + TO);
        // received in March: 7; resolved of those: 2 (early), 3 (on time), 4 (late), 5 (late), 8 (on time)
        assertThat(index.get("counts").get("received").asLong()).isEqualTo(7);
        assertThat(index.get("counts").get("resolved").asLong()).isEqualTo(5);
        assertThat(index.get("indicators").get("progress").asDouble()).isEqualTo(12.0); // 20 × 3/5
        assertThat(index.get("indicators").get("digitization").asDouble()).isEqualTo(9.43); // 22 × 3/7
        assertThat(index.get("indicators").get("transparency").isNull()).isTrue();
        assertThat(index.get("dossiers")).hasSize(7);
    }

    @Test
    void the_bottleneck_average_is_the_same_before_and_after_the_step_aggregate_is_compacted() throws Exception {
        String key = "compaction/Task_Count";
        Instant now = Instant.now();
        Instant completed = now.minus(Duration.ofDays(1));
        step(jdbc, PREFIX + "-c1", PREFIX + "-1", key, COMMUNE_A, now.minus(Duration.ofDays(3)), now, completed,
                Duration.ofHours(10).toMillis());
        step(jdbc, PREFIX + "-c2", PREFIX + "-2", key, COMMUNE_A, now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)), completed, Duration.ofHours(6).toMillis());
        LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);
        String trends = "/api/monitoring/trends?from=" + today.minusDays(7) + "&to=" + today;
        Predicate<JsonNode> ofKey = step -> step.get("stepKey").asText().equals(key);

        JsonNode fromDeltas = find(get(SUPERVISOR_A, trends).get("stepDurations"), ofKey);
        assertThat(fromDeltas.get("completed").asLong()).isEqualTo(2);
        assertThat(fromDeltas.get("averageWorkingHours").asDouble()).isEqualTo(8.0);
        assertThat(fromDeltas.get("late").asLong()).isEqualTo(1);

        compaction.compact();
        // a later completion is folded into the compacted row of its day, step and unit
        step(jdbc, PREFIX + "-c3", PREFIX + "-3", key, COMMUNE_A, now.minus(Duration.ofDays(3)), now, completed,
                Duration.ofHours(2).toMillis());
        while (compaction.compact() > 0) {
            // other tests' deltas may fill a batch
        }
        JsonNode compacted = find(get(SUPERVISOR_A, trends).get("stepDurations"), ofKey);
        assertThat(compacted.get("completed").asLong()).isEqualTo(3);
        assertThat(compacted.get("averageWorkingHours").asDouble()).isEqualTo(6.0);
        assertThat(compacted.get("late").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from monitoring_step_day where step_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(find(get(SUPERVISOR_B, trends).get("stepDurations"), ofKey)).isNull();
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode element : array) {
            if (test.test(element)) {
                return element;
            }
        }
        return null;
    }

    @Test
    void a_commune_supervisor_does_not_see_another_communes_numbers() throws Exception {
        assertThat(as(SUPERVISOR_A).getForEntity("/api/monitoring/now?unit=" + CENTER_B, String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(as(SUPERVISOR_A).getForEntity("/api/monitoring/statistics?unit=" + COMMUNE_B + "&from=" + FROM
                + "&to=" + TO, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(get(SUPERVISOR_A, "/api/monitoring/dossiers?state=open").findValuesAsText("id"))
                .doesNotContain(PREFIX + "-9");
        assertThat(get(SUPERVISOR_B, "/api/monitoring/dossiers?state=open").findValuesAsText("id"))
                .contains(PREFIX + "-9").noneMatch(id -> id.startsWith(PREFIX) && !id.equals(PREFIX + "-9"));
        JsonNode statisticsB = get(SUPERVISOR_B, "/api/monitoring/statistics?from=" + FROM + "&to=" + TO).get("units");
        assertThat(statisticsB.findValuesAsText("unit")).containsExactly(CENTER_B);
        // the provincial supervisor sees both; a reception officer sees nothing
        assertThat(get("giamsat.tinh", "/api/monitoring/statistics?from=" + FROM + "&to=" + TO).get("units")
                .findValuesAsText("unit")).contains(CENTER_A, CENTER_B);
        assertThat(as("tiepnhan.tandinh").getForEntity("/api/monitoring/now", String.class).getStatusCode().value())
                .isEqualTo(403);
    }
}
