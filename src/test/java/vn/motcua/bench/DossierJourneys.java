package vn.motcua.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The journeys of a province day: which procedure a dossier follows, where it is received, and which
 * officer does what with which form values, from reception at the counter to the result returned. Both
 * the HTTP driver and the bare-engine baseline play the same journeys, so that they do the same work.
 *
 * <p>The mix of procedures and receiving centers is drawn per dossier number from a fixed seed: the
 * same number always gives the same journey. Request bodies and task variables are those of the
 * integration tests (JudicialRecordJourneyIT, the process ITs under {@code vn.motcua.process}).
 */
public final class DossierJourneys {

    /** The demo province's test password (application-test.yaml). */
    public static final String PASSWORD = "test-password";

    /** What a step of a journey does. */
    public enum Action {
        /** {@code POST /api/dossiers}; the process starts with the dossier's variables. */
        RECEIPT,
        /** An officer finds the task in their list, claims and completes it with form values. */
        TASK,
        /** {@code POST /api/dossiers/{id}/supplement}: completes {@code Task_RecordSupplement}. */
        SUPPLEMENT,
        /** {@code POST /api/dossiers/{id}/return}: completes {@code Task_ReturnResult}, status 10. */
        RETURN
    }

    /**
     * One step.
     *
     * @param action    what happens
     * @param taskKey   the task the step completes
     * @param officer   who does it
     * @param group     the officer's candidate group for the task
     * @param variables the form values (for RECEIPT, the procedure's fields)
     */
    public record Step(Action action, String taskKey, String officer, String group, Map<String, Object> variables) {
    }

    /**
     * A dossier's whole journey.
     *
     * @param number        the dossier's number in the run
     * @param procedureCode the catalog code
     * @param processKey    the BPMN process of the procedure
     * @param center        the receiving service center
     * @param applicantId   the applicant's 12-digit personal ID
     * @param supplement    whether the specialist asks for a supplement once
     * @param steps         receipt first, return last
     */
    public record Journey(int number, String procedureCode, String processKey, String center, String applicantId,
                          boolean supplement, List<Step> steps) {

        public Step receipt() {
            return steps.get(0);
        }

        /** Steps after reception that complete a user task. */
        public long taskCount() {
            return steps.stream().filter(step -> step.action() != Action.RECEIPT).count();
        }
    }

    /** A commune or ward: its center's and its committee's officers, its residence key for routing. */
    private record Commune(String center, String committee, String residence, String suffix) {
        String reception() {
            return "tiepnhan." + suffix;
        }

        String specialist() {
            return "hotich." + suffix;
        }

        String leader() {
            return "lanhdao." + suffix;
        }
    }

    private static final List<Commune> COMMUNES = List.of(
            new Commune("000.01.01.H99", "000.01.00.H99", "000.01.00.H99", "tandinh"),
            new Commune("000.02.01.H99", "000.02.00.H99", "000.02.00.H99", "tanan"),
            new Commune("000.03.01.H99", "000.03.00.H99", "000.03.00.H99", "kinhbac"));
    private static final String PROVINCE_CENTER = "000.00.01.H99";
    private static final String PROVINCE_RECEPTION = "tiepnhan.tinh";
    private static final String JUSTICE = "000.00.10.H99";

    /** Share of each procedure in a day, in percent: copies and civil status dominate at the counters. */
    private static final Map<String, Integer> MIX = mix();

    private static Map<String, Integer> mix() {
        Map<String, Integer> mix = new LinkedHashMap<>();
        mix.put("2.000815", 35); // certified copy
        mix.put("1.001193", 25); // birth registration
        mix.put("2.000488", 15); // judicial record (inter-unit: Department of Justice)
        mix.put("1.000656", 10); // death registration
        mix.put("1.000894", 8);  // marriage registration
        mix.put("1.009994", 7);  // house construction permit (the receiving commune since 1 July 2025)
        return mix;
    }

    private final long seed;
    private final double supplementShare;

    /**
     * @param seed            the seed of the mix
     * @param supplementShare share of dossiers (0..1) whose specialist asks for a supplement once
     */
    public DossierJourneys(long seed, double supplementShare) {
        this.seed = seed;
        this.supplementShare = supplementShare;
    }

    /** The procedure mix, code to percent. */
    public static Map<String, Integer> procedureMix() {
        return MIX;
    }

    /** The journey of dossier {@code number}. */
    public Journey journey(int number) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        int draw = random.nextInt(100);
        String code = null;
        for (var share : MIX.entrySet()) {
            draw -= share.getValue();
            if (draw < 0) {
                code = share.getKey();
                break;
            }
        }
        boolean supplement = random.nextDouble() < supplementShare;
        Commune commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
        String applicantId = "0792%08d".formatted(number % 100_000_000);
        return switch (code) {
            case "2.000815" -> certifiedCopy(number, commune, applicantId, supplement);
            case "1.001193" -> civilStatus(number, code, "birth-registration", commune, applicantId, supplement,
                    birthDetails(commune), "registrationNumber", number + "/2025");
            case "1.000656" -> civilStatus(number, code, "death-registration", commune, applicantId, supplement,
                    deathDetails(commune), "registrationNumber", number + "/2025");
            case "1.000894" -> marriage(number, commune, applicantId, supplement);
            case "2.000488" -> judicialRecord(number, random.nextInt(4), applicantId, supplement);
            default -> constructionPermit(number, commune, applicantId, supplement);
        };
    }

    private static Journey certifiedCopy(int number, Commune commune, String applicantId, boolean supplement) {
        List<Step> steps = new ArrayList<>();
        steps.add(receipt(commune.reception(), commune.center(), Map.of("documentName", "Bằng tốt nghiệp đại học",
                "documentIssuer", "Trường Đại học Luật", "pageCount", 5, "copies", 2)));
        steps.add(task("Task_CollectAtCounter", commune.reception(), commune.center() + ":reception", Map.of()));
        handling(steps, "Task_Certify", commune.specialist(), commune.committee(), commune.center(), commune.reception(),
                Map.of("appraisalOutcome", "approve", "certificationNumber", "SCT/BS " + number,
                        "appraisalNote", "Khớp bản chính"), supplement);
        steps.add(task("Task_Sign", commune.leader(), commune.committee() + ":leader", leaderApproves()));
        steps.add(returned(commune.reception(), commune.center()));
        return new Journey(number, "2.000815", "certified-copy", commune.center(), applicantId, supplement, steps);
    }

    private static Journey civilStatus(int number, String code, String processKey, Commune commune, String applicantId,
                                       boolean supplement, Map<String, Object> details, String numberField,
                                       String registrationNumber) {
        List<Step> steps = new ArrayList<>();
        steps.add(receipt(commune.reception(), commune.center(), details));
        handling(steps, "Task_Appraise", commune.specialist(), commune.committee(), commune.center(), commune.reception(),
                Map.of("appraisalOutcome", "approve", numberField, registrationNumber, "appraisalNote", "Đủ điều kiện"),
                supplement);
        steps.add(task("Task_Sign", commune.leader(), commune.committee() + ":leader", leaderApproves()));
        steps.add(returned(commune.reception(), commune.center()));
        return new Journey(number, code, processKey, commune.center(), applicantId, supplement, steps);
    }

    private static Journey marriage(int number, Commune commune, String applicantId, boolean supplement) {
        List<Step> steps = new ArrayList<>();
        steps.add(receipt(commune.reception(), commune.center(), Map.of("husbandName", "Trần Quốc Huy",
                "husbandId", "079098001234", "husbandBirthDate", "1998-04-12", "wifeName", "Lê Thị Thu",
                "wifeId", "079199004321", "wifeBirthDate", "1999-09-02", "residenceCommune", commune.residence())));
        handling(steps, "Task_Appraise", commune.specialist(), commune.committee(), commune.center(), commune.reception(),
                Map.of("appraisalOutcome", "approve", "needsVerification", true, "appraisalNote", "Cần xác minh"),
                supplement);
        steps.add(task("Task_Verify", commune.specialist(), commune.committee() + ":specialist",
                Map.of("verificationResult", "eligible", "verificationNote", "Chưa từng kết hôn")));
        steps.add(task("Task_Sign", commune.leader(), commune.committee() + ":leader", leaderApproves()));
        steps.add(returned(commune.reception(), commune.center()));
        return new Journey(number, "1.000894", "marriage-registration", commune.center(), applicantId, supplement, steps);
    }

    private static Journey judicialRecord(int number, int centerIndex, String applicantId, boolean supplement) {
        String center = centerIndex < COMMUNES.size() ? COMMUNES.get(centerIndex).center() : PROVINCE_CENTER;
        String reception = centerIndex < COMMUNES.size() ? COMMUNES.get(centerIndex).reception() : PROVINCE_RECEPTION;
        List<Step> steps = new ArrayList<>();
        steps.add(receipt(reception, center, Map.of("applicantType", "citizen", "requestType", "form-1",
                "purpose", "Xin việc làm", "copiesRequested", 1)));
        steps.add(task("Task_CollectAtCounter", reception, center + ":reception", Map.of()));
        handling(steps, "Task_Appraise", "chuyenvien.tuphap", JUSTICE, center, reception,
                Map.of("appraisalOutcome", "approve", "recordFinding", "no-record",
                        "findingSources", "Cơ sở dữ liệu lý lịch tư pháp", "appraisalNote", "Không có án tích"),
                supplement);
        steps.add(task("Task_Approve", "lanhdao.tuphap", JUSTICE + ":leader", Map.of("leaderDecision", "approve",
                "leaderNote", "Đồng ý", "certificateNumber", "LLTP-2025-" + number)));
        steps.add(returned(reception, center));
        return new Journey(number, "2.000488", "judicial-record", center, applicantId, supplement, steps);
    }

    private static Journey constructionPermit(int number, Commune commune, String applicantId, boolean supplement) {
        List<Step> steps = new ArrayList<>();
        steps.add(receipt(commune.reception(), commune.center(), Map.of(
                "constructionAddress", "Số 5 đường Hai Bà Trưng, phường Tân Định",
                "landParcel", "Thửa đất số 112, tờ bản đồ số 7", "landCertificateNumber", "DH 123456",
                "floorCount", 4, "totalFloorArea", 320.5)));
        steps.add(task("Task_CollectAtCounter", commune.reception(), commune.center() + ":reception", Map.of()));
        handling(steps, "Task_Appraise", commune.specialist(), commune.committee(), commune.center(), commune.reception(),
                Map.of("appraisalOutcome", "approve", "siteVisitDate", "2025-11-27",
                        "siteVisitNote", "Hiện trạng phù hợp bản vẽ", "appraisalNote", "Đề xuất cấp phép"),
                supplement);
        steps.add(task("Task_Approve", commune.leader(), commune.committee() + ":leader", leaderApproves()));
        steps.add(returned(commune.reception(), commune.center()));
        return new Journey(number, "1.009994", "house-construction-permit", commune.center(), applicantId, supplement,
                steps);
    }

    /**
     * The specialist's appraisal; with a supplement, first a request for it, the counter's notice to the
     * applicant and the supplement recorded at the counter, then the appraisal again.
     */
    private static void handling(List<Step> steps, String appraisalKey, String specialist, String handlingUnit,
                                 String center, String reception, Map<String, Object> approval, boolean supplement) {
        String specialists = handlingUnit + ":specialist";
        if (supplement) {
            steps.add(task(appraisalKey, specialist, specialists, Map.of("appraisalOutcome", "supplement",
                    "supplementReason", "Thiếu bản chụp CCCD", "appraisalNote", "Cần bổ sung")));
            steps.add(task("Task_NotifyApplicant", reception, center + ":reception", Map.of("notifyMethod", "phone")));
            steps.add(new Step(Action.SUPPLEMENT, "Task_RecordSupplement", reception, center + ":reception",
                    Map.of("supplementNote", "Đã nộp bản chụp CCCD")));
        }
        steps.add(task(appraisalKey, specialist, specialists, approval));
    }

    private static Step receipt(String reception, String center, Map<String, Object> details) {
        return new Step(Action.RECEIPT, null, reception, center + ":reception", details);
    }

    private static Step task(String key, String officer, String group, Map<String, Object> variables) {
        return new Step(Action.TASK, key, officer, group, variables);
    }

    private static Step returned(String reception, String center) {
        return new Step(Action.RETURN, "Task_ReturnResult", reception, center + ":reception",
                Map.of("returnMethod", "counter", "resultReceivedBy", "Người nộp hồ sơ"));
    }

    private static Map<String, Object> leaderApproves() {
        return Map.of("leaderDecision", "approve", "leaderNote", "Đồng ý");
    }

    private static Map<String, Object> birthDetails(Commune commune) {
        return Map.of("relationship", "cha", "childName", "Nguyễn Minh Khôi", "childBirthDate", "2025-06-30",
                "childSex", "nam", "birthPlace", "Bệnh viện Đa khoa tỉnh", "residenceCommune", commune.residence());
    }

    private static Map<String, Object> deathDetails(Commune commune) {
        return Map.of("relationship", "con", "deceasedName", "Nguyễn Văn Bình", "deceasedId", "079040001111",
                "deceasedBirthDate", "1940-02-01", "deathDate", "2025-11-20",
                "deathPlace", "Tại nhà riêng", "residenceCommune", commune.residence());
    }
}
