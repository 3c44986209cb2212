package vn.motcua.fees.ereceipt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.numbering.GaplessCounter;

/**
 * EReceipt numbers: a gapless sequence per (collecting unit, series, year) in {@code receipt_counter},
 * taken in the issuing transaction. The unique constraint on (unit, series, year, number) backs it up.
 */
@Component
class EReceiptNumbering {

    private final GaplessCounter counter;

    EReceiptNumbering(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.counter = new GaplessCounter(jdbc, transactions, "receipt_counter", "unit_code", "series", "receipt_year");
    }

    /** The next number of the series, from 1; must run inside the transaction that stores the receipt. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String unitCode, String series, int year) {
        return counter.next(unitCode, series, year);
    }

    /** Makes sure the series' counter exists (every 1 January), before the issuing transaction starts. */
    void prepare(String unitCode, String series, int year) {
        counter.prepare(unitCode, series, year);
    }
}
