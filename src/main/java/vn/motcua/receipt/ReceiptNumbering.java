package vn.motcua.receipt;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receipt numbers: one counter row per (collecting unit, series, year), incremented in the issuing
 * transaction. The row stays locked until that transaction ends, so receipts of one series are
 * numbered one after the other across threads and nodes; a rolled-back issue gives its number back,
 * so the sequence has no gaps. The unique constraint on (unit, series, year, number) backs it up.
 */
@Component
class ReceiptNumbering {

    private static final String INCREMENT = """
            update receipt_counter set last_value = last_value + 1
            where unit_code = ? and series = ? and receipt_year = ?""";

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;

    ReceiptNumbering(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of the series, from 1; must run inside the transaction that stores the receipt. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String unitCode, String series, int year) {
        // update, then select: portable (H2 has no UPDATE ... RETURNING); the update takes the row lock
        if (jdbc.sql(INCREMENT).params(unitCode, series, year).update() == 0) {
            createCounter(unitCode, series, year);
            jdbc.sql(INCREMENT).params(unitCode, series, year).update();
        }
        return jdbc.sql("select last_value from receipt_counter where unit_code = ? and series = ? and receipt_year = ?")
                .params(unitCode, series, year).query(Integer.class).single();
    }

    /**
     * Makes sure the series' counter exists, before the issuing transaction takes a connection: the
     * first receipts of a new series (every 1 January) then never wait for a second connection while
     * holding one. {@link #next} creates a missing counter itself too.
     */
    void prepare(String unitCode, String series, int year) {
        boolean exists = jdbc.sql("select count(*) from receipt_counter where unit_code = ? and series = ? and receipt_year = ?")
                .params(unitCode, series, year).query(Integer.class).single() > 0;
        if (!exists) {
            createCounter(unitCode, series, year);
        }
    }

    /**
     * Creates the series' counter at 0 in a transaction of its own, so that a concurrent issue that
     * created it first (a duplicate key) does not abort the issuing transaction.
     */
    private void createCounter(String unitCode, String series, int year) {
        try {
            newTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into receipt_counter (unit_code, series, receipt_year, last_value) values (?, ?, ?, 0)")
                    .params(unitCode, series, year).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // another thread or node created it: the update that follows increments it
        }
    }
}
