package vn.motcua.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code org_unit} table. */
@Repository
class UnitRepository {

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unit> findAll() {
        return jdbc.sql("select code, name, kind, parent_code from org_unit order by code")
                .query(this::toUnit).list();
    }

    Optional<Unit> findByCode(String code) {
        return jdbc.sql("select code, name, kind, parent_code from org_unit where code = ?")
                .param(code).query(this::toUnit).optional();
    }

    /** Locks the root units' rows until the transaction ends (none before the first unit is saved). */
    void lockRoots() {
        jdbc.sql("select code from org_unit where parent_code is null for update").query(String.class).list();
    }

    void insert(Unit unit) {
        jdbc.sql("insert into org_unit (code, name, kind, parent_code) values (?, ?, ?, ?)")
                .params(unit.code(), unit.name(), unit.kind().name(), unit.parentCode()).update();
    }

    /** The codes of the units deactivated by an administrator. */
    Set<String> inactiveCodes() {
        return new HashSet<>(jdbc.sql("select code from org_unit where not active").query(String.class).list());
    }

    void setActive(String code, boolean active) {
        jdbc.sql("update org_unit set active = ?, updated_at = current_timestamp where code = ?")
                .params(active, code).update();
    }

    void update(Unit unit) {
        jdbc.sql("update org_unit set name = ?, kind = ?, parent_code = ?, updated_at = current_timestamp where code = ?")
                .params(unit.name(), unit.kind().name(), unit.parentCode(), unit.code()).update();
    }

    private Unit toUnit(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("parent_code"));
    }
}
