package vn.motcua.dossier;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.numbering.GaplessCounter;

/**
 * Dossier codes {@code <unit>-<yyMMdd>-<NNNN>}: a gapless daily sequence per receiving unit in
 * {@code dossier_code_counter}, taken in the receiving transaction, so it never repeats across nodes.
 */
@Component
class DossierCodeSequence {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final DossierCodeProperties properties;
    private final GaplessCounter counter;

    DossierCodeSequence(JdbcClient jdbc, DossierCodeProperties properties, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.counter = new GaplessCounter(jdbc, transactions, "dossier_code_counter", "unit_code", "receipt_day");
    }

    /** The next code of the unit for the day; must run inside the transaction that stores the dossier. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String unitCode, LocalDate day) {
        int value = counter.next(unitCode, Date.valueOf(day));
        String sequence = String.format("%0" + properties.digits() + "d", value);
        return properties.pattern()
                .replace("{unit}", unitCode)
                .replace("{date}", DAY.format(day))
                .replace("{seq}", sequence);
    }
}
