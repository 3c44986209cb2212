package vn.motcua.process.generated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.importing.CatalogImports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skeleton's paths on processes/generated/business-household-suspension.bpmn, generated from the CSV step
 * table processes/internal/business-household-suspension.csv, as a designer saves it from Excel (routing and
 * refusal in {@link BusinessHouseholdContract}). The procedure is assigned to its process only by the sample
 * catalog import (not by procedures.yaml), so each test imports that row itself rather than relying on
 * CatalogImportIT having run first in the shared database.
 */
@IntegrationTest
class BusinessHouseholdSuspensionProcessIT extends BusinessHouseholdContract {

    private static final Path SAMPLE_CATALOG = Path.of("processes/catalog/import/sample-catalog.csv");

    @Autowired
    CatalogImports imports;

    /** Imports the sample catalog's row of 1.001570; importing it again changes nothing. */
    @BeforeEach
    void theSampleCatalogAssignsTheProcedureToItsProcess() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE_CATALOG, StandardCharsets.UTF_8);
        String row = lines.stream().filter(line -> line.matches("\\d+;" + procedureCode().replace(".", "\\.") + ";.*"))
                .findFirst().orElseThrow();
        byte[] file = (lines.get(0) + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        var report = imports.importFile("sample-catalog.csv", file,
                new CatalogImports.Options(false, LocalDate.of(2025, 7, 1), false, false), "test");
        assertThat(report.problems()).isEmpty();
    }

    @Override
    protected String processKey() {
        return "business-household-suspension";
    }

    @Override
    protected String procedureCode() {
        return "1.001570";
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = super.procedureVariables();
        variables.put("suspensionPeriod", "Từ 01/12/2026 đến 28/02/2027");
        return variables;
    }

    @Test
    void the_csv_rows_give_two_days_to_the_commune_officer_one_to_the_leader_and_the_generated_forms() {
        assertThat(driver.allottedHours(processKey(), "Task_Appraise")).isEqualTo(2 * 8);
        assertThat(driver.allottedHours(processKey(), "Task_Sign")).isEqualTo(8);
        var dossier = receivedDossier();
        assertThat(driver.task(dossier, "Task_Appraise").getCamundaFormRef().getKey())
                .isEqualTo("business-household-suspension-appraise");
    }
}
