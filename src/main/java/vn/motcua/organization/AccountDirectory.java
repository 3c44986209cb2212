package vn.motcua.organization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every officer's group memberships and user infos of one key, each read in one query from the engine's identity
 * tables ({@code ACT_ID_MEMBERSHIP}, {@code ACT_ID_INFO}). The engine's API answers these one officer at a time,
 * which for a province's thousands of officers is thousands of queries per import. Read only: every change goes
 * through the engine's {@code IdentityService}.
 */
@Repository
class AccountDirectory {

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The group ids of every officer who is a member of any group. */
    Map<String, Set<String>> memberships() {
        Map<String, Set<String>> groups = new HashMap<>();
        jdbc.sql("select user_id_, group_id_ from act_id_membership").query((rs, row) -> {
            groups.computeIfAbsent(rs.getString(1), user -> new HashSet<>()).add(rs.getString(2));
            return null;
        }).list();
        return groups;
    }

    /** The value of the user info with this key, by officer. */
    Map<String, String> infoValues(String key) {
        Map<String, String> values = new HashMap<>();
        jdbc.sql("select user_id_, value_ from act_id_info where key_ = ? and user_id_ is not null").param(key)
                .query((rs, row) -> values.put(rs.getString(1), rs.getString(2))).list();
        return values;
    }

    /** The officers who have a user info with this key. */
    Set<String> usersWithInfo(String key) {
        List<String> users = jdbc.sql("select user_id_ from act_id_info where key_ = ? and user_id_ is not null")
                .param(key).query(String.class).list();
        return new HashSet<>(users);
    }
}
