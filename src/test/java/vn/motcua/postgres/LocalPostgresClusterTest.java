package vn.motcua.postgres;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The backup test fails, never skips, on a machine without PostgreSQL server tools, and says what to install. */
class LocalPostgresClusterTest {

    @Test
    void a_bin_directory_without_the_server_tools_fails_with_what_to_install(@TempDir Path empty) {
        assertThatThrownBy(() -> LocalPostgresCluster.start(empty))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[initdb, pg_ctl, pg_dump, pg_restore]")
                .hasMessageContaining("apt-get install postgresql-15");
    }
}
