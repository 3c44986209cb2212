package vn.motcua.design.lint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line lint's limits from a catalog file: the version in force on the day, else the highest. */
class CatalogFileLimitsTest {

    private static final String CATALOG = """
            procedures:
              - { code: "1.000001", version: 1, name: Thủ tục A, processKey: proc-a, validFrom: 2025-07-01,
                  validTo: 2026-06-30, limit: { workingDays: 5 } }
              - { code: "1.000001", version: 2, name: Thủ tục A, processKey: proc-a, validFrom: 2026-07-01,
                  limit: { workingDays: 3, extendedWorkingDays: 7 } }
              - { code: "1.000002", version: 1, name: Thủ tục B, processKey: proc-b, validFrom: 2027-01-01,
                  limit: { sameDay: true } }
            """;

    private static CatalogFileLimits on(LocalDate day) throws IOException {
        return CatalogFileLimits.read(new ByteArrayInputStream(CATALOG.getBytes(StandardCharsets.UTF_8)), day);
    }

    @Test
    void on_30_june_2026_the_first_version_of_5_days_is_in_force_and_from_1_july_the_second_with_its_7_extended_days()
            throws IOException {
        assertThat(on(LocalDate.of(2026, 6, 30)).of("proc-a")).get()
                .extracting(ProcedureLimits.LegalLimit::workingHours).asString().isEqualTo("40");
        assertThat(on(LocalDate.of(2026, 7, 1)).of("proc-a")).get()
                .satisfies(limit -> assertThat(limit.workingHours()).isEqualByComparingTo("56"))
                .extracting(ProcedureLimits.LegalLimit::description).asString().contains("kéo dài tối đa 7 ngày");
    }

    @Test
    void a_procedure_not_yet_in_force_still_gives_its_highest_version_and_an_unknown_process_none() throws IOException {
        assertThat(on(LocalDate.of(2026, 7, 1)).of("proc-b")).get()
                .extracting(ProcedureLimits.LegalLimit::procedure).isEqualTo("1.000002");
        assertThat(on(LocalDate.of(2026, 7, 1)).of("common-supplement")).isEmpty();
    }
}
