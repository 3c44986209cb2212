package vn.motcua.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.NewDossier;

/**
 * Demo dossiers of the dev profile: each of the six procedures with dossiers in several states
 * (online and waiting for the check, waiting for a supplement, refused, in handling, result ready,
 * returned), so that the Tasklist, Cockpit and the supervisor pages have something to show.
 * Created once, on an empty dossier register.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "motcua.demo.dossiers", havingValue = "true")
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    /** Answers that take every demo dossier down its usual path. */
    private static final Map<String, Object> USUAL_ANSWERS = Map.ofEntries(
            Map.entry("completeness", "received"),
            Map.entry("appraisalOutcome", "approve"),
            Map.entry("appraisalNote", "Hồ sơ đầy đủ, đúng quy định"),
            Map.entry("registrationNumber", "01/2025"),
            Map.entry("needsVerification", false),
            Map.entry("leaderDecision", "approve"),
            Map.entry("leaderNote", "Đồng ý"),
            Map.entry("feePaid", true),
            Map.entry("returnMethod", "counter"),
            Map.entry("resultReceivedBy", "Người nộp hồ sơ"));

    private record Sample(String procedureCode, String receivingUnit, String officer, Map<String, Object> details) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("1.001193", "000.01.01.H99", "tiepnhan.tandinh", Map.of("childName", "Nguyễn Minh Khôi",
                    "childBirthDate", "2025-11-20", "childSex", "nam", "birthPlace", "Bệnh viện Đa khoa tỉnh",
                    "relationship", "cha", "residenceCommune", "000.01.00.H99")),
            new Sample("1.000656", "000.02.01.H99", "tiepnhan.tanan", Map.of("deceasedName", "Trần Văn Lộc",
                    "deathDate", "2025-11-18", "deathPlace", "Tại nhà", "residenceCommune", "000.02.00.H99")),
            new Sample("1.000894", "000.03.01.H99", "tiepnhan.kinhbac", Map.of("partnerName", "Phạm Thu Trang",
                    "partnerIdNumber", "079301004321", "residenceCommune", "000.03.00.H99")),
            new Sample("2.000815", "000.01.01.H99", "tiepnhan.tandinh", Map.of("documentTitle", "Bằng tốt nghiệp đại học",
                    "pageCount", 5, "copies", 2, "residenceCommune", "000.01.00.H99")),
            new Sample("2.000488", "000.02.01.H99", "tiepnhan.tanan", Map.of("purpose", "Bổ sung hồ sơ xin việc",
                    "applicantType", "citizen")),
            // a commune-level procedure since 1 July 2025: the ward of the receiving center issues the permit
            new Sample("1.009994", "000.01.01.H99", "tiepnhan.tandinh", Map.of("constructionAddress", "Số 12 đường Lê Lợi, phường Tân Định",
                    "floorArea", 120, "floors", 3)));

    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung",
            "Hoàng Văn Em", "Võ Thị Phương", "Đặng Quốc Giang"};

    private final DossierService dossiers;
    private final TaskService tasks;
    private final JdbcClient jdbc;

    DemoDossiers(DossierService dossiers, TaskService tasks, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from dossier").query(Long.class).single() > 0) {
            return;
        }
        int created = 0;
        int person = 0;
        for (Sample sample : SAMPLES) {
            try {
                onlineWaitingForCheck(sample, person++);
                counter(sample, person++, "supplement", DossierStatus.SUPPLEMENT_REQUESTED);
                counter(sample, person++, "received", DossierStatus.PROCESSING);
                counter(sample, person++, "received", DossierStatus.RESULT_READY);
                counter(sample, person++, "received", DossierStatus.RESULT_RETURNED);
                created += 5;
            } catch (RuntimeException e) {
                log.warn("Demo dossiers of procedure {} not created: {}", sample.procedureCode(), e.getMessage());
            }
        }
        log.info("{} demo dossiers created", created);
    }

    private void onlineWaitingForCheck(Sample sample, int person) {
        dossiers.submit(new NewDossier(sample.procedureCode(), Channel.ONLINE, sample.receivingUnit(), applicant(person),
                null, null, null, sample.details()), List.of(), "demo", "demo-" + sample.procedureCode() + "-" + person);
    }

    private void counter(Sample sample, int person, String completeness, DossierStatus target) {
        Dossier dossier = dossiers.submit(new NewDossier(sample.procedureCode(), Channel.COUNTER, sample.receivingUnit(),
                applicant(person), completeness, "Giấy tờ chứng minh nơi cư trú", null, sample.details()), List.of(),
                sample.officer(), null);
        advance(dossier.id(), target);
    }

    /** Completes the dossier's tasks with the usual answers until it reaches the target status. */
    private void advance(String dossierId, DossierStatus target) {
        for (int step = 0; step < 12 && dossiers.get(dossierId).status().code() < target.code(); step++) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(dossierId).active().list();
            if (open.isEmpty()) {
                return;
            }
            for (Task task : open) {
                tasks.complete(task.getId(), USUAL_ANSWERS);
            }
        }
    }

    private static Applicant applicant(int person) {
        return new Applicant(NAMES[person % NAMES.length], String.format("0792010%05d", 10000 + person),
                "09" + String.format("%08d", 12345600 + person), null, "Phường Tân Định, tỉnh Mẫu");
    }
}
