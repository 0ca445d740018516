package io.markguard.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.markguard.decisionlog.DecisionKind;
import io.markguard.decisionlog.DecisionLogContract;
import io.markguard.decisionlog.Leaf;
import io.markguard.decisionlog.LogPublicKey;
import io.markguard.decisionlog.Proofs;
import io.markguard.decisionlog.SignedTreeHead;
import io.markguard.platform.decisionlog.DecisionLog;
import io.markguard.platform.decisionlog.DecisionLogAppender;
import io.markguard.platform.decisionlog.DecisionLogConfig;
import io.markguard.verifylog.VerifierRun;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every service's decision log must hold to, through its public endpoints and the regulator's verifier: each
 * decision taken through the API is a leaf once, heads verify with the configured key, proofs verify, appenders side by
 * side never give an index twice, and a rewritten or deleted leaf or a changed day count is caught. A service's test
 * extends it and takes its decisions through its own API.
 */
public abstract class DecisionLogAuditContract {

    @Inject
    protected DecisionLog decisionLog;

    @Inject
    protected DecisionLogAppender appender;

    @Inject
    protected DecisionLogConfig config;

    @Inject
    protected AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    /** Takes decisions through the service's API; the keys they are recorded under. */
    protected abstract List<String> decideThroughApi();

    private String base() {
        String url = root.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static SignedTreeHead head() {
        return given().get(DecisionLogContract.HEAD).then().statusCode(200).extract().as(SignedTreeHead.class);
    }

    @Test
    void decisionsTakenThroughTheApiAreLeavesOnceEach() {
        appender.appendAll();
        List<String> keys = decideThroughApi();
        assertTrue(!keys.isEmpty());
        for (String key : keys) {
            given().get(DecisionLogContract.LEAVES + "/by-key/" + key).then().statusCode(404);
        }
        appender.appendAll();
        long size = head().treeSize();
        Set<Long> indexes = new HashSet<>();
        for (String key : keys) {
            var entry = given().get(DecisionLogContract.LEAVES + "/by-key/" + key).then().statusCode(200)
                    .extract().jsonPath();
            indexes.add(entry.getLong("index"));
            Leaf.parse(entry.getString("leaf"));
        }
        assertEquals(keys.size(), indexes.size(), "each decision is a leaf of its own");
        // The same decisions recorded again (a retried request) add nothing.
        QuarkusTransaction.requiringNew().run(() -> keys.forEach(key -> decisionLog.record(key,
                Leaf.decision(DecisionKind.RETRACTION, Instant.now(), Map.of("again", key), Map.of()))));
        appender.appendAll();
        assertEquals(size, head().treeSize());
    }

    @Test
    void headsAndProofsVerify() {
        appender.appendAll();
        SignedTreeHead before = head();
        List<String> keys = decideThroughApi();
        appender.appendAll();
        SignedTreeHead after = head();
        LogPublicKey key = LogPublicKey.fromBase64(config.publicKey());
        assertTrue(key.verifies(after), "the head is signed with the configured key");
        assertEquals(config.publicKey(), given().get(DecisionLogContract.KEY).then().statusCode(200).extract()
                .jsonPath().getString("publicKey"));
        assertEquals(config.logId(), after.logId());
        for (String decision : keys) {
            var entry = given().get(DecisionLogContract.LEAVES + "/by-key/" + decision).then().statusCode(200)
                    .extract().jsonPath();
            long index = entry.getLong("index");
            var proof = given().queryParam("index", index).queryParam("treeSize", after.treeSize())
                    .get(DecisionLogContract.INCLUSION).then().statusCode(200).extract()
                    .as(DecisionLogContract.InclusionProof.class);
            assertTrue(Proofs.verifyInclusion(index, after.treeSize(), Leaf.parse(entry.getString("leaf")).hash(),
                    proof.auditPathBytes(), after.rootHashBytes()), "inclusion of " + decision);
        }
        var consistency = given().queryParam("first", before.treeSize()).queryParam("second", after.treeSize())
                .get(DecisionLogContract.CONSISTENCY).then().statusCode(200).extract()
                .as(DecisionLogContract.ConsistencyProof.class);
        assertTrue(Proofs.verifyConsistency(before.treeSize(), after.treeSize(), before.rootHashBytes(),
                after.rootHashBytes(), consistency.proofBytes()));
        given().queryParam("index", "x").queryParam("treeSize", 1).get(DecisionLogContract.INCLUSION).then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers.is("index"));
        given().queryParam("index", 0).queryParam("treeSize", after.treeSize() + 1).get(DecisionLogContract.INCLUSION)
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.is("treeSize"));
        given().queryParam("from", 0).get(DecisionLogContract.LEAVES).then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.is("limit"));
    }

    @Test
    void appendersSideBySideNeverGiveAnIndexTwiceNorLoseADecision() throws Exception {
        appender.appendAll();
        long start = head().treeSize();
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                running.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 60; i++) {
                        String key = "audit-" + UUID.randomUUID();
                        QuarkusTransaction.requiringNew().run(() -> decisionLog.record(key, Leaf.decision(
                                DecisionKind.RETRACTION, Instant.now(), Map.of("test", key), Map.of())));
                        keys.add(key);
                        if (i % 7 == 0) {
                            appender.appendAll();
                        }
                    }
                    return null;
                }));
                running.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 40; i++) {
                        appender.appendAll();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        appender.appendAll();
        assertEquals(start + keys.size(), head().treeSize());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select count(*), count(distinct idx), min(idx), max(idx), (select count(*) from decision_log_intake)
                from decision_log_leaf where decision_key = any(?)""")) {
            s.setArray(1, c.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                assertEquals(keys.size(), rows.getLong(1));
                assertEquals(keys.size(), rows.getLong(2));
                assertTrue(rows.getLong(3) >= start);
            }
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*), coalesce(max(idx) + 1, 0) from decision_log_leaf");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            assertEquals(rows.getLong(1), rows.getLong(2), "indexes run without gaps");
        }
    }

    @Test
    void theVerifierPassesTheHonestLogAndCatchesTampering() throws SQLException {
        decideThroughApi();
        appender.appendAll();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String report = base() + "/api/transparency?from=" + today.minusDays(700) + "&to=" + today.plusDays(300);
        VerifierRun honest = VerifierRun.of(base(), "--report", report, "--leaf", "0");
        assertEquals(0, honest.exitCode(), honest.output());

        long last = head().treeSize() - 1;
        String text = one("select leaf_json from decision_log_leaf where idx = " + last);
        execute("update decision_log_leaf set leaf_json = replace(leaf_json, '\"kind\":\"', '\"kind\":\"x') where idx = "
                + last);
        try {
            VerifierRun rewritten = VerifierRun.of(base(), "--report", report, "--leaf", String.valueOf(last));
            assertNotEquals(0, rewritten.exitCode(), rewritten.output());
        } finally {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "update decision_log_leaf set leaf_json = ? where idx = ?")) {
                s.setString(1, text);
                s.setLong(2, last);
                s.executeUpdate();
            }
        }

        execute("create table if not exists decision_log_leaf_kept as select * from decision_log_leaf where false");
        execute("insert into decision_log_leaf_kept select * from decision_log_leaf where idx = " + last);
        execute("delete from decision_log_leaf where idx = " + last);
        try {
            VerifierRun deleted = VerifierRun.of(base(), "--report", report);
            assertNotEquals(0, deleted.exitCode(), deleted.output());
        } finally {
            execute("insert into decision_log_leaf select * from decision_log_leaf_kept");
            execute("drop table decision_log_leaf_kept");
        }

        String changed = "(select kind, day from decision_log_day where day between current_date - 700 and current_date + 299"
                + " order by day desc, kind limit 1)";
        execute("update decision_log_day set n = n + 1 where (kind, day) = " + changed);
        try {
            VerifierRun miscounted = VerifierRun.of(base(), "--report", report);
            assertNotEquals(0, miscounted.exitCode(), miscounted.output());
        } finally {
            execute("update decision_log_day set n = n - 1 where (kind, day) = " + changed);
        }
        VerifierRun restored = VerifierRun.of(base(), "--report", report);
        assertEquals(0, restored.exitCode(), restored.output());
    }

    private void execute(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.execute();
        }
    }

    private String one(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }
}
