package io.markguard.platform.decisionlog;

import io.markguard.decisionlog.LogStorage;
import io.markguard.decisionlog.Node;
import io.markguard.decisionlog.SignedTreeHead;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The decision log's tables read over JDBC: every read follows a primary key or a unique index and takes O(log N) rows
 * at most (or a page of leaves), whatever the log's size. The static reads run on a connection the caller holds (the
 * appender's transaction); an instance reads for the public endpoints, each call on a connection of its own, which is
 * safe since nothing in these tables is ever updated and a size read first is covered by every node read after.
 */
final class StoredLog implements LogStorage {

    private final DataSource dataSource;

    StoredLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<Node, byte[]> read(Set<Node> nodes) {
        return withConnection(c -> nodes(c, nodes));
    }

    @Override
    public long size() {
        return withConnection(StoredLog::size);
    }

    @Override
    public List<String> leaves(long from, int limit) {
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select leaf_json from decision_log_leaf where idx >= ? order by idx limit ?")) {
                s.setLong(1, from);
                s.setInt(2, limit);
                List<String> texts = new ArrayList<>(limit);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        texts.add(rows.getString(1));
                    }
                }
                return texts;
            }
        });
    }

    /** The latest signed head, if an append has stored one. */
    Optional<SignedTreeHead> head() {
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select log_id, tree_size, root_hash, signed_at, signature from decision_log_head");
                    ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(head(rows, 1)) : Optional.<SignedTreeHead>empty();
            }
        });
    }

    /** The leaf of a decision: its index, its text and the size of the log as it stands. */
    record KeyedLeaf(long index, String leaf, long treeSize) {
    }

    Optional<KeyedLeaf> byKey(String key) {
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select l.idx, l.leaf_json, z.size from decision_log_leaf l cross join decision_log_size z
                    where l.decision_key = ?""")) {
                s.setString(1, key);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(new KeyedLeaf(rows.getLong(1), rows.getString(2), rows.getLong(3)))
                            : Optional.<KeyedLeaf>empty();
                }
            }
        });
    }

    static SignedTreeHead head(ResultSet rows, int first) throws SQLException {
        return new SignedTreeHead(rows.getString(first), rows.getLong(first + 1), rows.getString(first + 2),
                rows.getString(first + 3), rows.getString(first + 4));
    }

    static long size(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select size from decision_log_size");
                ResultSet rows = s.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("decision_log_size holds no row: the log's migration did not run");
            }
            return rows.getLong(1);
        }
    }

    /** One query along the primary key for all the nodes asked for. */
    static Map<Node, byte[]> nodes(Connection c, Set<Node> nodes) throws SQLException {
        Map<Node, byte[]> found = new HashMap<>();
        if (nodes.isEmpty()) {
            return found;
        }
        Short[] levels = new Short[nodes.size()];
        Long[] indexes = new Long[nodes.size()];
        int i = 0;
        for (Node node : nodes) {
            levels[i] = (short) node.level();
            indexes[i++] = node.index();
        }
        try (PreparedStatement s = c.prepareStatement("""
                select n.level, n.idx, n.hash from decision_log_node n
                join unnest(?::smallint[], ?::bigint[]) as w(level, idx) using (level, idx)""")) {
            Array levelArray = c.createArrayOf("smallint", levels);
            Array indexArray = c.createArrayOf("bigint", indexes);
            s.setArray(1, levelArray);
            s.setArray(2, indexArray);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.put(new Node(rows.getShort(1), rows.getLong(2)), rows.getBytes(3));
                }
            }
        }
        return found;
    }

    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the decision log cannot be read: " + e.getMessage(), e);
        }
    }
}
