package vn.motcua.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a status sync in <em>our assumed portal contract</em>: the shape of the DVCQG
 * {@code DongBoHoSoMC} / {@code CapNhatTienDoHoSoMC} calls seen in OpenCPS (a {@code session}, a
 * {@code service} name, the unit code {@code madonvi}, a {@code data} list of dossier items with
 * Vietnamese field names and {@code yyyyMMddHHmmss} times in Vietnam's time zone), plus {@code SeqNo}
 * and the 766 flags. The real field names come with the province's integration agreement: this is the
 * one class to change then.
 */
final class PortalPayloads {

    static final DateTimeFormatter PORTAL_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private PortalPayloads() {
    }

    /** The sync request for one outbox row. */
    static Map<String, Object> syncRequest(String service, String session, OutboxRow row) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session", session);
        body.put("service", service);
        body.put("madonvi", row.receivingUnit());
        body.put("data", List.of(item(row)));
        return body;
    }

    /** One dossier item. */
    static Map<String, Object> item(OutboxRow row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("MaHoSo", row.dossierCode());
        item.put("MaTTHC", row.procedureCode());
        item.put("SeqNo", row.seq());
        item.put("TrangThaiHoSo", row.status());
        item.put("ThoiDiem", time(row.changedAt()));
        item.put("DonViTiepNhan", row.receivingUnit());
        item.put("NgayTiepNhan", time(row.receivedAt()));
        item.put("NgayHenTra", time(row.appointmentAt()));
        item.put("NgayKetThucXuLy", time(row.finishedAt()));
        item.put("NgayTra", time(row.returnedAt()));
        item.put("KenhNop", channelCode(row.channel()));
        item.put("DaThanhToanTrucTuyen", row.paidOnline());
        item.put("XacThucVNeID", row.vneidAuthenticated());
        item.put("DaSoHoa", row.digitized());
        return item;
    }

    /** Kênh nộp: 1 in person, 2 online, 3 public postal service. */
    static int channelCode(String channel) {
        return switch (channel) {
            case "ONLINE" -> 2;
            case "POST" -> 3;
            default -> 1;
        };
    }

    static String time(Instant instant) {
        return instant == null ? null : PORTAL_TIME.format(instant);
    }
}
