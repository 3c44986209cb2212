package vn.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adds the catalog file's procedure versions that the database does not know yet. */
@Component
@Order(20)
class CatalogFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogFileLoader.class);

    private final CatalogProperties properties;
    private final ProcedureRepository procedures;

    CatalogFileLoader(CatalogProperties properties, ProcedureRepository procedures) {
        this.properties = properties;
        this.procedures = procedures;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (properties.file() == null || !properties.file().exists()) {
            return;
        }
        CatalogFile file;
        try (InputStream in = properties.file().getInputStream()) {
            file = CatalogFile.read(in);
        }
        int added = 0;
        for (Procedure procedure : file.procedures()) {
            if (!procedures.exists(procedure.code(), procedure.version())) {
                procedures.insert(procedure);
                added++;
            }
        }
        log.info("Catalog {}: {} procedure versions, {} new", properties.file().getDescription(),
                file.procedures().size(), added);
    }
}
