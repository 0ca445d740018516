package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.demoMerchant;
import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.merchant.service.EvidenceCheck;
import io.markguard.platform.outbox.OutboxMessage;
import io.markguard.platform.outbox.OutboxRelay;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AppealTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    @Inject
    OutboxRelay outboxRelay;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    /** A takedown of a new listing of the demo merchant; returns the sanction id of the removal. */
    private long removalOf(String merchantUser, String title) {
        long merchant = demoMerchant(merchantUser);
        long listing = listing(merchant, title);
        return send(takedown(listing, "brand-acme", fixtures.clock().instant())).then().statusCode(201)
                .extract().jsonPath().getLong("sanctions[0].id");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestKeycloak.userToken(user));
    }

    private static RequestSpecification appealForm(String user) {
        return as(user).multiPart("explanation", "I bought these from the brand's authorised distributor; invoice attached.");
    }

    @Inject
    EntityManager em;

    private long complaintMessages() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(m) from OutboxMessage m where m.destination = 'complaint-service'", Long.class)
                .getSingleResult());
    }

    private OutboxMessage outboxMessage(String idempotencyKey) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from OutboxMessage where idempotencyKey = :key", OutboxMessage.class)
                .setParameter("key", idempotencyKey).getSingleResult());
    }

    private static long appealCount() {
        return QuarkusTransaction.requiringNew().call(() -> Appeal.count());
    }

    @Test
    void anUpheldAppealRestoresTheListingReversesThePointsAndTellsComplaintServiceThroughTheOutbox() throws Exception {
        long sanction = removalOf("merchant-a", "ACME runner (genuine)");
        long merchant = demoMerchant("merchant-a");
        as("merchant-a").get("/api/merchants/me/standing").then()
                .body("activePoints", equalTo(10))
                .body("level", equalTo("WARNING"))
                .body("sanctionsInForceCount", equalTo(2));
        as("merchant-a").queryParam("status", "ACTIVE").get("/api/merchants/me/sanctions").then()
                .body("items[1].id", equalTo((int) sanction))
                .body("items[1].appealable", equalTo(true))
                .body("items[1].appealDeadline",
                        equalTo(fixtures.clock().instant().plus(Duration.ofDays(180)).toString()));

        JsonPath appeal = appealForm("merchant-a")
                .multiPart("evidence", "invoice.pdf", PDF, "application/pdf")
                .header("Idempotency-Key", "appeal-" + sanction)
                .post("/api/sanctions/" + sanction + "/appeals").then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("merchantId", equalTo((int) merchant))
                .body("brandAnswerDeadline", equalTo(fixtures.clock().instant().plus(Duration.ofDays(7)).toString()))
                .body("decisionDeadline", equalTo(fixtures.clock().instant().plus(Duration.ofDays(14)).toString()))
                .body("evidence", hasSize(1))
                .body("evidence[0].mediaType", equalTo("application/pdf"))
                .body("evidence[0].sha256", equalTo(EvidenceCheck.sha256(PDF)))
                .extract().jsonPath();
        long appealId = appeal.getLong("id");
        // The brand's members are told through the portal right after the commit.
        for (int i = 0; i < 200 && as("merchant-a").get("/api/appeals/" + appealId).jsonPath().get("brandNotifiedAt") == null; i++) {
            Thread.sleep(50);
        }
        as("merchant-a").get("/api/appeals/" + appealId).then().body("brandNotifiedAt", notNullValue());

        // The same Idempotency-Key with the same appeal files nothing new; with another appeal it is refused.
        appealForm("merchant-a").multiPart("evidence", "invoice.pdf", PDF, "application/pdf")
                .header("Idempotency-Key", "appeal-" + sanction)
                .post("/api/sanctions/" + sanction + "/appeals").then()
                .statusCode(200).body("id", equalTo((int) appealId));
        appealForm("merchant-a").header("Idempotency-Key", "appeal-" + sanction)
                .post("/api/sanctions/" + sanction + "/appeals").then()
                .statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(1L, appealCount());

        // The brand that complained is told once through the portal, with its deadline; the merchant gets a receipt.
        List<String> toBrand = PortalStandIn.received().stream().map(PortalStandIn.Received::body)
                .filter(b -> b.contains("\"appeal-" + appealId + "-brand\"")).toList();
        assertEquals(1, toBrand.size(), toBrand.toString());
        JsonNode brandNotice = new ObjectMapper().readTree(toBrand.get(0));
        assertEquals("appeal-filed", brandNotice.path("kind").asText());
        assertEquals(fixtures.clock().instant().plus(Duration.ofDays(7)).toString(),
                brandNotice.path("params").path("answerBy").asText());
        assertEquals("/appeals/" + appealId, brandNotice.path("link").asText());
        assertEquals(1L, notifications("notification-appeal-" + appealId + "-received"));

        // The brand reads the appeal and its evidence, and answers once.
        as("brand-owner").get("/api/appeals").then().statusCode(200).body("items.id", hasSize(1));
        as("brand-agent").get("/api/appeals").then().statusCode(200).body("items", hasSize(0));
        byte[] downloaded = as("brand-owner").get("/api/appeals/" + appealId + "/evidence/" + appeal.getLong("evidence[0].id"))
                .then().statusCode(200).contentType("application/pdf")
                .header("Repr-Digest", equalTo("sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.security.MessageDigest.getInstance("SHA-256").digest(PDF)) + ":"))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        as("brand-agent").contentType("application/json").body(Map.of("answer", "Not ours to answer"))
                .post("/api/appeals/" + appealId + "/brand-answer").then().statusCode(404);
        as("brand-owner").contentType("application/json").body(Map.of("answer", "We confirm the distributor is authorised."))
                .post("/api/appeals/" + appealId + "/brand-answer").then().statusCode(200)
                .body("brandAnswer", equalTo("We confirm the distributor is authorised."))
                .body("brandAnsweredAt", equalTo(fixtures.clock().instant().toString()));
        as("brand-owner").contentType("application/json").body(Map.of("answer", "We confirm the distributor is authorised."))
                .post("/api/appeals/" + appealId + "/brand-answer").then().statusCode(200);
        as("brand-owner").contentType("application/json").body(Map.of("answer", "Again"))
                .post("/api/appeals/" + appealId + "/brand-answer").then().statusCode(409)
                .contentType("application/problem+json");

        // The reviewer's queue shows it; the decision upholds it.
        as("reviewer").get("/api/appeals").then().statusCode(200).body("items.id", hasSize(1))
                .body("items[0].id", equalTo((int) appealId))
                .body("items[0].evidence[0].sha256", equalTo(EvidenceCheck.sha256(PDF)))
                .body("nextCursor", nullValue());
        as("merchant-a").get("/api/sanctions/" + sanction).then().statusCode(200)
                .body("sanction.openAppealId", equalTo((int) appealId))
                .body("appeals[0].evidence", hasSize(1));
        as("merchant-a").get("/api/merchants/me/sanctions").then().statusCode(200)
                .body("items.find { it.id == " + sanction + " }.openAppealId", equalTo((int) appealId))
                .body("items.find { it.id == " + sanction + " }.appealable", equalTo(false));
        as("merchant-a").contentType("application/json").body(Map.of("outcome", "UPHELD", "reason", "Self-serving"))
                .post("/api/appeals/" + appealId + "/decision").then().statusCode(403);
        as("reviewer").contentType("application/json")
                .body(Map.of("outcome", "UPHELD", "reason", "The invoice proves the goods came from the authorised distributor."))
                .post("/api/appeals/" + appealId + "/decision").then().statusCode(200)
                .body("status", equalTo("UPHELD"))
                .body("listing.status", equalTo("RESTORED"))
                .body("decidedAt", equalTo(fixtures.clock().instant().toString()));
        as("reviewer").contentType("application/json")
                .body(Map.of("outcome", "UPHELD", "reason", "The invoice proves the goods came from the authorised distributor."))
                .post("/api/appeals/" + appealId + "/decision").then().statusCode(200).body("status", equalTo("UPHELD"));
        as("reviewer").contentType("application/json").body(Map.of("outcome", "DENIED", "reason", "Second thoughts"))
                .post("/api/appeals/" + appealId + "/decision").then().statusCode(409);

        // The merchant sees the listing restored and the points gone.
        as("merchant-a").get("/api/merchants/me/standing").then()
                .body("activePoints", equalTo(0))
                .body("level", equalTo("GOOD_STANDING"))
                .body("sanctionsInForceCount", equalTo(0));
        as("merchant-a").get("/api/sanctions/" + sanction).then().statusCode(200)
                .body("sanction.status", equalTo("REVERSED"))
                .body("sanction.listing.status", equalTo("RESTORED"))
                .body("appeals[0].decisionReason", containsString("authorised distributor"));

        // complaint-service is told through the outbox right after the commit; it cannot be reached, so the
        // message waits for a retry.
        String key = "appeal-" + appealId + "-upheld";
        OutboxMessage message = outboxMessage(key);
        assertEquals(1L, complaintMessages());
        JsonNode payload = new ObjectMapper().readTree(message.payload);
        assertEquals("APPEAL_UPHELD", payload.get("type").asText());
        assertEquals(sanction, payload.get("sanctionId").asLong());
        String told = "notification-appeal-" + appealId + "-decided-merchant";
        String answered = "notification-appeal-" + appealId + "-answered";
        for (int i = 0; i < 200 && (outboxMessage(key).attempts == 0 || outboxMessage(told).attempts == 0
                || outboxMessage(answered).attempts == 0); i++) {
            Thread.sleep(50);
        }
        OutboxMessage after = outboxMessage(key);
        assertEquals(OutboxMessage.PENDING, after.status);
        assertEquals(1, after.attempts);
        assertNotNull(after.lastError);
        assertEquals(fixtures.clock().instant().plus(Duration.ofSeconds(2)), after.nextAttemptAt);
        // Not due yet: nothing is sent; once due, the next failure waits twice as long.
        assertEquals(new OutboxRelay.Run(0, 0), outboxRelay.deliverDue());
        fixtures.clock().advance(Duration.ofSeconds(3));
        // Only the reversal for complaint-service: the merchant's notifications of the brand's answer and of the
        // outcome reached the portal right after their commits.
        assertEquals(new OutboxRelay.Run(0, 1), outboxRelay.deliverDue());
        assertNotNull(outboxMessage(told).deliveredAt);
        assertNotNull(outboxMessage(answered).deliveredAt);
        OutboxMessage third = outboxMessage(key);
        assertEquals(2, third.attempts);
        assertEquals(fixtures.clock().instant().plus(Duration.ofSeconds(4)), third.nextAttemptAt);
        assertNull(third.deliveredAt);

        // Each step of the appeal went to complaint-service for the brand's webhooks, each with an event id of its own.
        List<JsonNode> events = List.of();
        for (int i = 0; i < 200 && events.size() < 3; i++) {
            events = appealEvents(appealId);
            Thread.sleep(50);
        }
        assertEquals(List.of("appeal.filed", "appeal.answered", "appeal.decided"),
                events.stream().map(e -> e.path("type").asText()).toList());
        assertEquals("UPHELD", events.get(2).path("data").path("outcome").asText());
        assertEquals(3, events.stream().map(e -> e.path("eventId").asText()).distinct().count());
    }

    private static List<JsonNode> appealEvents(long appealId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> found = new java.util.ArrayList<>();
        for (String body : ComplaintAccessStandIn.EVENTS) {
            JsonNode event = json.readTree(body);
            if (event.path("data").path("appealId").asText().equals(String.valueOf(appealId))) {
                found.add(event);
            }
        }
        return found;
    }

    @Test
    void aDeniedAppealShowsItsReasonsAndLeavesTheSanction() {
        long sanction = removalOf("merchant-a", "ACME runner (copy)");
        long appealId = appealForm("merchant-a").post("/api/sanctions/" + sanction + "/appeals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("reviewer").contentType("application/json")
                .body(Map.of("outcome", "DENIED", "reason", "The invoice names another product line."))
                .post("/api/appeals/" + appealId + "/decision").then().statusCode(200);
        as("merchant-a").get("/api/appeals/" + appealId).then().statusCode(200)
                .body("status", equalTo("DENIED"))
                .body("decisionReason", equalTo("The invoice names another product line."));
        as("merchant-a").get("/api/merchants/me/standing").then()
                .body("activePoints", equalTo(10))
                .body("sanctionsInForceCount", equalTo(2));
        as("merchant-a").queryParam("status", "ACTIVE").get("/api/merchants/me/sanctions").then()
                .body("items[1].id", equalTo((int) sanction))
                .body("items[1].listing.status", equalTo("REMOVED"));
        assertEquals(0L, complaintMessages());
    }

    @Test
    void merchantACannotSeeOrAppealMerchantBsSanctions() {
        long bSanction = removalOf("merchant-b", "B's ACME sandal");
        long bMerchant = demoMerchant("merchant-b");
        as("merchant-a").get("/api/sanctions/" + bSanction).then().statusCode(404)
                .contentType("application/problem+json");
        as("merchant-a").get("/api/sanctions/" + bSanction + "/statement-of-reasons").then().statusCode(404);
        as("merchant-a").get("/api/merchants/" + bMerchant + "/standing").then().statusCode(404);
        as("merchant-a").get("/api/merchants/me/sanctions").then().statusCode(200).body("items", hasSize(0));
        as("merchant-a").get("/api/merchants/" + bMerchant + "/sanctions").then().statusCode(404);
        as("merchant-a").get("/api/merchants/" + bMerchant + "/violations").then().statusCode(404);
        appealForm("merchant-a").post("/api/sanctions/" + bSanction + "/appeals").then().statusCode(404);
        assertEquals(0L, appealCount());

        long bAppeal = appealForm("merchant-b").post("/api/sanctions/" + bSanction + "/appeals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("merchant-a").get("/api/appeals/" + bAppeal).then().statusCode(404);
        as("merchant-b").get("/api/merchants/me/sanctions").then().statusCode(200).body("items.id", hasSize(2));
        as("merchant-a").get("/api/merchants/me/appeals").then().statusCode(200).body("items", hasSize(0));
        as("merchant-b").get("/api/merchants/me/appeals").then().statusCode(200).body("items.id", hasSize(1))
                .body("items[0].id", equalTo((int) bAppeal));
        as("reviewer").get("/api/merchants/" + bMerchant + "/sanctions").then().statusCode(200)
                .body("items.id", hasSize(2));
        as("merchant-b").get("/api/merchants/" + bMerchant + "/standing").then().statusCode(200)
                .body("activePoints", equalTo(10));
        as("reviewer").get("/api/merchants/" + bMerchant + "/standing").then().statusCode(200);
    }

    @Test
    void anAppealAfterTheWindowIsRefusedAndFilesNothing() {
        long sanction = removalOf("merchant-a", "ACME hoodie");
        fixtures.clock().advance(Duration.ofDays(181));
        appealForm("merchant-a").post("/api/sanctions/" + sanction + "/appeals").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("sanctionId"))
                .body("detail", containsString("closed"));
        assertEquals(0L, appealCount());
        assertEquals(0L, notifications("notification-appeal-%"));
    }

    @Test
    void aSecondOpenAppealIsRefused() {
        long sanction = removalOf("merchant-a", "ACME earbuds");
        appealForm("merchant-a").post("/api/sanctions/" + sanction + "/appeals").then().statusCode(201);
        appealForm("merchant-a").post("/api/sanctions/" + sanction + "/appeals").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already has an open appeal"));
        assertEquals(1L, appealCount());
        as("merchant-a").get("/api/sanctions/" + sanction).then().body("sanction.appealable", equalTo(false))
                .body("sanction.openAppealId", notNullValue());
    }

    @Test
    void oversizedOrWrongTypeEvidenceIsRefusedOnItsContentAndFilesNothing() {
        long sanction = removalOf("merchant-a", "ACME watch");
        byte[] big = Arrays.copyOf(PDF, 102_401);
        appealForm("merchant-a").multiPart("evidence", "big.pdf", big, "application/pdf")
                .post("/api/sanctions/" + sanction + "/appeals").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("evidence"))
                .body("detail", containsString("102400"));
        byte[] script = "#!/bin/sh\necho pretending to be a PDF\n".getBytes(StandardCharsets.US_ASCII);
        appealForm("merchant-a").multiPart("evidence", "invoice.pdf", script, "application/pdf")
                .post("/api/sanctions/" + sanction + "/appeals").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("evidence"));
        as("merchant-a").multiPart("explanation", " ").post("/api/sanctions/" + sanction + "/appeals").then()
                .statusCode(400).body("violations[0].field", equalTo("explanation"));
        assertEquals(0L, appealCount());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Evidence.count()));
        as("merchant-a").get("/api/sanctions/" + sanction).then().body("sanction.appealable", equalTo(true))
                .body("sanction.openAppealId", nullValue());
    }

    @Test
    void theBrandIsToldOnceThePortalIsBack() throws Exception {
        long sanction = removalOf("merchant-a", "ACME bottle");
        PortalStandIn.outage();
        long appealId;
        try {
            appealId = appealForm("merchant-a").post("/api/sanctions/" + sanction + "/appeals").then()
                    .statusCode(201)
                    .body("status", equalTo("OPEN"))
                    .body("brandNotifiedAt", nullValue())
                    .extract().jsonPath().getLong("id");
        } finally {
            PortalStandIn.recover();
        }
        String brandKey = "\"appeal-" + appealId + "-brand\"";
        // The notification waits out its backoff, then goes.
        fixtures.clock().advance(Duration.ofSeconds(31));
        assertEquals(0, outboxRelay.deliverDue().failed());
        String told = PortalStandIn.received().stream().map(PortalStandIn.Received::body).filter(b -> b.contains(brandKey))
                .findFirst().orElseThrow();
        assertTrue(told.contains("\"kind\":\"appeal-filed\""), told);
        as("merchant-a").get("/api/appeals/" + appealId).then().body("brandNotifiedAt", notNullValue());
    }

    @Test
    void theBrandMayNotAnswerAfterItsWindow() {
        long sanction = removalOf("merchant-a", "ACME scarf");
        long appealId = appealForm("merchant-a").post("/api/sanctions/" + sanction + "/appeals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        fixtures.clock().advance(Duration.ofDays(8));
        as("brand-owner").contentType("application/json").body(Map.of("answer", "Late"))
                .post("/api/appeals/" + appealId + "/brand-answer").then().statusCode(409)
                .body("detail", containsString("closed"));
        as("reviewer").get("/api/appeals/" + appealId).then().body("brandAnswer", nullValue())
                .body("asOf", equalTo(fixtures.clock().instant().toString()));
        Instant filed = Instant.parse(as("reviewer").get("/api/appeals/" + appealId).then().extract().path("filedAt"));
        assertTrue(filed.isBefore(fixtures.clock().instant()));
    }

    /** The notifications written to the outbox under keys like {@code key}. */
    private static long notifications(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Merchant.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM outbox_message WHERE destination = 'notification' AND idempotency_key LIKE ?1")
                .setParameter(1, key).getSingleResult()).longValue());
    }
}
