package vn.motcua.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * E-mails to applicants through a real local SMTP server (GreenMail): what they say, and that each
 * arrives once even when the server was down for a while.
 */
@IntegrationTest
class ApplicantMailIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicantMailSender sender;

    @Value("${spring.mail.port}")
    int smtpPort;

    private GreenMail smtp;

    /** Each round of sending believes it is one hour later, longer than any backoff of the test profile. */
    private Instant roundClock = Instant.now();

    @BeforeEach
    void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void a_received_dossier_tells_the_applicant_its_code_appointment_and_lookup_link_once() throws Exception {
        JsonNode dossier = counter("received", "079201005101", "binh.tiepnhan@example.vn");
        String code = dossier.get("code").asText();

        sendAll();
        sendAll();

        List<MimeMessage> mails = mailsTo("binh.tiepnhan@example.vn");
        assertThat(mails).as("one e-mail, however many rounds").hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Hồ sơ " + code + " đã tiếp nhận");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("motcua-test@motcua.local");
        assertThat(text(mail)).contains("đã tiếp nhận").contains(code)
                .contains("Ngày hẹn trả kết quả: " + DAY.format(Instant.parse(appointment(dossier))))
                .contains("https://dichvucong.example.gov.vn/tra-cuu?ma=" + code);
    }

    @Test
    void a_supplement_request_sends_the_list_of_missing_documents() throws Exception {
        JsonNode dossier = counter("supplement", "079201005102", "an.bosung@example.vn");

        sendAll();

        List<MimeMessage> mails = mailsTo("an.bosung@example.vn");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Hồ sơ " + dossier.get("code").asText()
                + " cần bổ sung giấy tờ");
        assertThat(text(mails.get(0))).contains("cần bổ sung các giấy tờ sau:")
                .contains("Giấy chứng sinh");
    }

    @Test
    void while_the_smtp_server_is_down_the_mail_waits_and_then_arrives_once() throws Exception {
        smtp.stop();
        JsonNode dossier = counter("received", "079201005103", "cuong.matmang@example.vn");
        String id = dossier.get("id").asText();

        sendAll();
        sendAll();
        assertThat(jdbc.sql("select attempts from applicant_mail_outbox where dossier_id = ? and state = 'PENDING'")
                .param(id).query(Integer.class).single()).as("tried and kept while the server is down")
                .isGreaterThanOrEqualTo(2);

        smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sendAll();
        sendAll();

        assertThat(mailsTo("cuong.matmang@example.vn")).as("arrives once the server is back, once").hasSize(1);
        assertThat(jdbc.sql("select state from applicant_mail_outbox where dossier_id = ?").param(id)
                .query(String.class).list()).containsExactly("SENT");
    }

    @Test
    void a_dossier_without_an_email_address_queues_nothing() throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .postForEntity("/api/dossiers", jsonEntity(birthRegistration("received", "079201005104")), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        String id = json.readTree(answer.getBody()).get("id").asText();

        assertThat(jdbc.sql("select count(*) from applicant_mail_outbox where dossier_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    private JsonNode counter(String completeness, String idNumber, String email) throws Exception {
        String body = birthRegistration(completeness, idNumber)
                .replace("\"phone\": \"0901234567\"", "\"phone\": \"0901234567\", \"email\": \"" + email + "\"");
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .postForEntity("/api/dossiers", jsonEntity(body), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody());
    }

    private String appointment(JsonNode dossier) {
        return jdbc.sql("select appointment_at from dossier where id = ?").param(dossier.get("id").asText())
                .query(Timestamp.class).single().toInstant().toString();
    }

    private void sendAll() {
        roundClock = roundClock.plusSeconds(3600);
        sender.sendDue(roundClock, 1000);
    }

    private List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage mail) throws Exception {
        return new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
