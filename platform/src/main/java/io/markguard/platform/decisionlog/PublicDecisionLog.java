package io.markguard.platform.decisionlog;

import io.agroal.api.AgroalDataSource;
import io.markguard.decisionlog.DecisionLogContract;
import io.markguard.decisionlog.LogKeyPair;
import io.markguard.decisionlog.PublicLog;
import io.markguard.decisionlog.SignedTreeHead;
import io.markguard.decisionlog.TreeHash;
import io.markguard.decisionlog.TreeHeadSigner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The service's log as the public reads it: the stored latest head, proofs and leaves, and a report's part. */
@ApplicationScoped
public class PublicDecisionLog {

    @Inject
    DecisionLogConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    private TreeHeadSigner signer;
    private StoredLog storage;
    private PublicLog log;

    @PostConstruct
    void open() {
        signer = TreeHeadSigner.of(config.logId(), new LogKeyPair(config.privateKey(), config.publicKey()));
        storage = new StoredLog(dataSource);
        log = new PublicLog(storage, signer, clock);
    }

    SignedTreeHead sign(long treeSize, byte[] root) {
        return signer.sign(treeSize, root, clock.instant());
    }

    public DecisionLogContract.LogKey key() {
        return log.key();
    }

    /** The head the last append signed; before any, the empty log's. */
    public SignedTreeHead head() {
        return storage.head().orElseGet(() -> sign(0, TreeHash.emptyRoot()));
    }

    public DecisionLogContract.InclusionProof inclusion(long index, long treeSize) {
        return log.inclusion(index, treeSize);
    }

    public DecisionLogContract.ConsistencyProof consistency(long first, long second) {
        return log.consistency(first, second);
    }

    public DecisionLogContract.LeavesPage leaves(long from, int limit) {
        return log.leaves(from, limit);
    }

    /** Where a decision stands in the log, once appended. */
    public record Entry(long index, String leaf, long treeSize) {
    }

    public Optional<Entry> byKey(String key) {
        return storage.byKey(key).map(k -> new Entry(k.index(), k.leaf(), k.treeSize()));
    }

    /**
     * What a transparency report over [from, to) states of the log: the latest head and the decisions of each kind
     * decided in the period, read in one statement so that the counts are those of the head's leaves. Periods are
     * whole UTC days, as the day counts are.
     */
    public DecisionLogContract.ReportedLog report(Instant from, Instant to) {
        if (!from.equals(from.truncatedTo(java.time.temporal.ChronoUnit.DAYS))
                || !to.equals(to.truncatedTo(java.time.temporal.ChronoUnit.DAYS))) {
            throw new IllegalArgumentException("a report's period is whole UTC days");
        }
        SignedTreeHead head = null;
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select h.log_id, h.tree_size, h.root_hash, h.signed_at, h.signature, d.kind, d.n
                from decision_log_head h left join (
                    select kind, sum(n) as n from decision_log_day where day >= ? and day < ? group by kind) d on true""")) {
            s.setObject(1, LocalDate.ofInstant(from, ZoneOffset.UTC));
            s.setObject(2, LocalDate.ofInstant(to, ZoneOffset.UTC));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    head = StoredLog.head(rows, 1);
                    if (rows.getString(6) != null) {
                        counts.put(rows.getString(6), rows.getLong(7));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the decision log cannot be read: " + e.getMessage(), e);
        }
        return new DecisionLogContract.ReportedLog(head == null ? sign(0, TreeHash.emptyRoot()) : head,
                new DecisionLogContract.Period(from.toString(), to.toString()), counts);
    }
}
