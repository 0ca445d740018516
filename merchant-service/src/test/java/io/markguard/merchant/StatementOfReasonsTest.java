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

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementOfReasonsTest {

    @Inject
    Fixtures fixtures;

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
        List<Long> ladder = Fixtures.listings(fixtures.merchant("export-ladder-shop"), 5);
        for (long listing : ladder) {
            send(takedown(listing, "brand-acme", fixtures.clock().instant())).then().statusCode(201);
        }
        List<Long> bulk = Fixtures.listings(fixtures.merchant("export-bulk-shop"), 100);
        for (int i = 0; i < bulk.size(); i++) {
            Map<String, Object> command = takedown(bulk.get(i), "brand-" + (i % 2), fixtures.clock().instant());
            command.put("severity", "LOW");
            command.put("infringementType", i % 2 == 0 ? "COUNTERFEIT" : "DESIGN");
            command.put("automatedDecision", i % 3 == 0);
            send(command).then().statusCode(201);
        }
        List<Map<String, Object>> all = new ArrayList<>();
        Long after = 0L;
        int batches = 0;
        while (after != null) {
            JsonPath batch = given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("after", after)
                    .get("/api/statements-of-reasons/export").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> statements = batch.getList("statements");
            assertTrue(statements.size() <= 100);
            assertEquals(List.of(), TransparencyDatabaseRules.brokenRules(statements));
            all.addAll(statements);
            after = batch.get("nextAfter") == null ? null : batch.getLong("nextAfter");
            batches++;
        }
        assertEquals(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Sanction.count()),
                (long) all.size());
        assertTrue(batches >= 2);
        Set<Object> puids = new HashSet<>();
        all.forEach(s -> assertTrue(puids.add(s.get("puid")), "puid repeated: " + s.get("puid")));
        Set<Object> decisions = new HashSet<>();
        all.forEach(s -> {
            decisions.add(String.valueOf(s.get("decision_visibility")));
            decisions.add(String.valueOf(s.get("decision_provision")));
            decisions.add(String.valueOf(s.get("decision_account")));
        });
        assertTrue(decisions.containsAll(List.of("[DECISION_VISIBILITY_CONTENT_REMOVED]", "[DECISION_VISIBILITY_OTHER]",
                "DECISION_PROVISION_PARTIAL_SUSPENSION", "DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED")),
                decisions.toString());
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
        assertEquals(List.of("0.decision_facts: max:5000", "0.automated_decision: in (Yes)", "0.puid: required"),
                TransparencyDatabaseRules.brokenRules(List.of(broken)));

        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("limit", 101)
                .get("/api/statements-of-reasons/export").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/statements-of-reasons/export").then()
                .statusCode(403);
    }
}
