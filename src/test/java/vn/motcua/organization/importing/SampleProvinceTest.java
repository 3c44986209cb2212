package vn.motcua.organization.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed sample province files are exactly what {@link SampleProvince} writes (run its main after a change). */
class SampleProvinceTest {

    @Test
    void the_committed_sample_files_are_what_the_program_writes() throws IOException {
        assertThat(Files.readString(SampleProvince.UNITS_FILE, StandardCharsets.UTF_8))
                .as("run SampleProvince.main to rewrite " + SampleProvince.UNITS_FILE)
                .isEqualTo(SampleProvince.unitsCsv());
        assertThat(Files.readString(SampleProvince.OFFICERS_FILE, StandardCharsets.UTF_8))
                .as("run SampleProvince.main to rewrite " + SampleProvince.OFFICERS_FILE)
                .isEqualTo(SampleProvince.officersCsv());
    }
}
