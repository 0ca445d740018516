package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.markguard.merchant.config.PenaltyPolicy;
import io.markguard.testsupport.TestKeycloak;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A takedown weighs the severity the reviewer chose, or the policy's default, and its statement of reasons says which. */
@io.quarkus.test.junit.QuarkusTest
class SeverityTest {

    @Inject
    Fixtures fixtures;

    @Inject
    PenaltyPolicy policy;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    @Test
    void aReviewersChosenSeverityGivesThePolicysPointsAndIsNamedInTheStatementOfReasons() {
        long merchant = Fixtures.demoMerchant("merchant-a");
        Map<String, Object> command = reviewed(listing(merchant, "ACME perfume 50 ml"));
        command.put("severity", "LOW");
        command.put("severitySource", "REVIEWER");
        command.put("severityReviewer", "rita");
        JsonPath result = send(command).then().statusCode(201)
                .body("severity", equalTo("LOW"))
                .body("points", equalTo(policy.points(InfringementType.COUNTERFEIT, Severity.LOW)))
                .extract().jsonPath();
        long removal = result.getLong("sanctions[0].id");
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/sanctions/" + removal + "/statement-of-reasons")
                .then().statusCode(200)
                .body("severity.severity", equalTo("LOW"))
                .body("severity.source", equalTo("REVIEWER"))
                .body("severity.reviewer", equalTo("rita"))
                .body("severity.points", equalTo(policy.points(InfringementType.COUNTERFEIT, Severity.LOW)))
                .body("facts", containsString("Severity low: chosen by reviewer rita."))
                .body("coded.facts.code", equalTo("REMOVAL_ON_NOTICE"))
                .body("coded.facts.params.severitySource", equalTo("REVIEWER"))
                .body("coded.facts.params.reviewer", equalTo("rita"))
                .body("coded.clause.code", equalTo("REMOVAL_ON_NOTICE"))
                .body("coded.clause.params.severity", equalTo("LOW"))
                .body("ground.policyClause", containsString("severity low = "
                        + policy.points(InfringementType.COUNTERFEIT, Severity.LOW) + " points"));
    }

    @Test
    void withoutAChoiceTheReasonCodesDefaultAppliesAndTheStatementSaysItIsThePolicys() {
        long merchant = Fixtures.demoMerchant("merchant-a");
        Map<String, Object> command = reviewed(listing(merchant, "ACME scarf"));
        command.put("severitySource", "POLICY_DEFAULT");
        command.put("reasonCode", "RIGHT_INFRINGED");
        Severity expected = policy.pointsOf(InfringementType.COUNTERFEIT).defaultSeverity("RIGHT_INFRINGED");
        long removal = send(command).then().statusCode(201)
                .body("severity", equalTo(expected.name()))
                .body("points", equalTo(policy.points(InfringementType.COUNTERFEIT, expected)))
                .extract().jsonPath().getLong("sanctions[0].id");
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/sanctions/" + removal + "/statement-of-reasons")
                .then().statusCode(200)
                .body("severity.source", equalTo("POLICY_DEFAULT"))
                .body("severity.reasonCode", equalTo("RIGHT_INFRINGED"))
                .body("facts", containsString("the penalty policy's default for counterfeit accepted as right infringed."));
    }

    @Test
    void aFastTrackTakedownWeighsTheTypesDefault() {
        long merchant = Fixtures.demoMerchant("merchant-a");
        Map<String, Object> command = takedown(listing(merchant, "ACME cap"), "brand-acme", fixtures.clock().instant());
        command.remove("severity");
        command.put("severitySource", "FAST_TRACK");
        Severity expected = policy.pointsOf(InfringementType.COUNTERFEIT).defaultSeverity();
        long removal = send(command).then().statusCode(201)
                .body("severity", equalTo(expected.name()))
                .body("points", equalTo(policy.points(InfringementType.COUNTERFEIT, expected)))
                .extract().jsonPath().getLong("sanctions[0].id");
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/sanctions/" + removal + "/statement-of-reasons")
                .then().statusCode(200)
                .body("severity.source", equalTo("FAST_TRACK"))
                .body("facts", containsString("the fast-track default for counterfeit."));
    }

    @Test
    void aSeverityThePolicyDoesNotKnowIsRefusedNamingTheField() {
        long merchant = Fixtures.demoMerchant("merchant-a");
        Map<String, Object> command = reviewed(listing(merchant, "ACME belt"));
        command.put("severity", "SEVERE");
        send(command).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("severity"));
    }

    @Test
    void thePolicyShowsPointsAndTheDefaultsTheDecisionFormPreselects() {
        given().get("/api/policy").then().statusCode(200)
                .body("version", equalTo(policy.version()))
                .body("types.find { it.infringementType == 'COUNTERFEIT' }.points.LOW",
                        equalTo(policy.points(InfringementType.COUNTERFEIT, Severity.LOW)))
                .body("types.find { it.infringementType == 'COUNTERFEIT' }.defaultSeverity", equalTo("HIGH"))
                .body("types.find { it.infringementType == 'COUNTERFEIT' }.reasonDefaults.RIGHT_INFRINGED",
                        equalTo("MEDIUM"))
                .body("types.find { it.infringementType == 'PATENT' }.reasonDefaults.COUNTERFEIT_CONFIRMED",
                        equalTo("LOW"));
    }

    @Test
    void anOverturnedFastTrackTakedownEndsItsSanctionsWithThatReasonAsACode() {
        long merchant = Fixtures.demoMerchant("merchant-a");
        Map<String, Object> command = takedown(listing(merchant, "ACME gloves"), "brand-acme", fixtures.clock().instant());
        long removal = send(command).then().statusCode(201).extract().jsonPath().getLong("sanctions[0].id");
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(Map.of("complaintItemId", command.get("complaintItemId"), "reason", "genuine goods",
                        "kind", "OVERTURNED_ON_REVIEW"))
                .post("/api/internal/retractions").then().statusCode(200);
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/sanctions/" + removal).then()
                .statusCode(200)
                .body("sanction.coded.endReason.code", equalTo("OVERTURNED_ON_REVIEW"))
                .body("sanction.coded.endReason.params.reason", equalTo("genuine goods"))
                .body("sanction.endReason", equalTo("Fast-track takedown overturned on review: genuine goods"))
                .body("sanction.endReason", not(containsString("retracted by the brand")));
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(Map.of("complaintItemId", command.get("complaintItemId"), "reason", "x", "kind", "WHATEVER"))
                .post("/api/internal/retractions").then().statusCode(400)
                .body("violations.field", hasItem("kind"));
    }

    /** A standard-channel takedown a reviewer decided. */
    private Map<String, Object> reviewed(long listing) {
        Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
        command.remove("severity");
        command.put("channel", "STANDARD");
        command.put("automatedDecision", false);
        command.put("reasonCode", "COUNTERFEIT_CONFIRMED");
        return command;
    }
}
