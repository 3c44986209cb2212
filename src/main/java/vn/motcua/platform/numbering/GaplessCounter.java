package vn.motcua.platform.numbering;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A legal number sequence kept in a counter table: one row per key (a unit and its day, a unit's e-receipt
 * series and year), holding the last value given. {@link #next} increments the row in the caller's
 * transaction, which keeps it locked until that transaction ends: numbers of one key are given one after
 * the other across threads and nodes, and a transaction that rolls back gives its number back, so the
 * sequence has no gaps. A unique constraint on what the numbers are stored with backs it up.
 */
public final class GaplessCounter {

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final String increment;
    private final String read;
    private final String count;
    private final String create;

    /**
     * @param table      the counter table, with a {@code last_value integer} column
     * @param keyColumns the columns that identify a sequence (the table's primary key)
     */
    public GaplessCounter(JdbcClient jdbc, PlatformTransactionManager transactions, String table, String... keyColumns) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        List<String> keys = Arrays.asList(keyColumns);
        String where = keys.stream().map(column -> column + " = ?").collect(Collectors.joining(" and "));
        this.increment = "update " + table + " set last_value = last_value + 1 where " + where;
        this.read = "select last_value from " + table + " where " + where;
        this.count = "select count(*) from " + table + " where " + where;
        this.create = "insert into " + table + " (" + String.join(", ", keys) + ", last_value) values ("
                + "?, ".repeat(keys.size()) + "0)";
    }

    /** The next number of the key's sequence, from 1; must run inside the transaction that stores it. */
    public int next(Object... key) {
        // update, then select: portable (H2 has no UPDATE ... RETURNING); the update takes the row lock
        if (jdbc.sql(increment).params(key).update() == 0) {
            create(key);
            jdbc.sql(increment).params(key).update();
        }
        return jdbc.sql(read).params(key).query(Integer.class).single();
    }

    /**
     * Makes sure the key's counter exists before the issuing transaction takes a connection: the first
     * numbers of a new sequence then never wait for a second connection while holding one. {@link #next}
     * creates a missing counter itself too.
     */
    public void prepare(Object... key) {
        if (jdbc.sql(count).params(key).query(Integer.class).single() == 0) {
            create(key);
        }
    }

    /**
     * Creates the counter at 0 in a transaction of its own, so that a concurrent issue that created it first
     * (a duplicate key) does not abort the issuing transaction.
     */
    private void create(Object... key) {
        try {
            newTransaction.executeWithoutResult(status -> jdbc.sql(create).params(key).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // another thread or node created it: the update that follows increments it
        }
    }
}
