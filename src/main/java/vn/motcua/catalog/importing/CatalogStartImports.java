package vn.motcua.catalog.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Imports the catalog exports of {@code motcua.catalog.import.at-start} once the organization and the catalog file are
 * loaded, as a designer would through the API: the first start adds every procedure (and the generated processes are
 * deployed after it), later starts find them unchanged and write nothing.
 */
@Component
@Order(30)
class CatalogStartImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogStartImports.class);

    private final CatalogImportProperties properties;
    private final CatalogImports imports;

    CatalogStartImports(CatalogImportProperties properties, CatalogImports imports) {
        this.properties = properties;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource file : properties.atStart()) {
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            long started = System.nanoTime();
            CatalogImportReport report = imports.importFile(file.getFilename(), content,
                    new CatalogImports.Options(false, LocalDate.now(WorkingTimeCalculator.ZONE), false, true), "system");
            log.info("Catalog {} imported at start in {} ms: {} rows, {} added, {} amended, {} unchanged, {} refused",
                    file.getFilename(), (System.nanoTime() - started) / 1_000_000, report.rows(),
                    report.diff().added().size(), report.diff().amended().size(), report.diff().unchanged(),
                    report.invalidRows());
            report.problems().forEach(problem -> log.warn("Catalog {} row {} ({}): {}", file.getFilename(),
                    problem.row(), problem.column(), problem.message()));
        }
    }
}
