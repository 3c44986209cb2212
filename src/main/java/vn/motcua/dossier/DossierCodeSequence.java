package vn.motcua.dossier;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossier codes {@code <unit>-<yyMMdd>-<NNNN>}: a daily sequence per receiving unit kept in the
 * database, so it never repeats across nodes. The counter row stays locked until the receiving
 * transaction ends: receipts of one unit are numbered one after the other, and a receipt that rolls
 * back gives its number back, so the sequence has no gaps.
 */
@Component
class DossierCodeSequence {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final DossierCodeProperties properties;

    private final TransactionTemplate newTransaction;

    DossierCodeSequence(JdbcClient jdbc, DossierCodeProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next code of the unit for the day; must run inside the transaction that stores the dossier. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String unitCode, LocalDate day) {
        int value = increment(unitCode, day);
        String sequence = String.format("%0" + properties.digits() + "d", value);
        return properties.pattern()
                .replace("{unit}", unitCode)
                .replace("{date}", DAY.format(day))
                .replace("{seq}", sequence);
    }

    private int increment(String unitCode, LocalDate day) {
        Date sqlDay = Date.valueOf(day);
        String update = "update dossier_code_counter set last_value = last_value + 1 where unit_code = ? and receipt_day = ?";
        if (jdbc.sql(update).params(unitCode, sqlDay).update() == 0) {
            createDayRow(unitCode, sqlDay);
            jdbc.sql(update).params(unitCode, sqlDay).update();
        }
        return jdbc.sql("select last_value from dossier_code_counter where unit_code = ? and receipt_day = ?")
                .params(unitCode, sqlDay).query(Integer.class).single();
    }

    /**
     * Creates the day's counter at 0 in a transaction of its own, so that a concurrent receipt that
     * created it first (a duplicate key) does not abort the receiving transaction.
     */
    private void createDayRow(String unitCode, Date day) {
        try {
            newTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into dossier_code_counter (unit_code, receipt_day, last_value) values (?, ?, 0)")
                    .params(unitCode, day).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // another node or thread created it: the update that follows increments it
        }
    }
}
