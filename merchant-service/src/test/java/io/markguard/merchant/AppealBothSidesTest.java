package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.demoMerchant;
import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.outbox.OutboxMessage;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Appeals as both sides work them: any member of the brand who may answer appeals answers (with links to evidence),
 * the reviewer who decided the takedown may not decide its appeal, and the merchant and the brand are told the
 * outcome with its reasons, each once.
 */
@QuarkusTest
class AppealBothSidesTest {

    static final String REVIEWER_SUBJECT = "6f1c2a10-0000-4000-8000-000000000005";
    /** Another reviewer of the platform, who decided some takedowns. */
    static final String COLLEAGUE_SUBJECT = "6f1c2a10-0000-4000-8000-0000000000c5";

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @BeforeEach
    void empty() {
        fixtures.reset();
        ComplaintAccessStandIn.forgetMembers();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestKeycloak.userToken(user));
    }

    /** A takedown of a new listing of merchant-a for the brand, decided by {@code decidedBy}; its removal's sanction id. */
    private long removal(String brandId, String decidedBy, String title) {
        return removal(removalCommand(brandId, decidedBy, title));
    }

    private static long removal(Map<String, Object> command) {
        return send(command).then().statusCode(201).extract().jsonPath().getLong("sanctions[0].id");
    }

    /** The takedown command {@link #removal(String, String, String)} sends. */
    private Map<String, Object> removalCommand(String brandId, String decidedBy, String title) {
        long listing = listing(demoMerchant("merchant-a"), title);
        Map<String, Object> command = takedown(listing, brandId, fixtures.clock().instant());
        command.put("rightId", 77);
        // Five points each: the merchant stays below the ladder's restriction however many removals a test makes.
        command.put("severity", "MEDIUM");
        if (decidedBy != null) {
            command.put("channel", "STANDARD");
            command.put("automatedDecision", false);
            command.put("decidedBy", decidedBy);
        } else {
            command.put("decidedBy", "fast-track");
        }
        ComplaintAccessStandIn.itemOfBrand((String) command.get("complaintItemId"), brandId);
        return command;
    }

    private static long appeal(long sanction) {
        return as("merchant-a").multiPart("explanation", "These are genuine goods bought from the brand's distributor.")
                .post("/api/sanctions/" + sanction + "/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<OutboxMessage> outbox(String destination) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from OutboxMessage where destination = :d order by id", OutboxMessage.class)
                .setParameter("d", destination).getResultList());
    }

    private static JsonNode json(OutboxMessage message) throws Exception {
        return new ObjectMapper().readTree(message.payload);
    }

    @Test
    void anAgentWhoMayAnswerAppealsFindsTheAppealInTheBrandsListAndAnswersWithEvidenceLinks() throws Exception {
        ComplaintAccessStandIn.member("4101", Fixtures.BRAND_AGENT_SUBJECT, Set.of("READ", "ANSWER_APPEALS"));
        long first = appeal(removal("4101", null, "ACME runner"));
        fixtures.clock().advance(java.time.Duration.ofMinutes(5));
        long second = appeal(removal("4101", null, "ACME trail runner"));
        appeal(removal("4999", null, "Other brand's listing"));

        // The brand's list: its appeals awaiting an answer, soonest deadline first, a page at a time.
        String cursor = as("brand-agent").queryParam("limit", 1).get("/api/brands/4101/appeals").then().statusCode(200)
                .body("items.id", contains((int) first)).body("items[0].brandId", equalTo("4101"))
                .body("items[0].rightId", equalTo(77))
                .extract().jsonPath().getString("nextCursor");
        as("brand-agent").queryParam("limit", 1).queryParam("cursor", cursor).get("/api/brands/4101/appeals").then()
                .statusCode(200).body("items.id", contains((int) second)).body("nextCursor", nullValue());
        as("brand-agent").get("/api/brands/4999/appeals").then().statusCode(404)
                .contentType("application/problem+json");

        // The brand's members are told with a link to the brand's page of the appeal in the portal.
        JsonNode filed = json(outbox("notification").stream()
                .filter(m -> m.idempotencyKey.equals("notification-appeal-" + first + "-brand")).findFirst().orElseThrow());
        assertEquals("appeal-filed", filed.get("kind").asText());
        assertEquals("/brands/4101/appeals/" + first, filed.get("link").asText());
        assertEquals(4101, filed.get("to").get("brandId").asLong());
        assertEquals("ANSWER_APPEALS", filed.get("to").get("action").asText());

        // Not the filer, yet a member who may answer appeals: reads it and answers.
        as("brand-agent").get("/api/appeals/" + first).then().statusCode(200)
                .body("explanation", equalTo("These are genuine goods bought from the brand's distributor."));
        as("brand-agent").contentType("application/json")
                .body(Map.of("answer", "Our distributor never supplied this shop.", "evidenceUrls", List.of("ftp://x")))
                .post("/api/appeals/" + first + "/brand-answer").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("evidenceUrls[0]"));
        as("brand-agent").contentType("application/json")
                .body(Map.of("answer", "Our distributor never supplied this shop.",
                        "evidenceUrls", List.of("https://acme.example/distributors.pdf")))
                .post("/api/appeals/" + first + "/brand-answer").then().statusCode(200)
                .body("brandAnswer", equalTo("Our distributor never supplied this shop."))
                .body("brandAnswerEvidence", contains("https://acme.example/distributors.pdf"));
        as("brand-agent").contentType("application/json")
                .body(Map.of("answer", "Our distributor never supplied this shop.",
                        "evidenceUrls", List.of("https://acme.example/distributors.pdf")))
                .post("/api/appeals/" + first + "/brand-answer").then().statusCode(200);
        // Answered, it leaves the list.
        as("brand-agent").get("/api/brands/4101/appeals").then().statusCode(200).body("items.id", contains((int) second));

        // The merchant is told once that the brand answered.
        List<OutboxMessage> told = outbox("notification").stream()
                .filter(m -> m.idempotencyKey.endsWith("-answered")).toList();
        assertEquals(1, told.size());
        JsonNode answered = json(told.getFirst());
        assertEquals("appeal-answered", answered.get("kind").asText());
        assertEquals(Fixtures.MERCHANT_A_SUBJECT, answered.get("to").get("subject").asText());
        assertEquals(String.valueOf(first), answered.get("params").get("appealId").asText());
        assertEquals("LISTING_REMOVED", answered.get("params").get("measure").asText());
        assertEquals("/merchant/appeals/" + first, answered.get("link").asText());
    }

    @Test
    void anAgentWithoutAnswerAppealsMayReadButNotAnswer() {
        ComplaintAccessStandIn.member("4102", Fixtures.BRAND_AGENT_SUBJECT, Set.of("READ"));
        long appeal = appeal(removal("4102", null, "ACME bag"));
        as("brand-agent").get("/api/appeals/" + appeal).then().statusCode(200);
        as("brand-agent").contentType("application/json").body(Map.of("answer", "We object."))
                .post("/api/appeals/" + appeal + "/brand-answer").then().statusCode(403)
                .contentType("application/problem+json").body("violations[0].field", equalTo("action"));
        as("brand-agent").get("/api/brands/4102/appeals").then().statusCode(403)
                .body("violations[0].field", equalTo("action"));
        as("merchant-a").get("/api/appeals/" + appeal).then().body("brandAnswer", nullValue());
        assertEquals(List.of(), outbox("notification").stream().map(m -> m.idempotencyKey)
                .filter(k -> k.endsWith("-answered")).toList(), "a refused answer tells nobody");
    }

    @Test
    void theReviewerWhoUpheldAFastTrackTakedownInItsSpotCheckIsRefusedItsAppeal() {
        Map<String, Object> command = removalCommand("4104", null, "ACME scarf");
        long sanction = removal(command);
        String item = (String) command.get("complaintItemId");
        // complaint-service's word after the reviewer upheld the removal; the same word again changes nothing.
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                    .body(Map.of("complaintItemId", item, "checkedBy", REVIEWER_SUBJECT))
                    .post("/api/internal/spot-checks").then().statusCode(200).body("checkedBy", equalTo(REVIEWER_SUBJECT));
        }
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(Map.of("complaintItemId", "no-such-item", "checkedBy", REVIEWER_SUBJECT))
                .post("/api/internal/spot-checks").then().statusCode(404);
        long appeal = appeal(sanction);
        as("reviewer").get("/api/appeals/" + appeal).then().statusCode(200)
                .body("fourEyes.originalDecision", equalTo("AUTOMATED"))
                .body("fourEyes.mayDecide", equalTo(false))
                .body("fourEyes.barredBecause", equalTo("ORIGINAL_DECIDER"));
        as("reviewer").contentType("application/json")
                .body(Map.of("outcome", "UPHELD", "reasonCode", "NOT_INFRINGING", "reason", "I checked it myself."))
                .post("/api/appeals/" + appeal + "/decision").then().statusCode(403)
                .body("violations[0].field", equalTo("reviewer"));
        as("reviewer-b").get("/api/appeals/" + appeal).then().statusCode(200).body("fourEyes.mayDecide", equalTo(true));
    }

    @Test
    void theReviewerWhoDecidedTheTakedownIsRefusedWhileAnotherReviewersTakedownIsTheirsToDecide() throws Exception {
        long own = appeal(removal("4103", REVIEWER_SUBJECT, "ACME watch"));
        as("reviewer").get("/api/appeals/" + own).then().statusCode(200)
                .body("fourEyes.originalDecision", equalTo("REVIEWER"))
                .body("fourEyes.mayDecide", equalTo(false))
                .body("fourEyes.barredBecause", equalTo("ORIGINAL_DECIDER"));
        as("merchant-a").get("/api/appeals/" + own).then().statusCode(200).body("fourEyes", nullValue());
        as("reviewer").contentType("application/json")
                .body(Map.of("outcome", "UPHELD", "reasonCode", "NOT_INFRINGING", "reason", "I was wrong."))
                .post("/api/appeals/" + own + "/decision").then().statusCode(403)
                .contentType("application/problem+json").body("violations[0].field", equalTo("reviewer"));
        as("merchant-a").get("/api/appeals/" + own).then().body("status", equalTo("OPEN"))
                .body("listing.status", equalTo("REMOVED"));

        long colleagues = removal("4103", COLLEAGUE_SUBJECT, "ACME watch, gold");
        long other = appeal(colleagues);
        as("reviewer").get("/api/appeals/" + other).then().statusCode(200)
                .body("fourEyes.originalDecider", equalTo(COLLEAGUE_SUBJECT))
                .body("fourEyes.mayDecide", equalTo(true));
        as("reviewer").contentType("application/json")
                .body(Map.of("outcome", "DENIED", "reasonCode", "AUTHORISED_GOODS", "reason", "Mixed up."))
                .post("/api/appeals/" + other + "/decision").then().statusCode(400)
                .body("violations[0].field", equalTo("reasonCode"));
        String reason = "The distributor's invoice covers the serial numbers shown in the listing.";
        for (int attempt = 0; attempt < 2; attempt++) {
            as("reviewer").contentType("application/json")
                    .body(Map.of("outcome", "UPHELD", "reasonCode", "AUTHORISED_GOODS", "reason", reason))
                    .post("/api/appeals/" + other + "/decision").then().statusCode(200)
                    .body("status", equalTo("UPHELD")).body("decisionReasonCode", equalTo("AUTHORISED_GOODS"))
                    .body("listing.status", equalTo("RESTORED"));
        }
        as("reviewer").contentType("application/json")
                .body(Map.of("outcome", "DENIED", "reasonCode", "OTHER", "reason", "Second thoughts."))
                .post("/api/appeals/" + other + "/decision").then().statusCode(409);

        // Restored once: one reversal for complaint-service, the points of that removal gone and the other's kept.
        assertEquals(List.of("appeal-" + other + "-upheld"),
                outbox("complaint-service").stream().map(m -> m.idempotencyKey).toList());
        as("merchant-a").get("/api/merchants/me/standing").then().body("activePoints", equalTo(5));
        as("merchant-a").get("/api/sanctions/" + colleagues).then().body("sanction.status", equalTo("REVERSED"))
                .body("sanction.listing.status", equalTo("RESTORED"));

        // The merchant and the brand's members who answer appeals are told, each once, with the reasons.
        List<OutboxMessage> told = outbox("notification").stream()
                .filter(m -> m.idempotencyKey.contains("-decided-")).toList();
        assertEquals(List.of("notification-appeal-" + other + "-decided-merchant",
                "notification-appeal-" + other + "-decided-brand"), told.stream().map(m -> m.idempotencyKey).toList());
        JsonNode merchant = json(told.get(0));
        JsonNode brand = json(told.get(1));
        for (JsonNode n : List.of(merchant, brand)) {
            assertEquals("appeal-decided", n.get("kind").asText());
            assertEquals("UPHELD", n.get("params").get("outcome").asText());
            assertEquals("AUTHORISED_GOODS", n.get("params").get("reasonCode").asText());
            assertEquals(reason, n.get("params").get("reviewerReason").asText());
            assertEquals("LISTING_REMOVED", n.get("params").get("measure").asText());
            assertEquals("ACME watch, gold", n.get("params").get("listingTitle").asText());
        }
        assertEquals(Fixtures.MERCHANT_A_SUBJECT, merchant.get("to").get("subject").asText());
        assertEquals(4103, brand.get("to").get("brandId").asLong());
        assertEquals("ANSWER_APPEALS", brand.get("to").get("action").asText());
        assertEquals("/brands/4103/appeals/" + other, brand.get("link").asText());
    }

    @Test
    void aFastTrackTakedownHadNoHumanDeciderSoAnyReviewerDecidesItsAppeal() {
        long appeal = appeal(removal("4104", null, "ACME cap"));
        as("reviewer").get("/api/appeals/" + appeal).then()
                .body("fourEyes.originalDecision", equalTo("AUTOMATED"))
                .body("fourEyes.mayDecide", equalTo(true));
        as("reviewer").contentType("application/json")
                .body(Map.of("outcome", "DENIED", "reasonCode", "INFRINGEMENT_CONFIRMED", "reason", "The logo is a copy."))
                .post("/api/appeals/" + appeal + "/decision").then().statusCode(200).body("status", equalTo("DENIED"));
        as("merchant-a").get("/api/appeals/" + appeal).then().body("decisionReasonCode", equalTo("INFRINGEMENT_CONFIRMED"));
    }
}
