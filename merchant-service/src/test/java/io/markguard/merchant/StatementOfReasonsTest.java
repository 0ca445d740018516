package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.eutdb.StatementRules;
import io.markguard.merchant.service.PenaltyLedger;
import io.markguard.merchant.service.Takedown;
import io.markguard.merchant.service.TransparencyExport;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementOfReasonsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TransparencyExport export;

    @Inject
    PenaltyLedger ledger;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    @Test
    void everySanctionHasAStatementOfReasonsWithGroundAutomationAndRedress() {
        long merchant = Fixtures.demoMerchant("merchant-a");
        long listing = listing(merchant, "ACME perfume 100 ml");
        Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
        command.put("automatedDetection", true);
        JsonPath result = send(command).then().statusCode(201).extract().jsonPath();
        long removal = result.getLong("sanctions[0].id");
        long warning = result.getLong("sanctions[1].id");
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/sanctions/" + removal + "/statement-of-reasons")
                .then().statusCode(200)
                .body("decision.measure", equalTo("LISTING_REMOVED"))
                .body("decision.takenAt", equalTo(fixtures.clock().instant().toString()))
                .body("facts", containsString("counterfeit ACME shoes"))
                .body("ground.type", equalTo("ILLEGAL_CONTENT"))
                .body("ground.ipRight.registrationNumber", equalTo("018123456"))
                .body("ground.policyVersion", equalTo("test-ladder-1"))
                .body("automatedDetection", equalTo(true))
                .body("automatedDecision", equalTo(true))
                .body("channel", equalTo("FAST_TRACK"))
                .body("redress.appealable", equalTo(true))
                .body("redress.appealDeadline", equalTo(fixtures.clock().instant().plus(Duration.ofDays(180)).toString()))
                .body("redress.outOfCourtAndJudicial", containsString("Art. 21"))
                .body("puid", notNullValue());
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/sanctions/" + warning + "/statement-of-reasons")
                .then().statusCode(200)
                .body("decision.measure", equalTo("WARNING"))
                .body("decision.endsAt", equalTo(fixtures.clock().instant().plus(Duration.ofDays(90)).toString()))
                .body("ground.type", equalTo("TERMS_AND_CONDITIONS"))
                .body("ground.policyClause", containsString("10 active points"));
    }

    @Test
    void theExportFollowsTheEuTransparencyDatabaseRulesInBatchesOfAtMost100WithUniquePuids() {
        // Every kind of measure, across two merchants: 105 removals and the whole ladder.
        long ladderShop = fixtures.merchant("export-ladder-shop");
        List<Long> ladder = Fixtures.listings(ladderShop, 5);
        for (long listing : ladder) {
            send(takedown(listing, "brand-acme", fixtures.clock().instant())).then().statusCode(201);
        }
        // The termination binds once a second reviewer confirms it.
        long pending = given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/merchants/" + ladderShop
                + "/standing").then().statusCode(200).extract().jsonPath().getLong("pendingTermination.id");
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).contentType("application/json")
                .body(Map.of("outcome", "CONFIRMED", "reason", "Five counterfeit removals."))
                .post("/api/terminations/" + pending + "/decision").then().statusCode(200);
        List<Long> bulk = Fixtures.listings(fixtures.merchant("export-bulk-shop"), 100);
        for (int i = 0; i < bulk.size(); i++) {
            Map<String, Object> command = takedown(bulk.get(i), "brand-" + (i % 2), fixtures.clock().instant());
            command.put("severity", "LOW");
            command.put("infringementType", i % 2 == 0 ? "COUNTERFEIT" : "DESIGN");
            command.put("automatedDecision", i % 3 == 0);
            send(command).then().statusCode(201);
        }
        export.numberCommitted();
        List<List<Map<String, Object>>> batches = exportAll();
        List<Map<String, Object>> all = batches.stream().flatMap(List::stream).toList();
        // A warning restricts nothing, so it is no decision the database takes; every other measure is exported.
        assertEquals(QuarkusTransaction.requiringNew().call(() -> Sanction.count("measure <> ?1", SanctionMeasure.WARNING)),
                (long) all.size());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Sanction.count("measure", SanctionMeasure.WARNING)) > 0);
        assertTrue(batches.size() >= 2);
        Set<Object> puids = new HashSet<>();
        all.forEach(s -> assertTrue(puids.add(s.get("puid")), "puid repeated: " + s.get("puid")));
        Set<Object> decisions = new HashSet<>();
        all.forEach(s -> {
            decisions.add(String.valueOf(s.get("decision_visibility")));
            decisions.add(String.valueOf(s.get("decision_provision")));
            decisions.add(String.valueOf(s.get("decision_account")));
        });
        assertTrue(decisions.containsAll(List.of("[DECISION_VISIBILITY_CONTENT_REMOVED]",
                "DECISION_PROVISION_PARTIAL_SUSPENSION", "DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED")),
                decisions.toString());
        assertTrue(!decisions.contains("[DECISION_VISIBILITY_OTHER]"), decisions.toString());
        // The published words are the platform's own, from the record: no listing address, no notifier's text.
        for (Map<String, Object> statement : all) {
            String published = statement.values().toString();
            assertTrue(!published.contains("https://") && !published.contains("logo and box differ"), published);
        }
        Map<String, Object> removal = all.stream()
                .filter(s -> "DECISION_GROUND_ILLEGAL_CONTENT".equals(s.get("decision_ground"))).findFirst().orElseThrow();
        assertTrue(((String) removal.get("illegal_content_explanation")).startsWith("The holder of the right "),
                (String) removal.get("illegal_content_explanation"));
        assertTrue(((String) removal.get("decision_facts")).contains("Severity "), (String) removal.get("decision_facts"));
        Map<String, Object> termination = all.stream()
                .filter(s -> "DECISION_ACCOUNT_TERMINATED".equals(s.get("decision_account"))).findFirst().orElseThrow();
        assertEquals("DECISION_GROUND_INCOMPATIBLE_CONTENT", termination.get("decision_ground"));
        assertNull(termination.get("end_date_account_restriction"));
        assertTrue(all.stream().anyMatch(s -> List.of("KEYWORD_DESIGN_INFRINGEMENT").equals(s.get("category_specification"))));
        assertTrue(all.stream().anyMatch(s -> "AUTOMATED_DECISION_NOT_AUTOMATED".equals(s.get("automated_decision"))));

        // The rules themselves catch what the EU database would refuse.
        Map<String, Object> broken = new java.util.LinkedHashMap<>(all.get(0));
        broken.remove("puid");
        broken.put("automated_decision", "Yes");
        broken.put("decision_facts", "x".repeat(5001));
        assertEquals(Set.of("0.decision_facts", "0.automated_decision", "0.puid"),
                Set.copyOf(refusedFields(List.of(broken))));

        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("limit", 101)
                .get("/api/statements-of-reasons/export").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("cursor", "not-a-cursor")
                .get("/api/statements-of-reasons/export").then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/statements-of-reasons/export").then()
                .statusCode(403);
    }

    /**
     * A sanction whose transaction commits after a later one was exported is still exported: its id is the lower
     * (ids come from a pooled sequence), but its export number comes after the commit.
     */
    @Test
    void aSanctionCommittedAfterALaterNumberedOneIsStillExported() throws Exception {
        long slowListing = listing(fixtures.merchant("export-slow-shop"), "Slow shop bag");
        long quickListing = listing(fixtures.merchant("export-quick-shop"), "Quick shop bag");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        Future<Long> slowSanction = slow.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            PenaltyLedger.TakedownOutcome outcome = ledger.takeDown(takedownCommand(slowListing));
            Sanction.getEntityManager().flush();
            written.countDown();
            assertTrue(release.await(30, TimeUnit.SECONDS));
            return outcome.sanctions().get(0).id;
        }));
        try {
            assertTrue(written.await(30, TimeUnit.SECONDS));
            Map<String, Object> command = takedown(quickListing, "brand-quick", fixtures.clock().instant());
            command.put("severity", "LOW");
            long quick = send(command).then().statusCode(201).extract().jsonPath().getLong("sanctions[0].id");
            export.numberCommitted();
            JsonPath first = given().auth().oauth2(TestKeycloak.userToken("reviewer"))
                    .get("/api/statements-of-reasons/export").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(puid(quick)), first.getList("statements.puid"));
            assertNull(first.get("nextCursor"));
            String cursor = first.getString("resumeCursor");

            release.countDown();
            long slowId = slowSanction.get(30, TimeUnit.SECONDS);
            assertTrue(slowId < quick, "the slower transaction holds the lower id");
            export.numberCommitted();
            JsonPath next = given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("cursor", cursor)
                    .get("/api/statements-of-reasons/export").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(puid(slowId)), next.getList("statements.puid"));
            assertNull(next.get("nextCursor"));
            // Nothing new: an empty batch that resumes where it started.
            given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("cursor", next.getString("resumeCursor"))
                    .get("/api/statements-of-reasons/export").then().statusCode(200)
                    .body("statements", org.hamcrest.Matchers.empty())
                    .body("resumeCursor", equalTo(next.getString("resumeCursor")));
        } finally {
            release.countDown();
            slow.shutdown();
        }
    }

    @Test
    void aNextCursorIsGivenOnlyWhenMoreStatementsExist() {
        List<Long> listings = Fixtures.listings(fixtures.merchant("export-page-shop"), 4);
        for (long l : listings) {
            Map<String, Object> command = takedown(l, "brand-page", fixtures.clock().instant());
            command.put("severity", "LOW");
            send(command).then().statusCode(201);
        }
        export.numberCommitted();
        long sanctions = QuarkusTransaction.requiringNew().call(() -> Sanction.count());
        JsonPath page = given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("limit", (int) sanctions)
                .get("/api/statements-of-reasons/export").then().statusCode(200).extract().jsonPath();
        assertEquals(sanctions, page.getList("statements").size());
        assertNull(page.get("nextCursor"));
        JsonPath shorter = given().auth().oauth2(TestKeycloak.userToken("reviewer"))
                .queryParam("limit", (int) sanctions - 1)
                .get("/api/statements-of-reasons/export").then().statusCode(200).extract().jsonPath();
        JsonPath rest = given().auth().oauth2(TestKeycloak.userToken("reviewer"))
                .queryParam("cursor", shorter.getString("nextCursor"))
                .get("/api/statements-of-reasons/export").then().statusCode(200).extract().jsonPath();
        assertEquals(1, rest.getList("statements").size());
        assertNull(rest.get("nextCursor"));
    }

    /** The fields the EU Transparency Database's rules (infra/eu-tdb) refuse in a batch, as "index.field". */
    private static List<String> refusedFields(List<Map<String, Object>> statements) {
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            int index = i;
            StatementRules.check(statements.get(i), false).errors().keySet().forEach(f -> refused.add(index + "." + f));
        }
        return refused;
    }

    /** Every batch of the export, following nextCursor from the first. */
    private static List<List<Map<String, Object>>> exportAll() {
        List<List<Map<String, Object>>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestKeycloak.userToken("reviewer"));
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath batch = request.get("/api/statements-of-reasons/export").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> statements = batch.getList("statements");
            assertTrue(statements.size() <= 100);
            assertTrue(!statements.isEmpty() || cursor == null, "a promised page is never empty");
            assertEquals(List.of(), refusedFields(statements));
            all.add(statements);
            cursor = batch.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    /** The takedown complaint-service would send, as the ledger takes it. */
    private Takedown takedownCommand(long listingId) {
        Map<String, Object> command = takedown(listingId, "brand-slow", fixtures.clock().instant());
        command.put("severity", "LOW");
        return json.convertValue(command, Takedown.class);
    }

    private static String puid(long sanctionId) {
        return QuarkusTransaction.requiringNew().call(() -> Sanction.<Sanction>findById(sanctionId).puid);
    }
}
