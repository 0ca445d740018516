package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.portal;
import static io.markguard.complaint.Markguard.right;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static io.markguard.complaint.Markguard.verify;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed webhooks as an integrator meets them, with a receiver on this machine that checks every signature: the
 * owner subscribes, each decision arrives signed and once (a failed attempt is tried again; a redelivery has the
 * same event id, so the receiver applies it once), a receiver that keeps failing is paused and the owner told, and
 * resuming it sends what was held. An API client subscribes for itself and hears only of its own rights.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Test
    void eachDecisionArrivesSignedAndOnceAndAFailedAttemptIsTriedAgain() throws Exception {
        long merchant = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Hooks");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.clock(clock);
            JsonPath created = subscribe(OWNER, brand.id(), receiver.url(), List.of("item.decided", "takedown.applied",
                    "item.retracted"));
            String secret = created.getString("secret");
            assertTrue(secret.startsWith("mgwh_"), secret);
            receiver.secret(secret);
            String subscription = created.getString("subscription.id");
            assertEquals("ACTIVE", created.getString("subscription.status"));
            // The secret is shown once.
            hooks(OWNER).get("/api/brands/" + brand.id() + "/webhooks/" + subscription).then().statusCode(200)
                    .body("secret", nullValue()).body("url", equalTo(receiver.url()));

            List<Integer> items = file(OWNER, notice(brand, listings(merchant, 2))).then().statusCode(201).extract()
                    .jsonPath().getList("items.id");
            // The receiver fails the first attempt; the outbox tries again.
            receiver.failNext(1);
            decide(items.get(0), "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
            decide(items.get(1), "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);
            await("both decisions and the takedown applied", Duration.ofSeconds(30),
                    () -> types(receiver).containsAll(List.of("item.decided", "takedown.applied"))
                            && receiver.applied().size() == 3);

            List<JsonNode> decided = applied(receiver, "item.decided");
            assertEquals(2, decided.size());
            Map<String, String> outcomes = decided.stream().collect(Collectors.toMap(
                    e -> e.path("data").path("itemId").asText(), e -> e.path("data").path("outcome").asText()));
            assertEquals(Map.of(String.valueOf(items.get(0)), "ACCEPTED", String.valueOf(items.get(1)), "REJECTED"), outcomes);
            JsonNode first = decided.get(0);
            assertEquals(String.valueOf(brand.id()), first.path("brandId").asText());
            assertFalse(first.path("data").path("automated").asBoolean());
            JsonNode takedown = applied(receiver, "takedown.applied").get(0);
            assertEquals(String.valueOf(items.get(0)), takedown.path("data").path("itemId").asText());
            // Every delivery was signed with the secret; one was refused once and then applied.
            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::validSignature), receiver.received().toString());
            assertTrue(receiver.received().stream().anyMatch(r -> r.answered() == 500));
            assertTrue(receiver.deliveriesPerEvent().values().stream().allMatch(n -> n == 1), receiver.deliveriesPerEvent().toString());
            // A signature from another secret, or out of the window, does not pass.
            WebhookReceiver.Received one = receiver.received().get(0);
            assertFalse(WebhookReceiver.verify("mgwh_not-the-secret", one.signature(), one.body(), clock.instant()));
            assertFalse(WebhookReceiver.verify(secret, one.signature(), one.body(), clock.instant().plus(Duration.ofMinutes(6))));
            assertFalse(WebhookReceiver.verify(secret, one.signature(), one.body() + " ", clock.instant()));

            // The delivery log: each delivered, the one that failed first after two attempts.
            List<Map<String, Object>> log = hooks(OWNER).get("/api/brands/" + brand.id() + "/webhooks/" + subscription
                    + "/deliveries").then().statusCode(200).extract().jsonPath().getList("items");
            assertEquals(3, log.size(), log.toString());
            assertTrue(log.stream().allMatch(d -> "DELIVERED".equals(d.get("status"))), log.toString());
            assertEquals(Set.of(1, 2), log.stream().map(d -> (Integer) d.get("attempts")).collect(Collectors.toSet()), log.toString());

            // Redelivered: the same event id and body, signed anew; the receiver applies it once.
            Map<String, Object> again = log.get(log.size() - 1);
            hooks(OWNER).post("/api/brands/" + brand.id() + "/webhooks/" + subscription + "/deliveries/" + again.get("id")
                    + "/redelivery").then().statusCode(200).body("status", equalTo("QUEUED"));
            String eventId = (String) again.get("eventId");
            await("the redelivery", Duration.ofSeconds(20), () -> receiver.deliveriesPerEvent().getOrDefault(eventId, 0L) == 2);
            assertEquals(3, receiver.applied().size());

            // Retracting the accepted item is an event too.
            as(OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Settled with the seller."))
                    .post("/api/complaint-items/" + items.get(0) + "/retraction").then().statusCode(200);
            await("the retraction", Duration.ofSeconds(20), () -> types(receiver).contains("item.retracted"));
        }
    }

    @Test
    void aReceiverThatKeepsFailingIsPausedItsOwnerToldAndOnResumptionEveryEventArrivesOnce() throws Exception {
        long merchant = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Paused Hooks");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.clock(clock);
            JsonPath created = subscribe(OWNER, brand.id(), receiver.url(), List.of("item.decided"));
            receiver.secret(created.getString("secret"));
            String subscription = created.getString("subscription.id");
            String base = "/api/brands/" + brand.id() + "/webhooks/" + subscription;
            receiver.down(true);

            List<Integer> items = file(OWNER, notice(brand, listings(merchant, 5))).then().statusCode(201).extract()
                    .jsonPath().getList("items.id");
            for (Integer item : items) {
                decide(item, "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);
            }
            // Three failed attempts in a row (the test profile's pause-after-failures) pause it.
            await("the subscription paused", Duration.ofSeconds(30), () -> "PAUSED".equals(
                    hooks(OWNER).get(base).then().statusCode(200).extract().path("status")));
            JsonPath paused = hooks(OWNER).get(base).then().extract().jsonPath();
            assertTrue(paused.getString("lastError").contains("503"), paused.prettify());
            assertTrue(paused.getInt("consecutiveFailures") >= 3, paused.prettify());
            // The owner is told, in the words of their language (a code and parameters for the portal to render).
            long told = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM outbox_message WHERE idempotency_key LIKE ?1 AND payload LIKE '%\"webhook-paused\"%'")
                    .setParameter(1, "notification-webhook-" + subscription + "-paused-%").getSingleResult()).longValue());
            assertTrue(told >= 1, "the owner's notification");
            // Deliveries wait while it is paused: every one is held, none lost.
            await("every delivery held", Duration.ofSeconds(30), () -> hooks(OWNER).queryParam("status", "HELD").get(base + "/deliveries")
                    .then().extract().jsonPath().getList("items").size() == items.size());

            // The receiver is back; the owner resumes; every decision arrives, each applied once.
            receiver.down(false);
            hooks(OWNER).post(base + "/resumption").then().statusCode(200).body("status", equalTo("ACTIVE"))
                    .body("consecutiveFailures", equalTo(0));
            await("every decision applied", Duration.ofSeconds(30), () -> receiver.applied().size() == items.size());
            Set<String> itemIds = new HashSet<>();
            for (JsonNode event : applied(receiver, "item.decided")) {
                itemIds.add(event.path("data").path("itemId").asText());
            }
            assertEquals(items.stream().map(String::valueOf).collect(Collectors.toSet()), itemIds);
            await("the log all delivered", Duration.ofSeconds(20), () -> hooks(OWNER).queryParam("status", "DELIVERED")
                    .get(base + "/deliveries").then().extract().jsonPath().getList("items").size() == items.size());
            // The log pages with a cursor.
            JsonPath page = hooks(OWNER).queryParam("limit", 2).get(base + "/deliveries").then().statusCode(200)
                    .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().jsonPath();
            hooks(OWNER).queryParam("limit", 2).queryParam("cursor", page.getString("nextCursor")).get(base + "/deliveries")
                    .then().statusCode(200).body("items", hasSize(2));
        }
    }

    @Test
    void anApiClientHearsOnlyOfItsOwnRightsAndBadSubscriptionsAreRefused() throws Exception {
        long merchant = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Client Hooks");
        long otherRight = right(brand.id(), "Northwind Client Hooks Two");
        verify(brand.id(), otherRight);
        JsonPath client = portal(OWNER).contentType(ContentType.JSON).body(Map.of("name", "Crawler hooks", "allRights", false,
                "rightIds", List.of(brand.rightId()), "actions", List.of("FILE", "READ"))).post("/api/brands/" + brand.id() + "/clients")
                .then().statusCode(201).extract().jsonPath();
        String token = TestKeycloak.apiClientToken(client.getString("clientId"), client.getString("secret"));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.clock(clock);
            JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("item.decided")))
                    .post("/api/brands/" + brand.id() + "/webhooks").then().statusCode(201)
                    .body("subscription.createdByClient", equalTo(client.getString("clientId"))).extract().jsonPath();
            receiver.secret(created.getString("secret"));
            // The owner sees the client's subscription; the client sees only its own.
            subscribe(OWNER, brand.id(), "http://127.0.0.1:9/owner-hooks", List.of("bulk_job.finished"));
            hooks(OWNER).get("/api/brands/" + brand.id() + "/webhooks").then().statusCode(200).body("$", hasSize(2));
            given().auth().oauth2(token).get("/api/brands/" + brand.id() + "/webhooks").then().statusCode(200).body("$", hasSize(1));

            Map<String, Object> outside = notice(brand, listings(merchant, 1));
            outside.put("rightId", otherRight);
            int inScope = file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(201).extract().path("items[0].id");
            int outOfScope = file(OWNER, outside).then().statusCode(201).extract().path("items[0].id");
            decide(outOfScope, "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);
            decide(inScope, "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);
            await("the decision on its right", Duration.ofSeconds(30), () -> receiver.applied().size() == 1);
            String subscription = created.getString("subscription.id");
            await("the other one cancelled", Duration.ofSeconds(20), () -> given().auth().oauth2(token).queryParam("status", "CANCELLED")
                    .get("/api/brands/" + brand.id() + "/webhooks/" + subscription + "/deliveries").then().extract().jsonPath()
                    .getList("items").size() == 1);
            assertEquals(String.valueOf(inScope), applied(receiver, "item.decided").get(0).path("data").path("itemId").asText());
        }

        // Bad input names its field and makes nothing; only owners and clients subscribe.
        hooks(OWNER).contentType(ContentType.JSON).body(Map.of("url", "https://hooks.example.com/x", "events", List.of("item.exploded")))
                .post("/api/brands/" + brand.id() + "/webhooks").then().statusCode(400).body("violations[0].field", equalTo("events"));
        hooks(OWNER).contentType(ContentType.JSON).body(Map.of("url", "ftp://hooks.example.com/x", "events", List.of("item.decided")))
                .post("/api/brands/" + brand.id() + "/webhooks").then().statusCode(400).body("violations[0].field", equalTo("url"));
        hooks(OWNER).contentType(ContentType.JSON).body(Map.of("events", List.of("item.decided")))
                .post("/api/brands/" + brand.id() + "/webhooks").then().statusCode(400).body("violations[0].field", equalTo("url"));
        hooks("merchant-a").contentType(ContentType.JSON).body(Map.of("url", "https://hooks.example.com/x", "events", List.of("item.decided")))
                .post("/api/brands/" + brand.id() + "/webhooks").then().statusCode(403);
        hooks(OWNER).get("/api/brands/" + brand.id() + "/webhooks/not-a-uuid").then().statusCode(404);
        hooks(OWNER).get("/api/brands/" + brand.id() + "/webhooks").then().body("$", hasSize(2));
    }

    @Test
    void theMerchantsMessageAndEachStepOfItsAppealReachTheBrandsReceiver() throws Exception {
        long merchant = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Appeal Hooks");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.clock(clock);
            receiver.secret(subscribe(OWNER, brand.id(), receiver.url(), List.of("message.received", "appeal.filed",
                    "appeal.answered", "appeal.decided")).getString("secret"));
            int item = file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(201).extract().path("items[0].id");
            // The brand's own message is no news to it; the merchant's is.
            as(OWNER).contentType(ContentType.JSON).body(Map.of("body", "Please send the supplier invoice."))
                    .post("/api/complaint-items/" + item + "/messages").then().statusCode(201);
            as("merchant-a").contentType(ContentType.JSON).body(Map.of("body", "The invoice is attached to the appeal."))
                    .post("/api/complaint-items/" + item + "/messages").then().statusCode(201);
            await("the merchant's message", Duration.ofSeconds(20), () -> types(receiver).contains("message.received"));
            assertEquals(1, applied(receiver, "message.received").size());
            assertEquals("MERCHANT", applied(receiver, "message.received").get(0).path("data").path("from").asText());

            decide(item, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
            await("the takedown recorded", Duration.ofSeconds(30), () -> as(OWNER).get("/api/complaint-items/" + item)
                    .then().extract().jsonPath().get("violationId") != null);
            long sanction = Markguard.merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/sanctions").then()
                    .statusCode(200).extract().jsonPath()
                    .getLong("items.find { it.complaintItemId == '" + item + "' && it.measure == 'LISTING_REMOVED' }.id");
            long appeal = Markguard.merchants("merchant-a").multiPart("explanation", "These are genuine goods from the brand's distributor.")
                    .post("/api/sanctions/" + sanction + "/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
            Markguard.merchants(OWNER).contentType(ContentType.JSON).body(Map.of("answer", "The distributor is not one of ours."))
                    .post("/api/appeals/" + appeal + "/brand-answer").then().statusCode(200);
            // Another reviewer than the one who accepted the item decides its appeal.
            Markguard.merchants("reviewer-b").contentType(ContentType.JSON).body(Map.of("outcome", "DENIED",
                    "reasonCode", "INFRINGEMENT_CONFIRMED", "reason", "The serial is not in the brand's register."))
                    .post("/api/appeals/" + appeal + "/decision").then().statusCode(200);
            await("the appeal's three steps", Duration.ofSeconds(40), () -> types(receiver).containsAll(
                    List.of("appeal.filed", "appeal.answered", "appeal.decided")));
            for (String type : List.of("appeal.filed", "appeal.answered", "appeal.decided")) {
                JsonNode event = applied(receiver, type).get(0);
                assertEquals(String.valueOf(appeal), event.path("data").path("appealId").asText(), type);
                assertEquals(String.valueOf(item), event.path("data").path("itemId").asText(), type);
                assertEquals(String.valueOf(brand.id()), event.path("brandId").asText(), type);
            }
            assertEquals("DENIED", applied(receiver, "appeal.decided").get(0).path("data").path("outcome").asText());
            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::validSignature));
        }
    }

    private static RequestSpecification hooks(String user) {
        return as(user);
    }

    private static JsonPath subscribe(String user, long brandId, String url, List<String> events) {
        return hooks(user).contentType(ContentType.JSON).body(Map.of("url", url, "events", events))
                .post("/api/brands/" + brandId + "/webhooks").then().statusCode(201).body("secret", notNullValue())
                .extract().jsonPath();
    }

    private static List<String> types(WebhookReceiver receiver) {
        return receiver.received().stream().filter(r -> r.answered() == 200).map(WebhookReceiver.Received::type).toList();
    }

    /** The bodies of the events the receiver applied, of one type, each once. */
    private static List<JsonNode> applied(WebhookReceiver receiver, String type) throws Exception {
        Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
        for (WebhookReceiver.Received r : receiver.received()) {
            if (r.answered() == 200 && type.equals(r.type())) {
                byId.putIfAbsent(r.eventId(), JSON.readTree(r.body()));
            }
        }
        return List.copyOf(byId.values());
    }
}
