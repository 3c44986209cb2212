package vn.motcua.fees.ereceipt;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.IntegrationTest;
import vn.motcua.fees.PaymentMethod;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.platform.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * EReceipt numbers on the real PostgreSQL: from 1 per collecting unit, series and year, never twice,
 * never a gap — also under concurrent payments and when an issue rolls back. Each test collects in a
 * unit of its own, created for it, so that its series starts at 1.
 */
@IntegrationTest
class EReceiptNumberingIT {

    @Autowired
    EReceipts receipts;

    @Autowired
    OrganizationService organization;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private String unitCode;
    private String dossierId;

    @BeforeEach
    void aNewCollectingUnitAndAReceivedDossier() throws Exception {
        unitCode = "000.99." + UUID.randomUUID().toString().substring(0, 8) + ".H99";
        organization.saveUnit(new Unit(unitCode, "Điểm thu phí kiểm thử " + unitCode, UnitKind.SERVICE_CENTER,
                "000.00.00.H99"));
        dossierId = json.readTree(http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "048095012345")), String.class).getBody()).get("id").asText();
    }

    private EReceiptRequest payment(String paymentId, long amount) {
        return new EReceiptRequest(paymentId, dossierId, "000.01.01.H99-261125-0001", "2.000815",
                "Chứng thực bản sao từ bản chính giấy tờ, văn bản", unitCode, "Lê Hoàng Cường", amount,
                PaymentMethod.CASH, Instant.now());
    }

    @Test
    void twenty_concurrent_payments_get_the_numbers_1_to_20_each_once() throws Exception {
        int payments = 20;
        ExecutorService pool = Executors.newFixedThreadPool(payments);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EReceipt>> issued = new ArrayList<>();
        try {
            for (int i = 0; i < payments; i++) {
                String paymentId = "concurrent-" + UUID.randomUUID();
                issued.add(pool.submit(() -> {
                    start.await();
                    return receipts.issue(payment(paymentId, 7_000));
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<EReceipt> receipt : issued) {
                numbers.add(receipt.get(60, TimeUnit.SECONDS).number());
            }

            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
            assertThat(jdbc.sql("select receipt_number from e_receipt where unit_code = ? order by receipt_number")
                    .param(unitCode).query(Integer.class).list())
                    .isEqualTo(IntStream.rangeClosed(1, 20).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_rolled_back_issue_gives_its_number_back() {
        TransactionTemplate paymentTransaction = new TransactionTemplate(transactions);
        EReceipt rolledBack = paymentTransaction.execute(status -> {
            EReceipt receipt = receipts.issue(payment("rolled-back-" + UUID.randomUUID(), 7_000));
            // the payment fails after the receipt was numbered: everything is undone
            status.setRollbackOnly();
            return receipt;
        });

        EReceipt next = receipts.issue(payment("after-rollback-" + UUID.randomUUID(), 7_000));

        assertThat(rolledBack.number()).isEqualTo(1);
        assertThat(receipts.ofPayment(rolledBack.paymentId())).isEmpty();
        assertThat(next.number()).isEqualTo(1);
        assertThat(next.printedNumber()).isEqualTo("0000001");
    }

    @Test
    void a_second_issue_for_the_same_payment_returns_the_same_receipt_and_takes_no_number() {
        String paymentId = "twice-" + UUID.randomUUID();

        EReceipt first = receipts.issue(payment(paymentId, 50_000));
        EReceipt again = receipts.issue(payment(paymentId, 50_000));
        EReceipt other = receipts.issue(payment("other-" + UUID.randomUUID(), 50_000));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.number()).isEqualTo(1);
        assertThat(other.number()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from e_receipt where payment_id = ?").param(paymentId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_receipt_carries_the_series_of_the_year_the_amount_in_words_and_an_unguessable_lookup_token() {
        EReceipt receipt = receipts.issue(payment("content-" + UUID.randomUUID(), 1_005_000));

        int year = Instant.now().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(receipt.templateCode()).isEqualTo("01BLP0-001");
        assertThat(receipt.series()).isEqualTo("AA-%02dE".formatted(year % 100));
        assertThat(receipt.year()).isEqualTo(year);
        assertThat(receipt.amountInWords()).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
        assertThat(receipt.status()).isEqualTo(EReceiptStatus.ISSUED);
        assertThat(receipt.publicToken()).matches("[A-Za-z0-9_-]{32}").doesNotContain(receipt.id());
    }

    @Test
    void refused_payments_write_nothing_and_take_no_number() {
        assertThatThrownBy(() -> receipts.issue(payment("zero-" + UUID.randomUUID(), 0)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Số tiền");
        EReceiptRequest noPayer = new EReceiptRequest("no-payer-" + UUID.randomUUID(), dossierId, null, "2.000815",
                "Chứng thực", unitCode, "  ", 7_000, PaymentMethod.ONLINE, Instant.now());
        assertThatThrownBy(() -> receipts.issue(noPayer)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("người nộp");
        EReceiptRequest unknownDossier = new EReceiptRequest("no-dossier-" + UUID.randomUUID(),
                UUID.randomUUID().toString(), null, "2.000815", "Chứng thực", unitCode, "Lê Hoàng Cường", 7_000,
                PaymentMethod.ONLINE, Instant.now());
        assertThatThrownBy(() -> receipts.issue(unknownDossier)).isInstanceOf(InvalidRequestException.class);
        EReceiptRequest unknownUnit = new EReceiptRequest("no-unit-" + UUID.randomUUID(), dossierId, null, "2.000815",
                "Chứng thực", "KHONG.CO", "Lê Hoàng Cường", 7_000, PaymentMethod.ONLINE, Instant.now());
        assertThatThrownBy(() -> receipts.issue(unknownUnit)).isInstanceOf(InvalidRequestException.class);

        assertThat(receipts.ofDossier(dossierId)).isEmpty();
        assertThat(receipts.issue(payment("valid-" + UUID.randomUUID(), 7_000)).number()).isEqualTo(1);
    }
}
