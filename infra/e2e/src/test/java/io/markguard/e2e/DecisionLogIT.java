package io.markguard.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.verifylog.VerifierRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A regulator's check of the suite's public decision logs with the verifier (infra/verify-log, as
 * {@code infra/markguard verify-log} runs it): once a reviewer's decision has taken a listing down, complaint-service's
 * and merchant-service's logs hold the decisions, their heads verify, and their published transparency reports match
 * the logs' leaves. A decision rewritten in complaint-service's database is caught; put back, the log verifies again.
 */
@ExtendWith(RunningSuite.class)
class DecisionLogIT {

    private static final Duration APPENDED_WITHIN = Duration.ofSeconds(30);

    @Test
    void theVerifierSaysThePublishedReportsMatchTheLogsAndCatchesARewrittenDecision() throws Exception {
        String merchant = Marketplace.newMerchant("Dora", "Dahl");
        long listing = Marketplace.listingOf(merchant, "Dunewind copied lamp " + UUID.randomUUID().toString().substring(0, 8));
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Dunewind");
        int itemId = Marketplace.file(brand, "COUNTERFEIT", List.of(listing)).get(0);
        Marketplace.accept(itemId, "COUNTERFEIT_CONFIRMED");
        long sanctionId = Marketplace.awaitSanctionOn(merchant, listing);
        long itemLeaf = awaitLeaf(RunningSuite.COMPLAINTS, "item-" + itemId + "-decided");
        long sanctionLeaf = awaitLeaf(RunningSuite.MERCHANTS, "sanction-" + sanctionId);

        Path state = Files.createTempDirectory("verify-log");
        VerifierRun complaints = verify(RunningSuite.COMPLAINTS, state.resolve("complaints.json"), itemLeaf);
        assertEquals(0, complaints.exitCode(), complaints.output());
        assertTrue(complaints.output().contains("ok    "), complaints.output());
        VerifierRun merchants = verify(RunningSuite.MERCHANTS, state.resolve("merchants.json"), sanctionLeaf);
        assertEquals(0, merchants.exitCode(), merchants.output());

        // The item's decision rewritten where complaint-service keeps it: the published log no longer proves it.
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/markguard_complaints_e2e",
                "markguard", "markguard")) {
            String original = leaf(db, itemLeaf);
            assertTrue(original.contains("\"item-accepted\""), original);
            setLeaf(db, itemLeaf, original.replace("\"item-accepted\"", "\"item-rejected\""));
            try {
                VerifierRun rewritten = verify(RunningSuite.COMPLAINTS, state.resolve("complaints.json"), itemLeaf);
                assertEquals(1, rewritten.exitCode(), rewritten.output());
                assertTrue(rewritten.output().contains("FAIL  "), rewritten.output());
            } finally {
                setLeaf(db, itemLeaf, original);
            }
        }
        VerifierRun restored = verify(RunningSuite.COMPLAINTS, state.resolve("complaints.json"), itemLeaf);
        assertEquals(0, restored.exitCode(), restored.output());
    }

    /** The verifier against a service's public endpoints: its head, the leaf's inclusion and its transparency report. */
    private static VerifierRun verify(String service, Path state, long leaf) {
        return VerifierRun.of(service, "--state", state.toString(), "--leaf", String.valueOf(leaf),
                "--report", service + "/api/transparency");
    }

    /** The decision's index once the service's appender (every second) has put it in the log. */
    private static long awaitLeaf(String service, String key) throws InterruptedException {
        Instant until = Instant.now().plus(APPENDED_WITHIN);
        while (Instant.now().isBefore(until)) {
            var answer = given().baseUri(service).get("/api/decision-log/leaves/by-key/" + key);
            if (answer.statusCode() == 200) {
                return answer.jsonPath().getLong("index");
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Decision " + key + " not in " + service + "'s log within " + APPENDED_WITHIN.toSeconds() + " s");
    }

    private static String leaf(Connection db, long index) throws Exception {
        try (PreparedStatement s = db.prepareStatement("select leaf_json from decision_log_leaf where idx = ?")) {
            s.setLong(1, index);
            try (ResultSet row = s.executeQuery()) {
                assertTrue(row.next(), "leaf " + index);
                return row.getString(1);
            }
        }
    }

    private static void setLeaf(Connection db, long index, String json) throws Exception {
        try (PreparedStatement s = db.prepareStatement("update decision_log_leaf set leaf_json = ? where idx = ?")) {
            s.setString(1, json);
            s.setLong(2, index);
            assertEquals(1, s.executeUpdate());
        }
    }
}
