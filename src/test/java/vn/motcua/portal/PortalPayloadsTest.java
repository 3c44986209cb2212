package vn.motcua.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync item of our assumed portal contract, and the sender's backoff. */
class PortalPayloadsTest {

    private static OutboxRow row(String channel, Instant returnedAt) {
        return new OutboxRow(7, "d-1", 3, "PENDING", "000.00.12.H03-251125-0001", "2.000815", "000.00.12.H03", 6,
                Instant.parse("2025-11-25T03:15:00Z"), channel, true, true, false,
                Instant.parse("2025-11-25T02:30:00Z"), Instant.parse("2025-11-25T10:00:00Z"), null, returnedAt, 0,
                Instant.parse("2025-11-25T03:15:00Z"), null, Instant.parse("2025-11-25T03:15:00Z"), null);
    }

    @Test
    void a_change_at_10_15_vietnam_time_is_sent_as_20251125101500_with_the_766_flags() {
        Map<String, Object> item = PortalPayloads.item(row("ONLINE", null));
        assertThat(item).containsEntry("MaHoSo", "000.00.12.H03-251125-0001").containsEntry("MaTTHC", "2.000815")
                .containsEntry("SeqNo", 3).containsEntry("TrangThaiHoSo", 6)
                .containsEntry("ThoiDiem", "20251125101500").containsEntry("NgayTiepNhan", "20251125093000")
                .containsEntry("NgayHenTra", "20251125170000").containsEntry("NgayTra", null)
                .containsEntry("KenhNop", 2).containsEntry("DaThanhToanTrucTuyen", true)
                .containsEntry("XacThucVNeID", true).containsEntry("DaSoHoa", false);
    }

    @Test
    void channels_are_coded_1_in_person_2_online_3_post() {
        assertThat(PortalPayloads.item(row("COUNTER", null))).containsEntry("KenhNop", 1);
        assertThat(PortalPayloads.item(row("POST", null))).containsEntry("KenhNop", 3);
    }

    @Test
    void a_result_returned_at_23_30_utc_is_sent_on_the_next_vietnamese_day() {
        assertThat(PortalPayloads.item(row("COUNTER", Instant.parse("2025-11-25T23:30:00Z"))))
                .containsEntry("NgayTra", "20251126063000");
    }

    @Test
    void the_sync_request_names_the_service_the_session_and_the_receiving_unit() {
        Map<String, Object> body = PortalPayloads.syncRequest("CapNhatTrangThaiHoSo", "token-1", row("ONLINE", null));
        assertThat(body).containsEntry("session", "token-1").containsEntry("service", "CapNhatTrangThaiHoSo")
                .containsEntry("madonvi", "000.00.12.H03");
        assertThat((List<?>) body.get("data")).hasSize(1);
    }

    @Test
    void backoff_doubles_from_5_seconds_within_20_percent_and_stops_growing_at_15_minutes() {
        PortalProperties properties = new PortalProperties(null, "/auth", "/sync", "s", null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(30),
                new PortalProperties.Outbox(true, Duration.ofSeconds(2), 20, Duration.ofSeconds(5),
                        Duration.ofMinutes(15), 5, Duration.ofMinutes(15)),
                new PortalProperties.Reconciliation(Duration.ofMinutes(30)),
                new PortalProperties.Inbound("dvcqg", null));
        PortalOutboxSender sender = new PortalOutboxSender(null, null, properties, null);
        for (int i = 0; i < 50; i++) {
            assertThat(sender.backoff(1)).isBetween(Duration.ofMillis(4000), Duration.ofMillis(6000));
            assertThat(sender.backoff(3)).isBetween(Duration.ofMillis(16000), Duration.ofMillis(24000));
            assertThat(sender.backoff(12)).isBetween(Duration.ofMinutes(12), Duration.ofMinutes(18));
            assertThat(sender.backoff(64)).isBetween(Duration.ofMinutes(12), Duration.ofMinutes(18));
        }
    }
}
