package io.markguard.platform.figures;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.Session;

/**
 * Adds to shared counters (a rollup row that every tenant's changes touch, such as the platform's figures of one
 * day) without waiting on another transaction. A counter is the sum of its slot rows: a table keeps an
 * {@code INTEGER slot} column at the end of its primary key, and readers sum over the slots as they sum over days.
 * An addition updates a slot row of the key that no other open transaction holds ({@code FOR UPDATE SKIP LOCKED};
 * a transaction finds its own slot again), or, when every slot is held or none is committed yet, inserts a new slot
 * at a random number. So a transaction that stays open holds up nobody, and a key has about as many slots as
 * transactions ever changed it at once.
 */
public final class CounterRows {

    private static final int ATTEMPTS = 8;

    private CounterRows() {
    }

    /**
     * Adds {@code deltas} to the columns {@code counts} of the counter keyed by {@code keys} = {@code values} in
     * {@code table}, in the caller's transaction. Names are the caller's constants, never input.
     */
    public static void add(EntityManager em, String table, List<String> keys, List<Object> values, List<String> counts,
            long[] deltas) {
        if (keys.size() != values.size() || counts.size() != deltas.length) {
            throw new IllegalArgumentException("keys and values, counts and deltas must pair up for " + table);
        }
        boolean changes = false;
        for (long delta : deltas) {
            changes |= delta != 0;
        }
        if (!changes) {
            return;
        }
        StringBuilder match = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            match.append(k == 0 ? "" : " and ").append(keys.get(k)).append(" = :k").append(k);
        }
        StringBuilder set = new StringBuilder();
        for (int c = 0; c < counts.size(); c++) {
            set.append(c == 0 ? "" : ", ").append(counts.get(c)).append(" = t.").append(counts.get(c)).append(" + :d")
                    .append(c);
        }
        Query update = em.createNativeQuery("update " + table + " t set " + set + " where t.ctid = (select ctid from "
                + table + " where " + match + " limit 1 for update skip locked)");
        bind(update, values, deltas);
        if (update.executeUpdate() > 0) {
            return;
        }
        StringBuilder insert = new StringBuilder("insert into ").append(table).append(" (")
                .append(String.join(", ", keys)).append(", slot, ").append(String.join(", ", counts)).append(") values (");
        for (int k = 0; k < keys.size(); k++) {
            insert.append(":k").append(k).append(", ");
        }
        insert.append(":slot");
        for (int c = 0; c < counts.size(); c++) {
            insert.append(", :d").append(c);
        }
        insert.append(") on conflict do nothing");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Query row = em.createNativeQuery(insert.toString());
            bind(row, values, deltas);
            // A random slot, never a fixed first one: a row another transaction is inserting, not yet committed, is
            // invisible to the update above, and inserting its key again would wait for that transaction.
            row.setParameter("slot", ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE));
            if (row.executeUpdate() > 0) {
                return;
            }
        }
        throw new IllegalStateException("No free counter slot in " + table + " after " + ATTEMPTS + " attempts");
    }

    /** One counter of {@link #addAll}: its key's values and what to add to each count. */
    public record Addition(List<Object> values, long[] deltas) {
    }

    /**
     * As {@link #add} for several counters of one table, in the order given: the updates go to PostgreSQL as one
     * batch (one round trip however many counters), and only the counters with no free slot take an insert of
     * their own.
     */
    public static void addAll(EntityManager em, String table, List<String> keys, List<String> counts,
            List<Addition> additions) {
        List<Addition> changing = new ArrayList<>(additions.size());
        for (Addition addition : additions) {
            if (addition.values().size() != keys.size() || addition.deltas().length != counts.size()) {
                throw new IllegalArgumentException("keys and values, counts and deltas must pair up for " + table);
            }
            for (long delta : addition.deltas()) {
                if (delta != 0) {
                    changing.add(addition);
                    break;
                }
            }
        }
        if (changing.isEmpty()) {
            return;
        }
        if (changing.size() == 1) {
            add(em, table, keys, changing.get(0).values(), counts, changing.get(0).deltas());
            return;
        }
        // What the session holds goes first, as before any native statement of the transaction.
        em.flush();
        StringBuilder match = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            match.append(k == 0 ? "" : " and ").append(keys.get(k)).append(" = ?");
        }
        StringBuilder set = new StringBuilder();
        for (int c = 0; c < counts.size(); c++) {
            set.append(c == 0 ? "" : ", ").append(counts.get(c)).append(" = t.").append(counts.get(c)).append(" + ?");
        }
        String update = "update " + table + " t set " + set + " where t.ctid = (select ctid from " + table + " where "
                + match + " limit 1 for update skip locked)";
        int[] updated = em.unwrap(Session.class).doReturningWork(connection -> batch(connection, update, changing));
        for (int i = 0; i < changing.size(); i++) {
            // The driver answers a row count per statement of the batch (SUCCESS_NO_INFO would be a positive value).
            if (updated[i] == 0) {
                add(em, table, keys, changing.get(i).values(), counts, changing.get(i).deltas());
            }
        }
    }

    private static int[] batch(Connection connection, String update, List<Addition> additions) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Addition addition : additions) {
                int p = 1;
                for (long delta : addition.deltas()) {
                    statement.setLong(p++, delta);
                }
                for (Object value : addition.values()) {
                    // The driver takes an instant as the time with its zone, not as an Instant.
                    statement.setObject(p++, value instanceof java.time.Instant instant
                            ? instant.atOffset(java.time.ZoneOffset.UTC) : value);
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    private static void bind(Query query, List<Object> values, long[] deltas) {
        for (int k = 0; k < values.size(); k++) {
            query.setParameter("k" + k, values.get(k));
        }
        for (int c = 0; c < deltas.length; c++) {
            query.setParameter("d" + c, deltas[c]);
        }
    }
}
