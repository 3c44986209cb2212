package vn.motcua.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.platform.web.SingleLineText;

/**
 * The append-only audit trail: every login, failed login, authorization change and deployment with
 * who and when. Each event is also logged under the stable code {@code MOTCUA-AUDIT} for log shippers.
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an event; runs in the caller's transaction when there is one. Texts are stored and logged with
     * their control characters escaped ({@link SingleLineText}): a user name cannot forge an event or log line.
     */
    public void record(Instant at, String actor, AuditAction action, String target, String detail, String remoteAddress) {
        actor = SingleLineText.escape(actor);
        target = SingleLineText.escape(target);
        detail = SingleLineText.escape(detail);
        remoteAddress = SingleLineText.escape(remoteAddress);
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, target, detail, remote_address)
                values (?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), clip(actor, 100), action.name(), clip(target, 255), clip(detail, MAX_TEXT),
                        clip(remoteAddress, 64))
                .update();
        log.info("MOTCUA-AUDIT {} actor={} target={} from={} {}", action, actor, target, remoteAddress,
                detail == null ? "" : detail);
    }

    /** The newest events first, optionally of one action, at most {@code limit}. */
    public List<AuditEvent> latest(AuditAction action, int limit) {
        String where = action == null ? "" : " where action = :action";
        var statement = jdbc.sql("select id, occurred_at, actor, action, target, detail, remote_address from audit_event"
                + where + " order by occurred_at desc, id desc limit :limit").param("limit", limit);
        if (action != null) {
            statement = statement.param("action", action.name());
        }
        return statement.query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
                rs.getString("detail"), rs.getString("remote_address"))).list();
    }

    /** The newest events of these actions first, at most {@code limit}. */
    public List<AuditEvent> latest(Collection<AuditAction> actions, int limit) {
        if (actions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, occurred_at, actor, action, target, detail, remote_address from audit_event"
                        + " where action in (:actions) order by occurred_at desc, id desc limit :limit")
                .param("actions", actions.stream().map(AuditAction::name).toList()).param("limit", limit)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
                        rs.getString("detail"), rs.getString("remote_address"))).list();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
