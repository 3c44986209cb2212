package vn.motcua.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotcuaApplication;
import vn.motcua.portal.PortalSimulatorConfiguration;
import vn.motcua.postgres.EmbeddedPostgresConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input against every public API: malformed JSON, wrong types, 1 MB strings, invalid Unicode (lone
 * surrogates, overlong UTF-8), unknown enum values, garbage in paths and queries, hostile file names and
 * oversized uploads. The answer is always a 4xx problem+json with a Vietnamese detail, never a 5xx, and
 * nothing is written (dossiers, documents, payments, e-receipts are counted before and after).
 *
 * <p>jqwik does not run Spring's JUnit Jupiter extension, so the class starts the application itself,
 * once, as {@code @IntegrationTest} does: test profile, embedded PostgreSQL, portal simulator, random port.
 */
@PropertyDefaults(tries = 60, shrinking = ShrinkingMode.OFF)
class BadInputFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ]");
    private static final String PASSWORD = "test-password";

    private static ConfigurableApplicationContext app;
    private static JdbcClient jdbc;
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An API that reads a JSON body: where, as whom, and a valid body to break. */
    record JsonEndpoint(String method, String path, String user, String password, String validBody, Map<String, String> headers) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<JsonEndpoint> JSON_ENDPOINTS = List.of(
            new JsonEndpoint("POST", "/api/dossiers", "tiepnhan.tandinh", PASSWORD, """
                    {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "000.01.01.H99",
                     "applicant": {"name": "Trần Thị Bình", "idNumber": "079201000001", "phone": "0901234567"},
                     "completeness": "received",
                     "details": {"childName": "Trần Gia Bảo", "childBirthDate": "2025-11-20", "childSex": "nam",
                                 "birthPlace": "Bệnh viện tỉnh", "residenceCommune": "000.01.00.H99"}}""", Map.of()),
            new JsonEndpoint("POST", "/api/dossiers/online", "dvcqg", "portal-test-secret", """
                    {"procedureCode": "1.001193", "receivingUnit": "000.02.01.H99",
                     "applicant": {"name": "Lê Văn Cường", "idNumber": "079200000009"},
                     "details": {"childName": "Lê Minh Anh", "residenceCommune": "000.02.00.H99"}}""", Map.of("Idempotency-Key", "")),
            new JsonEndpoint("POST", "/api/portal/submissions", "dvcqg", "portal-test-secret", """
                    {"MaHoSoQG": "G22.99-FUZZ", "MaTTHC": "1.001193", "MaDonViTiepNhan": "000.02.01.H99",
                     "ChuHoSo": {"HoTen": "Lê Văn Cường", "SoGiayTo": "079201005009", "SoDienThoai": "0912345678"},
                     "XacThucVNeID": true,
                     "ThongTinKhac": {"childName": "Lê Minh Anh", "residenceCommune": "000.02.00.H99"}}""", Map.of()),
            new JsonEndpoint("POST", "/api/dossiers/" + UUID.randomUUID() + "/return", "tiepnhan.tandinh", PASSWORD, """
                    {"returnMethod": "counter", "receivedBy": "Trần Thị Bình"}""", Map.of()),
            new JsonEndpoint("PUT", "/api/organization/units/000.99.99.H99", "quantri", PASSWORD, """
                    {"name": "Đơn vị thử", "kind": "COMMUNE", "parent": "000.00.00.H99"}""", Map.of()),
            new JsonEndpoint("PUT", "/api/organization/officers/fuzz.officer", "quantri", PASSWORD, """
                    {"name": "Cán bộ thử", "unit": "000.01.00.H99", "roles": ["specialist"]}""", Map.of()),
            new JsonEndpoint("PUT", "/api/sla/calendar/2031", "quantri", PASSWORD, """
                    {"days": [{"date": "2031-01-01", "kind": "HOLIDAY", "name": "Tết Dương lịch"}]}""", Map.of()),
            new JsonEndpoint("POST", "/api/catalog/migrations", "thietke", PASSWORD, """
                    {"procedureCode": "1.001193", "fromVersion": 1, "toVersion": 2}""", Map.of()),
            new JsonEndpoint("POST", "/api/receipts/" + UUID.randomUUID() + "/cancellation", "tiepnhan.tandinh", PASSWORD, """
                    {"reason": "Ghi sai số tiền"}""", Map.of()),
            new JsonEndpoint("POST", "/api/receipts/" + UUID.randomUUID() + "/replacement", "tiepnhan.tandinh", PASSWORD, """
                    {"reason": "Ghi sai tên người nộp"}""", Map.of()));

    /** Reads (and parameterless actions) with a path or query to break: {@code {x}} is replaced by the garbage. */
    static final List<String[]> READS = List.of(
            new String[] {"GET", "/api/dossiers/{x}", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers?status={x}", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/control-sheet", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/status-history", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/receipt.pdf", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/supplement-request.pdf", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/refusal.pdf", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/complex-case-notice.pdf", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/apology-letter.pdf", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/stop-notice.pdf", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/control-sheet.pdf", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/counters/{x}/tracking-book.pdf?day=2026-12-07", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/counters/000.01.01.H99/tracking-book.pdf?day={x}", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/counters/000.01.01.H99/tracking-book.pdf?month={x}", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/dossiers/{x}/documents/{x}", "tiepnhan.tandinh"},
            new String[] {"POST", "/api/dossiers/{x}/withdrawal", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/public/dossiers/{x}?applicantId={x}", null},
            new String[] {"GET", "/api/catalog/procedures/{x}", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/catalog/procedures?date={x}", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/organization/units?parent={x}", "quantri"},
            new String[] {"GET", "/api/monitoring/now?unit={x}", "giamsat.tinh"},
            new String[] {"GET", "/api/monitoring/dossiers?state={x}&limit={x}", "giamsat.tinh"},
            new String[] {"GET", "/api/monitoring/trends?from={x}&to=2025-12-31", "giamsat.tinh"},
            new String[] {"GET", "/api/monitoring/statistics?from=2025-01-01&to={x}", "giamsat.tinh"},
            new String[] {"GET", "/api/monitoring/statistics.csv?from={x}&to={x}", "giamsat.tinh"},
            new String[] {"GET", "/api/monitoring/statistics.xlsx?from={x}&to=2025-12-31", "giamsat.tinh"},
            new String[] {"GET", "/api/monitoring/766?from=2025-01-01&to=2025-12-31&offset={x}", "giamsat.tinh"},
            new String[] {"GET", "/api/receipts?dossierId={x}", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/receipts/{x}", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/receipts/{x}/pdf", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/payments/reconciliation?limit={x}", "giamsat.tinh"},
            new String[] {"POST", "/api/payments/reconciliation/{x}/receipt", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/portal/outbox?state={x}", "giamsat.tinh"},
            new String[] {"GET", "/api/portal/reconciliation?limit={x}", "giamsat.tinh"},
            new String[] {"POST", "/api/portal/reconciliation/{x}/resend", "giamsat.tinh"},
            new String[] {"GET", "/api/notifications?limit={x}", "tiepnhan.tandinh"},
            new String[] {"POST", "/api/notifications/{x}/read", "tiepnhan.tandinh"},
            new String[] {"GET", "/api/audit?limit={x}", "quantri"},
            new String[] {"GET", "/api/sla/calendar/{x}", "quantri"});

    @BeforeContainer
    static void startTheApplication() {
        app = new SpringApplicationBuilder(MotcuaApplication.class, EmbeddedPostgresConfiguration.class,
                PortalSimulatorConfiguration.class).profiles("test")
                // its own engine and no webapps, which it does not need (applications side by side with
                // webapps are TwoApplicationsOneJvmIT's subject)
                .properties("server.port=0", "camunda.bpm.process-engine-name=fuzz", "camunda.bpm.webapp.enabled=false").run();
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterContainer
    static void stopTheApplication() {
        if (app != null) {
            app.close();
        }
    }

    // ---- JSON bodies ----

    @Property
    void malformed_json_is_a_400_problem(@ForAll("jsonEndpoints") JsonEndpoint endpoint, @ForAll("malformedJson") String body) {
        refusedWithoutWrites(endpoint, body.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void a_field_of_the_wrong_type_is_a_400_problem(@ForAll("jsonEndpoints") JsonEndpoint endpoint,
                                                    @ForAll("wrongTypes") JsonNode wrong, @ForAll("picks") int pick) {
        refusedWithoutWrites(endpoint, mutate(endpoint.validBody(), pick, field -> wrongFor(field, wrong)));
    }

    @Property(tries = 30)
    void a_one_megabyte_string_is_a_4xx_problem(@ForAll("jsonEndpoints") JsonEndpoint endpoint, @ForAll("picks") int pick) {
        String huge = "Ă".repeat(512 * 1024); // 1 MB in UTF-8
        byte[] body = mutate(endpoint.validBody(), pick, field -> field.isTextual() ? JsonNodeFactory.instance.textNode(huge) : null);
        if (body.length < huge.length()) {
            return; // no text field at that pick
        }
        refusedWithoutWrites(endpoint, body);
    }

    @Property
    void invalid_unicode_is_a_400_problem(@ForAll("jsonEndpoints") JsonEndpoint endpoint, @ForAll("picks") int pick,
                                          @ForAll("invalidUnicode") String kind) {
        String marker = "\u0001FUZZ\u0001";
        byte[] body = mutate(endpoint.validBody(), pick, field -> field.isTextual()
                ? JsonNodeFactory.instance.textNode(field.asText() + marker) : null);
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains("\\u0001FUZZ\\u0001")) {
            return; // no text field at that pick
        }
        byte[] broken = switch (kind) {
            case "lone-high-surrogate" -> text.replace("\\u0001FUZZ\\u0001", "\\uD83D").getBytes(StandardCharsets.UTF_8);
            case "lone-low-surrogate" -> text.replace("\\u0001FUZZ\\u0001", "\\uDC00x").getBytes(StandardCharsets.UTF_8);
            default -> replaceWithBytes(text, "\\u0001FUZZ\\u0001", switch (kind) {
                case "overlong-slash" -> new byte[] {(byte) 0xC0, (byte) 0xAF};
                case "overlong-nul" -> new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80};
                case "raw-surrogate" -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
                default -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            });
        };
        refusedWithoutWrites(endpoint, broken);
    }

    @Property
    void an_unknown_enum_value_is_a_400_problem(@ForAll("enumFields") String[] endpointAndField, @ForAll("unknownWords") String value) {
        JsonEndpoint endpoint = JSON_ENDPOINTS.stream().filter(e -> e.toString().equals(endpointAndField[0])).findFirst().orElseThrow();
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(endpoint.validBody());
            body.put(endpointAndField[1], value);
            refusedWithoutWrites(endpoint, JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- paths and queries ----

    @Property(tries = 120)
    void garbage_in_paths_and_queries_is_never_a_server_error(@ForAll("reads") String[] read, @ForAll("garbage") String garbage) {
        Counts before = Counts.now();
        String path = read[1].replace("{x}", URLEncoder.encode(garbage, StandardCharsets.UTF_8).replace("+", "%20"));
        HttpResponse<String> answer = send(read[0], path, read[2], passwordOf(read[2]), null, null, Map.of());
        assertThat(answer.statusCode()).as("%s %s → %s", read[0], path, answer.body()).isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertProblem(read[0] + " " + path, answer);
        }
        assertThat(Counts.now()).as(path).isEqualTo(before);
    }

    // ---- the payment gateway's callback ----

    @Property(tries = 80)
    void a_garbled_payment_callback_is_answered_by_the_protocol_and_pays_nothing(@ForAll("ipnQueries") String query) {
        Counts before = Counts.now();
        HttpResponse<String> answer = send("GET", "/api/public/payments/vnpay/ipn?" + query, null, null, null, null, Map.of());
        assertThat(answer.statusCode()).as(query + " → " + answer.body()).isEqualTo(200);
        assertThat(answer.body()).as(query).containsPattern("\"RspCode\"\\s*:\\s*\"(97|01|99|04|02)\"");
        assertThat(Counts.now()).isEqualTo(before);
    }

    // ---- uploads ----

    @Property(tries = 40)
    void a_file_name_with_a_path_is_a_400_problem_naming_the_file_and_writes_nothing(@ForAll("pathFileNames") String fileName) {
        Counts before = Counts.now();
        Multipart upload = new Multipart().json("dossier", withApplicantId(JSON_ENDPOINTS.get(0).validBody(), fileName))
                .file("files", fileName, "application/pdf", "%PDF-1.4 fuzz".getBytes());
        HttpResponse<String> answer = send("POST", "/api/dossiers", "tiepnhan.tandinh", PASSWORD, upload.contentType(), upload.bytes(), Map.of());
        assertThat(answer.statusCode()).as(fileName + " → " + answer.body()).isEqualTo(400);
        assertProblem("upload " + fileName, answer);
        assertThat(detailOf(answer)).as(fileName).containsIgnoringCase("tệp");
        // the name is shown as sent unless it holds what the answer masks: controls, bidi overrides, broken Unicode
        if (fileName.chars().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) && fileName.length() < 80
                && !fileName.isBlank()) {
            assertThat(detailOf(answer)).as(fileName).contains("\"" + fileName.strip() + "\"");
        }
        assertThat(Counts.now()).as(fileName).isEqualTo(before);
    }

    @Property(tries = 10)
    void an_ordinary_file_name_is_stored_as_sent(@ForAll("plainFileNames") String fileName) {
        // the declared type and the bytes follow the extension: a mismatch is refused (FileSignatures)
        String lower = fileName.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".jpg") ? "image/jpeg" : lower.endsWith(".png") ? "image/png" : "application/pdf";
        byte[] content = switch (type) {
            case "image/jpeg" -> new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
            case "image/png" -> new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
            default -> "%PDF-1.4 fuzz".getBytes();
        };
        Multipart upload = new Multipart().json("dossier", withApplicantId(JSON_ENDPOINTS.get(0).validBody(), fileName))
                .file("files", fileName, type, content);
        HttpResponse<String> answer = send("POST", "/api/dossiers", "tiepnhan.tandinh", PASSWORD, upload.contentType(), upload.bytes(), Map.of());
        assertThat(answer.statusCode()).as(fileName + " → " + answer.body()).isEqualTo(201);
        String dossierId = readJson(answer.body()).path("id").asText();
        assertThat(jdbc.sql("select file_name from dossier_document where dossier_id = ?").param(dossierId).query(String.class).list())
                .containsExactly(fileName);
    }

    @Example
    void a_path_in_one_of_several_file_names_refuses_the_whole_dossier() {
        Counts before = Counts.now();
        Multipart upload = new Multipart().json("dossier", JSON_ENDPOINTS.get(0).validBody())
                .file("files", "Tờ khai đăng ký khai sinh.pdf", "application/pdf", "%PDF-1.4 a".getBytes())
                .file("files", "..\\..\\windows\\win.ini", "application/pdf", "%PDF-1.4 b".getBytes());
        HttpResponse<String> answer = send("POST", "/api/dossiers", "tiepnhan.tandinh", PASSWORD, upload.contentType(), upload.bytes(), Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertProblem("second file name with a path", answer);
        assertThat(detailOf(answer)).contains("Tên tệp \"").contains("đường dẫn");
        assertThat(Counts.now()).isEqualTo(before);
    }

    @Example
    void an_upload_over_the_limit_is_a_413_problem_and_writes_nothing() {
        Counts before = Counts.now();
        byte[] big = new byte[21 * 1024 * 1024]; // over spring.servlet.multipart.max-file-size (20 MB)
        Multipart upload = new Multipart().json("dossier", JSON_ENDPOINTS.get(0).validBody()).file("files", "ban-ve.pdf", "application/pdf", big);
        HttpResponse<String> answer = send("POST", "/api/dossiers", "tiepnhan.tandinh", PASSWORD, upload.contentType(), upload.bytes(), Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertProblem("oversized upload", answer);
        assertThat(Counts.now()).isEqualTo(before);
    }

    @Example
    void a_file_over_the_dossier_limit_but_under_the_servlet_limit_is_a_400_problem() {
        Counts before = Counts.now();
        byte[] big = new byte[11 * 1024 * 1024]; // over motcua's 10 MB per document
        Multipart upload = new Multipart().json("dossier", JSON_ENDPOINTS.get(0).validBody()).file("files", "ban-ve.pdf", "application/pdf", big);
        HttpResponse<String> answer = send("POST", "/api/dossiers", "tiepnhan.tandinh", PASSWORD, upload.contentType(), upload.bytes(), Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertProblem("10 MB upload", answer);
        assertThat(Counts.now()).isEqualTo(before);
    }

    @Property(tries = 30)
    void a_catalog_import_of_garbage_is_a_4xx_problem(@ForAll("hostileFileNames") String fileName, @ForAll("garbage") String content) {
        Counts before = Counts.now();
        Multipart upload = new Multipart().file("file", fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                content.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send("POST", "/api/catalog/imports", "thietke", PASSWORD, upload.contentType(), upload.bytes(), Map.of());
        assertThat(answer.statusCode()).as(fileName + " → " + answer.body()).isBetween(400, 499);
        assertProblem("catalog import " + fileName, answer);
        assertThat(Counts.now()).isEqualTo(before);
    }

    @Property(tries = 20)
    void a_catalog_import_whose_file_name_has_a_path_is_a_400_problem(@ForAll("pathFileNames") String fileName) {
        Counts before = Counts.now();
        // a blank name stays blank: ".csv" would be a plain name
        Multipart upload = new Multipart().file("file", fileName.isBlank() ? fileName : fileName + ".csv", "text/csv",
                "STT;Mã thủ tục;Tên thủ tục\n1;1.001193;Đăng ký khai sinh\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send("POST", "/api/catalog/imports", "thietke", PASSWORD, upload.contentType(), upload.bytes(), Map.of());
        assertThat(answer.statusCode()).as(fileName + " → " + answer.body()).isEqualTo(400);
        assertProblem("catalog import " + fileName, answer);
        assertThat(detailOf(answer)).as(fileName).containsIgnoringCase("tệp");
        assertThat(Counts.now()).isEqualTo(before);
    }

    // ---- the container's limits ----

    @Example
    void a_request_line_over_tomcats_limit_is_a_400_problem() {
        for (String path : List.of("/api/dossiers?status=" + "a".repeat(20 * 1024), "/api/" + "b".repeat(20 * 1024),
                "/trang-chu?q=" + "c".repeat(20 * 1024))) {
            HttpResponse<String> answer = send("GET", path, "tiepnhan.tandinh", PASSWORD, null, null, Map.of());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertProblem("20 KB request line", answer);
            assertThat(detailOf(answer)).contains("quá dài");
        }
    }

    @Example
    void a_header_over_tomcats_limit_is_a_400_problem() {
        Counts before = Counts.now();
        for (String[] request : List.of(new String[] {"GET", "/api/dossiers"}, new String[] {"POST", "/api/dossiers"},
                new String[] {"GET", "/engine-rest/task"})) {
            HttpResponse<String> answer = send(request[0], request[1], "tiepnhan.tandinh", PASSWORD, "application/json",
                    request[0].equals("POST") ? JSON_ENDPOINTS.get(0).validBody().getBytes(StandardCharsets.UTF_8) : null,
                    Map.of("X-Ghi-Chu", "d".repeat(20 * 1024)));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertProblem("20 KB header", answer);
            assertThat(detailOf(answer)).contains("quá dài");
        }
        assertThat(Counts.now()).isEqualTo(before);
    }

    // ---- free-form objects (dossier details, the portal's ThongTinKhac) ----

    @Property(tries = 60)
    void broken_unicode_anywhere_in_a_free_form_object_is_a_400_problem_naming_the_field(
            @ForAll("freeFormEndpoints") String[] endpointAndField, @ForAll("freeFormBreaks") FreeFormBreak broken) {
        JsonEndpoint endpoint = JSON_ENDPOINTS.stream().filter(e -> e.toString().equals(endpointAndField[0])).findFirst().orElseThrow();
        String field = endpointAndField[1];
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(endpoint.validBody());
            ((ObjectNode) body.get(field)).put(broken.firstKey(), "@@BROKEN@@");
            String text = JSON.writeValueAsString(body).replace("\"@@BROKEN@@\"", broken.json());
            HttpResponse<String> answer = refusedWithoutWrites(endpoint, text.getBytes(StandardCharsets.UTF_8));
            String path = field + "." + broken.firstKey() + broken.innerPath();
            assertThat(detailOf(answer)).as(text).isEqualTo(broken.inKey()
                    ? "Trường \"" + path + "\" có tên trường con chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng)."
                    : "Trường \"" + path + "\" chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng).");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Example
    void a_broken_key_at_the_top_of_the_dossier_details_is_a_400_problem_naming_details() {
        JsonEndpoint counter = JSON_ENDPOINTS.get(0);
        HttpResponse<String> answer = refusedWithoutWrites(counter, counter.validBody()
                .replace("\"childName\"", "\"child\\uD800Name\"").getBytes(StandardCharsets.UTF_8));
        assertThat(detailOf(answer)).isEqualTo("Trường \"details\" có tên trường con chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng).");
    }

    // ---- regressions: each 5xx the properties found, as a fixed example ----

    @Example
    void a_payment_callback_with_a_nul_byte_is_answered_by_the_protocol_not_a_500() {
        HttpResponse<String> answer = send("GET", "/api/public/payments/vnpay/ipn?vnp_TxnRef=%00&vnp_Amount=1", null, null, null, null, Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"RspCode\"");
    }

    @Example
    void a_nul_in_a_query_parameter_is_a_400_problem_naming_it_not_a_500() {
        HttpResponse<String> answer = send("GET", "/api/monitoring/now?unit=a%00b", "giamsat.tinh", PASSWORD, null, null, Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertProblem("NUL in a query parameter", answer);
        assertThat(detailOf(answer)).isEqualTo("Tham số \"unit\" chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng).");
    }

    @Example
    void a_pdf_asked_for_as_json_is_a_406_problem() {
        HttpResponse<String> answer = send("GET", "/api/dossiers/" + UUID.randomUUID() + "/receipt.pdf", "tiepnhan.tandinh", PASSWORD,
                null, null, Map.of());
        assertThat(answer.statusCode()).isEqualTo(406);
        assertProblem("receipt.pdf as JSON", answer);
    }

    @Example
    void a_file_name_with_a_nul_byte_is_a_400_problem_not_a_500() {
        Counts before = Counts.now();
        Multipart upload = new Multipart().json("dossier", JSON_ENDPOINTS.get(0).validBody())
                .file("files", "giay-to\u0000.pdf", "application/pdf", "%PDF-1.4".getBytes());
        HttpResponse<String> answer = send("POST", "/api/dossiers", "tiepnhan.tandinh", PASSWORD, upload.contentType(), upload.bytes(), Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertProblem("NUL file name", answer);
        assertThat(Counts.now()).isEqualTo(before);
    }

    @Example
    void a_lone_surrogate_in_a_portal_submissions_fields_is_a_400_problem() {
        JsonEndpoint portal = JSON_ENDPOINTS.get(2);
        refusedWithoutWrites(portal, portal.validBody().replace("000.02.00.H99", "000.02.00.H99\\uDC00").getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void an_overlong_utf8_slash_in_a_portal_submission_is_a_400_problem() {
        JsonEndpoint portal = JSON_ENDPOINTS.get(2);
        String body = portal.validBody();
        int at = body.indexOf("000.02.00.H99") + "000.02.00.H99".length();
        refusedWithoutWrites(portal, replaceWithBytes(body.substring(0, at) + "@@" + body.substring(at), "@@",
                new byte[] {(byte) 0xC0, (byte) 0xAF}));
    }

    @Example
    void an_encoded_slash_in_an_api_path_is_a_400_problem_from_the_container() {
        HttpResponse<String> answer = send("GET", "/api/receipts/..%2F..%2Fetc%2Fpasswd", "tiepnhan.tandinh", PASSWORD, null, null, Map.of());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertProblem("encoded slash", answer);
    }

    @Example
    void an_encoded_percent_in_an_api_path_is_a_400_problem_from_the_firewall() {
        HttpResponse<String> answer = send("POST", "/api/portal/reconciliation/%25/resend", "giamsat.tinh", PASSWORD, null, null, Map.of());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertProblem("encoded percent", answer);
    }

    @Example
    void a_one_megabyte_procedure_field_is_a_400_problem_not_a_500() {
        JsonEndpoint online = JSON_ENDPOINTS.get(1);
        refusedWithoutWrites(online, online.validBody().replace("Lê Minh Anh", "A".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8));
    }

    // ---- generators ----

    @Provide
    Arbitrary<JsonEndpoint> jsonEndpoints() {
        return Arbitraries.of(JSON_ENDPOINTS);
    }

    @Provide
    Arbitrary<String[]> reads() {
        return Arbitraries.of(READS);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<String> malformedJson() {
        Arbitrary<String> truncated = Arbitraries.of(JSON_ENDPOINTS).flatMap(endpoint -> Arbitraries.integers()
                .between(1, endpoint.validBody().length() - 1).map(cut -> endpoint.validBody().substring(0, cut)));
        Arbitrary<String> noise = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).map(s -> "{" + s);
        Arbitrary<String> wrongRoot = Arbitraries.of("[]", "[1,2]", "\"text\"", "42", "true", "null", "", " ", "{]", "{\"a\":}",
                "{'single': 'quotes'}", "{\"a\": NaN}", "{\"a\": 1,}", "{\"a\": 01}", "/* comment */ {}");
        return Arbitraries.oneOf(truncated, noise, wrongRoot);
    }

    @Provide
    Arbitrary<JsonNode> wrongTypes() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode array = nodes.arrayNode().add(1).add("x");
        ObjectNode object = nodes.objectNode().put("x", 1);
        return Arbitraries.of(array, object, nodes.arrayNode(), nodes.objectNode());
    }

    @Provide
    Arbitrary<String> invalidUnicode() {
        return Arbitraries.of("lone-high-surrogate", "lone-low-surrogate", "overlong-slash", "overlong-nul", "raw-surrogate", "invalid-bytes");
    }

    @Provide
    Arbitrary<String[]> enumFields() {
        return Arbitraries.of(new String[] {"POST /api/dossiers", "channel"}, new String[] {"POST /api/dossiers", "completeness"},
                new String[] {"POST /api/dossiers/online", "channel"},
                new String[] {"PUT /api/organization/units/000.99.99.H99", "kind"});
    }

    @Provide
    Arbitrary<String> unknownWords() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> "X" + s),
                Arbitraries.of("FAX", "pigeon", "ONLINEE", "recieved", "PROVINCEE", "", " "));
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "/etc/passwd", "C:\\Windows\\win.ini", "a\u0000b",
                        "\uD800", "\uDC00", "-1", "99999999999999999999", "1e309", "NaN", "' or 1=1 --", "%", "%00", "0000-13-45",
                        "2025-02-30", "<script>", "null", "[]", "{}", "x".repeat(5000)));
    }

    /** Where broken text goes in a free-form object: under {@code firstKey}, then {@code innerPath}, as a value or a key. */
    record FreeFormBreak(String firstKey, String innerPath, String json, boolean inKey) {
    }

    @Provide
    Arbitrary<String[]> freeFormEndpoints() {
        return Arbitraries.of(new String[] {"POST /api/dossiers", "details"}, new String[] {"POST /api/dossiers/online", "details"},
                new String[] {"POST /api/portal/submissions", "ThongTinKhac"});
    }

    @Provide
    Arbitrary<FreeFormBreak> freeFormBreaks() {
        Arbitrary<String> keys = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzăâđêôơư").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> brokenText = Arbitraries.of("\\uD800", "\\uDBFF", "\\uDC00", "\\uDFFF", "\\u0000", "\\uD83D", "\\uDE00\\uD83D");
        // a step down is a key of a nested object or an index of a nested array
        Arbitrary<Object> step = Arbitraries.oneOf(keys.map(key -> (Object) key), Arbitraries.integers().between(0, 2).map(i -> (Object) i));
        return Combinators.combine(keys, step.list().ofMaxSize(3), keys, brokenText, Arbitraries.of(true, false))
                .as((first, steps, around, bad, inKey) -> {
                    String inner = inKey ? "{\"ok\": 1, \"" + around + bad + "\": \"giá trị\"}" : "\"" + around + bad + "\"";
                    StringBuilder path = new StringBuilder();
                    for (Object down : steps) {
                        path.append(down instanceof Integer index ? "[" + index + "]" : "." + down);
                    }
                    for (int i = steps.size() - 1; i >= 0; i--) {
                        inner = steps.get(i) instanceof Integer index
                                ? "[" + "\"Tân Định\", ".repeat(index) + inner + "]"
                                : "{\"" + steps.get(i) + "\": " + inner + "}";
                    }
                    return new FreeFormBreak(first, path.toString(), inner, inKey);
                });
    }

    /** Names that carry a path, a control character or nothing: refused. */
    @Provide
    Arbitrary<String> pathFileNames() {
        Arbitrary<String> segment = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20)
                .map(s -> s.replace("\"", "")).filter(s -> !s.isBlank());
        return Arbitraries.oneOf(
                Arbitraries.of("../../etc/passwd", "..\\..\\windows\\system32\\config", "/etc/shadow", "C:\\boot.ini", "D:giay-to.pdf",
                        "giay-to\u0000.pdf", "..", ".", "", " ", "a/../../b.pdf", "\u202Efdp.exe", "ho-so/giay-to.pdf",
                        "giấy tờ\\ảnh.pdf", "..pdf", "tab\there.pdf"),
                segment.map(s -> "../" + s + ".pdf"),
                Arbitraries.of("/", "\\", "/../", "..").flatMap(separator -> segment.map(s -> "giấy tờ" + separator + s + ".pdf")),
                Arbitraries.chars().range('\u0001', '\u001F').map(c -> "giay" + c + "to.pdf"));
    }

    /** Ordinary names: Vietnamese words, spaces, digits and punctuation, with an extension. */
    @Provide
    Arbitrary<String> plainFileNames() {
        Arbitrary<String> word = Arbitraries.of("Giấy", "khai", "sinh", "bản", "sao", "CCCD", "ảnh", "chụp", "Tờ", "đơn", "đề", "nghị",
                "(1)", "số", "02-2025", "hộ", "khẩu", "Quyết_định", "ký", "tên");
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(".pdf", ".PDF", ".jpg", ".png", ""))
                .as((words, extension) -> String.join(" ", words) + extension);
    }

    @Provide
    Arbitrary<String> hostileFileNames() {
        return Arbitraries.oneOf(
                Arbitraries.of("../../etc/passwd", "..\\..\\windows\\system32\\config", "/etc/shadow", "C:\\boot.ini",
                        "giay-to\u0000.pdf", "..", ".", "", " ", "a/../../b.pdf", "\u202Efdp.exe", "x".repeat(1000) + ".pdf",
                        "ảnh chụp.pdf", "\uD800.pdf"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).map(s -> "../" + s + ".pdf"));
    }

    @Provide
    Arbitrary<String> ipnQueries() {
        Arbitrary<String> names = Arbitraries.of("vnp_Amount", "vnp_TxnRef", "vnp_ResponseCode", "vnp_TransactionStatus",
                "vnp_SecureHash", "vnp_TransactionNo", "vnp_PayDate", "vnp_BankCode", "vnp_TmnCode", "x");
        Arbitrary<String> values = Arbitraries.oneOf(garbage(), Arbitraries.of("00", "700000", "-1", "1e400", "MOTCUASM"));
        // under Tomcat's 8 KB request line: a longer one is refused by the container (a 400 problem) before
        // the callback's protocol can answer
        return Arbitraries.entries(names, values).list().ofMinSize(0).ofMaxSize(8).map(entries -> String.join("&",
                entries.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList()))
                .filter(query -> query.length() < 7000);
    }

    // ---- helpers ----

    private static String withApplicantId(String dossier, String fileName) {
        return dossier.replace("079201000001", String.format("0792%08d", Math.abs(fileName.hashCode()) % 100_000_000));
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static String detailOf(HttpResponse<String> answer) {
        return readJson(answer.body()).path("detail").asText();
    }

    private static HttpResponse<String> refusedWithoutWrites(JsonEndpoint endpoint, byte[] body) {
        Counts before = Counts.now();
        Map<String, String> headers = new HashMap<>(endpoint.headers());
        headers.replaceAll((name, value) -> value.isEmpty() ? UUID.randomUUID().toString() : value);
        HttpResponse<String> answer = send(endpoint.method(), endpoint.path(), endpoint.user(), endpoint.password(),
                "application/json", body, headers);
        String shown = new String(body, StandardCharsets.UTF_8);
        String what = endpoint + " " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
        assertThat(answer.statusCode()).as("%s → %s", what, answer.body()).isBetween(400, 499);
        assertProblem(what, answer);
        assertThat(Counts.now()).as(what).isEqualTo(before);
        return answer;
    }

    private static void assertProblem(String what, HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what + " → " + answer.body())
                .startsWith("application/problem+json");
        try {
            String detail = JSON.readTree(answer.body()).path("detail").asText();
            assertThat(detail).as(what + " → " + answer.body()).isNotBlank();
            assertThat(VIETNAMESE.matcher(detail).find()).as(what + ": detail in Vietnamese: " + detail).isTrue();
        } catch (IOException e) {
            throw new AssertionError(what + ": not JSON: " + answer.body(), e);
        }
    }

    /** The body with its {@code pick}-th field (depth first, modulo the count) replaced; the same body if null. */
    private static byte[] mutate(String validBody, int pick, Function<JsonNode, JsonNode> replacement) {
        try {
            JsonNode root = JSON.readTree(validBody);
            List<Object[]> fields = new ArrayList<>();
            collect(root, fields);
            Object[] chosen = fields.get(pick % fields.size());
            JsonNode replaced = replacement.apply((JsonNode) chosen[2]);
            if (replaced != null) {
                ((ObjectNode) chosen[0]).set((String) chosen[1], replaced);
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, List<Object[]> fields) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(entry -> {
                fields.add(new Object[] {object, entry.getKey(), entry.getValue()});
                collect(entry.getValue(), fields);
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> collect(child, fields));
        }
    }

    /** A value of another JSON kind than the field's: a container for a scalar, a scalar for a container. */
    private static JsonNode wrongFor(JsonNode field, JsonNode wrong) {
        if (field.isContainerNode()) {
            return field.isArray() ? JsonNodeFactory.instance.objectNode().put("x", 1) : JsonNodeFactory.instance.textNode("khong-phai-doi-tuong");
        }
        return wrong;
    }

    private static byte[] replaceWithBytes(String text, String marker, byte[] replacement) {
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(replacement);
        out.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String passwordOf(String user) {
        return user == null ? null : PASSWORD;
    }

    private static HttpResponse<String> send(String method, String path, String user, String password, String contentType,
                                             byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What bad input must never write. */
    record Counts(long dossiers, long documents, long payments, long receipts, long units, long portalSubmissions) {
        static Counts now() {
            return new Counts(count("dossier"), count("dossier_document"), count("payment"), count("e_receipt"),
                    count("org_unit"), count("portal_submission"));
        }

        private static long count(String table) {
            return jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }
    }

    /** A multipart/form-data body. */
    static final class Multipart {
        private final String boundary = "fuzz" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart json(String name, String json) {
            part("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: application/json",
                    json.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Multipart file(String name, String fileName, String type, byte[] content) {
            part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName.replace("\"", "%22")
                    + "\"\r\nContent-Type: " + type, content);
            return this;
        }

        private void part(String headers, byte[] content) {
            out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }
}
