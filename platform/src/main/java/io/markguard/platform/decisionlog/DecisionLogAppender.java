package io.markguard.platform.decisionlog;

import io.markguard.decisionlog.MerkleTree;
import io.markguard.decisionlog.Node;
import io.markguard.decisionlog.SignedTreeHead;
import io.markguard.decisionlog.TreeHash;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Appends the recorded decisions to the tree, in the order they were recorded, and signs the new head. One short
 * transaction per batch holds the one-row {@code decision_log_size} lock ({@code FOR UPDATE SKIP LOCKED}: a replica
 * that finds it held leaves the append to the one holding it), so every replica may run it and indexes are never
 * given twice. An append reads O(log N) stored nodes, whatever the log's size.
 */
@ApplicationScoped
public class DecisionLogAppender {

    @Inject
    EntityManager em;

    @Inject
    DecisionLogConfig config;

    @Inject
    PublicDecisionLog log;

    @Inject
    Clock clock;

    @Scheduled(identity = "decision-log-append", every = "${markguard.decision-log.append-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        appendAll();
    }

    /** Batches until the intake is empty or another replica holds the log; how many intake rows this call took. */
    @ActivateRequestContext
    public long appendAll() {
        long appended = 0;
        while (true) {
            int batch = appendBatch();
            appended += Math.max(batch, 0);
            if (batch < config.batch()) {
                return appended;
            }
        }
    }

    /** One batch in a transaction of its own: the intake rows taken, or -1 when another replica holds the log. */
    @ActivateRequestContext
    public int appendBatch() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.unwrap(Session.class).doReturningWork(this::appendOn));
    }

    private record Intake(long id, String key, String kind, Timestamp decidedAt, String leaf) {
    }

    private int appendOn(Connection c) throws SQLException {
        long size;
        try (PreparedStatement s = c.prepareStatement("select size from decision_log_size for update skip locked");
                ResultSet rows = s.executeQuery()) {
            if (!rows.next()) {
                return -1;
            }
            size = rows.getLong(1);
        }
        List<Intake> taken = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select id, decision_key, kind, decided_at, leaf_json from decision_log_intake order by id limit ?")) {
            s.setInt(1, config.batch());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    taken.add(new Intake(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getTimestamp(4),
                            rows.getString(5)));
                }
            }
        }
        if (taken.isEmpty()) {
            if (size == 0 && !hasHead(c)) {
                storeHead(c, log.sign(0, TreeHash.emptyRoot()));
            }
            return 0;
        }
        List<Intake> fresh = withoutAppended(c, taken);
        if (!fresh.isEmpty()) {
            List<byte[]> hashes = fresh.stream().map(i -> TreeHash.leaf(i.leaf().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))).toList();
            Map<Node, byte[]> nodes = MerkleTree.append(size, hashes, wanted -> read(c, wanted));
            insertLeaves(c, size, fresh, hashes);
            insertNodes(c, nodes);
            addDays(c, fresh);
            long newSize = size + fresh.size();
            try (PreparedStatement s = c.prepareStatement("update decision_log_size set size = ?")) {
                s.setLong(1, newSize);
                s.executeUpdate();
            }
            storeHead(c, log.sign(newSize, MerkleTree.root(newSize, wanted -> read(c, wanted))));
        }
        try (PreparedStatement s = c.prepareStatement("delete from decision_log_intake where id = any(?)")) {
            s.setArray(1, c.createArrayOf("bigint", taken.stream().map(Intake::id).toArray(Long[]::new)));
            s.executeUpdate();
        }
        return taken.size();
    }

    private static Map<Node, byte[]> read(Connection c, Set<Node> wanted) {
        try {
            return StoredLog.nodes(c, wanted);
        } catch (SQLException e) {
            throw new IllegalStateException("the decision log's nodes cannot be read: " + e.getMessage(), e);
        }
    }

    /** A decision recorded again after its leaf was appended (a late repeat) is dropped from the intake. */
    private static List<Intake> withoutAppended(Connection c, List<Intake> taken) throws SQLException {
        Set<String> appended = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "select decision_key from decision_log_leaf where decision_key = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", taken.stream().map(Intake::key).toArray(String[]::new)));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    appended.add(rows.getString(1));
                }
            }
        }
        return appended.isEmpty() ? taken : taken.stream().filter(i -> !appended.contains(i.key())).toList();
    }

    private static void insertLeaves(Connection c, long size, List<Intake> fresh, List<byte[]> hashes)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into decision_log_leaf (idx, decision_key, kind, decided_at, leaf_json, leaf_hash)
                values (?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < fresh.size(); i++) {
                Intake intake = fresh.get(i);
                s.setLong(1, size + i);
                s.setString(2, intake.key());
                s.setString(3, intake.kind());
                s.setTimestamp(4, intake.decidedAt());
                s.setString(5, intake.leaf());
                s.setBytes(6, hashes.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertNodes(Connection c, Map<Node, byte[]> nodes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into decision_log_node (level, idx, hash) values (?, ?, ?)")) {
            for (var node : nodes.entrySet()) {
                s.setShort(1, (short) node.getKey().level());
                s.setLong(2, node.getKey().index());
                s.setBytes(3, node.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Counts per kind and UTC day of {@code decidedAt}: what a report states without reading the leaves. */
    private static void addDays(Connection c, List<Intake> fresh) throws SQLException {
        Map<String, Map<LocalDate, Long>> counts = new TreeMap<>();
        for (Intake intake : fresh) {
            LocalDate day = LocalDate.ofInstant(intake.decidedAt().toInstant(), ZoneOffset.UTC);
            counts.computeIfAbsent(intake.kind(), k -> new TreeMap<>()).merge(day, 1L, Long::sum);
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into decision_log_day (kind, day, n) values (?, ?, ?)
                on conflict (kind, day) do update set n = decision_log_day.n + excluded.n""")) {
            for (var kind : counts.entrySet()) {
                for (var day : kind.getValue().entrySet()) {
                    s.setString(1, kind.getKey());
                    s.setObject(2, day.getKey());
                    s.setLong(3, day.getValue());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static boolean hasHead(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from decision_log_head");
                ResultSet rows = s.executeQuery()) {
            return rows.next();
        }
    }

    private static void storeHead(Connection c, SignedTreeHead head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into decision_log_head (one, log_id, tree_size, root_hash, signed_at, signature)
                values (true, ?, ?, ?, ?, ?)
                on conflict (one) do update set log_id = excluded.log_id, tree_size = excluded.tree_size,
                    root_hash = excluded.root_hash, signed_at = excluded.signed_at, signature = excluded.signature""")) {
            s.setString(1, head.logId());
            s.setLong(2, head.treeSize());
            s.setString(3, head.rootHash());
            s.setString(4, head.timestamp());
            s.setString(5, head.signature());
            s.executeUpdate();
        }
    }
}
