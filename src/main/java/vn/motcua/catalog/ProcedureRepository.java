package vn.motcua.catalog;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code catalog_procedure} table: indexed columns plus the whole version as JSON. */
@Repository
class ProcedureRepository {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JdbcClient jdbc;

    ProcedureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code, int version) {
        return jdbc.sql("select count(*) from catalog_procedure where code = ? and version = ?")
                .params(code, version).query(Integer.class).single() > 0;
    }

    void insert(Procedure procedure) {
        jdbc.sql("""
                insert into catalog_procedure (code, version, name, level, process_key, valid_from, valid_to, definition)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(procedure.code(), procedure.version(), procedure.name(), procedure.level().name(),
                        procedure.processKey(), Date.valueOf(procedure.validFrom()),
                        procedure.validTo() == null ? null : Date.valueOf(procedure.validTo()), toJson(procedure))
                .update();
    }

    /** Sets the last day of a version (abolition); the only change a stored version ever gets. */
    void close(Procedure closed) {
        jdbc.sql("update catalog_procedure set valid_to = ?, definition = ? where code = ? and version = ?")
                .params(Date.valueOf(closed.validTo()), toJson(closed), closed.code(), closed.version()).update();
    }

    Optional<Procedure> find(String code, int version) {
        return jdbc.sql("select definition from catalog_procedure where code = ? and version = ?")
                .params(code, version).query(String.class).optional().map(ProcedureRepository::fromJson);
    }

    /** Every version of every procedure, newest version first within a code. */
    List<Procedure> findAll() {
        return jdbc.sql("select definition from catalog_procedure order by code, version desc")
                .query(String.class).list().stream().map(ProcedureRepository::fromJson).toList();
    }

    List<Procedure> findVersions(String code) {
        return jdbc.sql("select definition from catalog_procedure where code = ? order by version desc")
                .param(code).query(String.class).list().stream().map(ProcedureRepository::fromJson).toList();
    }

    private static String toJson(Procedure procedure) {
        try {
            return JSON.writeValueAsString(procedure);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Procedure fromJson(String json) {
        try {
            return JSON.readValue(json, Procedure.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable catalog entry", e);
        }
    }
}
