package vn.motcua.catalog.importing;

import java.sql.Date;
import java.time.LocalDate;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The import log table (V8) and the abolition update on H2 2.x, the database of the developer's demo. */
class CatalogImportTableOnH2Test {

    @Test
    void an_import_is_logged_and_a_version_closed() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:catalog-import;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .table("motcua_schema_history").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);

        jdbc.sql("""
                insert into catalog_import (file_name, file_format, actor, effective_from, complete_file, added_count,
                                            amended_count, abolished_count, invalid_rows, diff)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params("a.csv", "CSV", "thietke", Date.valueOf(LocalDate.of(2026, 1, 1)), true, 1, 2, 3, 0, "{}").update();
        assertThat(jdbc.sql("select amended_count from catalog_import where file_name = 'a.csv'").query(Integer.class)
                .single()).isEqualTo(2);

        jdbc.sql("insert into catalog_procedure (code, version, name, level, process_key, valid_from, definition) "
                + "values ('1.000001', 1, 'A', 'COMMUNE', 'p', ?, '{}')").param(Date.valueOf(LocalDate.of(2025, 7, 1))).update();
        jdbc.sql("update catalog_procedure set valid_to = ?, definition = ? where code = ? and version = ?")
                .params(Date.valueOf(LocalDate.of(2025, 12, 31)), "{}", "1.000001", 1).update();
        assertThat(jdbc.sql("select valid_to from catalog_procedure where code = '1.000001'").query(Date.class).single())
                .isEqualTo(Date.valueOf(LocalDate.of(2025, 12, 31)));
    }
}
