package vn.motcua.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications addressed to Camunda groups: every member of the group sees the notification
 * and marks it read for themselves.
 */
@Service
public class Notifications {

    /** A notification as an officer sees it. */
    public record Notification(long id, String group, String title, String body, String dossierId, String link,
                               Instant createdAt, boolean read) {
    }

    private static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a notification for a group (in the caller's transaction). */
    @Transactional
    public void notify(String group, String title, String body, String dossierId, String taskId, String link) {
        jdbc.sql("""
                insert into notification (group_id, title, body, dossier_id, task_id, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(group, title, body, dossierId, taskId, link, Timestamp.from(Instant.now())).update();
    }

    /** The newest notifications of the officer's groups, with the officer's own read marks. */
    @Transactional(readOnly = true)
    public List<Notification> of(String username, Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select n.id, n.group_id, n.title, n.body, n.dossier_id, n.link, n.created_at,
                  (select count(*) from notification_read r where r.notification_id = n.id and r.username = :user)
                from notification n where n.group_id in (:groups) order by n.created_at desc, n.id desc limit :limit""")
                .param("user", username).param("groups", groups).param("limit", LIST_LIMIT)
                .query((rs, row) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getLong(8) > 0))
                .list();
    }

    /** Marks a notification of one of the officer's groups read; 404 for any other. */
    @Transactional
    public void markRead(long id, String username, Collection<String> groups) {
        boolean visible = !groups.isEmpty() && jdbc.sql("select count(*) from notification where id = :id and group_id in (:groups)")
                .param("id", id).param("groups", groups).query(Long.class).single() > 0;
        if (!visible) {
            throw new NoSuchElementException("Không tìm thấy thông báo.");
        }
        jdbc.sql("""
                insert into notification_read (notification_id, username, read_at)
                select ?, ?, ? where not exists (select 1 from notification_read where notification_id = ? and username = ?)""")
                .params(id, username, Timestamp.from(Instant.now()), id, username).update();
    }
}
