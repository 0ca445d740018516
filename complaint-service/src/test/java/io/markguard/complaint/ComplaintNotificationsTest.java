package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.service.ReviewReminders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What complaint-service tells, written to its outbox in the transaction of the change: the notifier's receipt,
 * each decision, a reminder to the reviewers before an item's or a misuse proposal's deadline, and the administrators
 * told of a misuse proposal left undecided past its deadline.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OwnStart.ForReminders.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class ComplaintNotificationsTest {

    @Inject
    EntityManager em;

    @Inject
    MovableClock clock;

    @Inject
    ReviewReminders reminders;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void timeAsItIs() {
        clock.shift(Duration.ZERO);
    }

    @Test
    void filingANoticeWritesOneReceiptToTheFilerAndEachDecisionOneNotification() throws Exception {
        Markguard.Brand brand = verifiedBrand("Larkspur Receipts");
        List<Long> ids = listings(merchantId("merchant-a"), 2);
        String key = UUID.randomUUID().toString();
        JsonPath filed = as(OWNER).header("Idempotency-Key", key).contentType(ContentType.JSON).body(notice(brand, ids))
                .post("/api/complaints").then().statusCode(201).extract().jsonPath();
        long complaintId = filed.getLong("id");
        // The same notice again with its key files nothing more, and tells nothing more.
        as(OWNER).header("Idempotency-Key", key).contentType(ContentType.JSON).body(notice(brand, ids))
                .post("/api/complaints").then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo((int) complaintId));

        List<String> receipts = payloads("notification-complaint-" + complaintId + "-receipt");
        assertEquals(1, receipts.size(), "one receipt");
        JsonNode receipt = json.readTree(receipts.get(0));
        assertEquals("notice-receipt", receipt.path("kind").asText());
        assertEquals("6f1c2a10-0000-4000-8000-000000000001", receipt.path("to").path("subject").asText());
        assertEquals("brand-owner@markguard.test", receipt.path("to").path("email").asText());
        assertEquals("2", receipt.path("params").path("items").asText());
        assertEquals("0", receipt.path("params").path("removed").asText());
        assertEquals("/complaints/" + complaintId, receipt.path("link").asText());

        long item = filed.getLong("items[0].id");
        decide(item, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        decide(item, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        List<String> decisions = payloadsLike("notification-item-" + item + "-decided-%");
        assertEquals(1, decisions.size(), "one notification for the decision, however often it is repeated");
        JsonNode decision = json.readTree(decisions.get(0));
        assertEquals("item-decided", decision.path("kind").asText());
        assertEquals("ACCEPTED", decision.path("params").path("outcome").asText());
        assertEquals("/complaints/items/" + item, decision.path("link").asText());
    }

    @Test
    void reviewersAreRemindedOnceOfAnItemWhoseDeadlineIsNear() throws Exception {
        Markguard.Brand brand = verifiedBrand("Larkspur Reminders");
        List<Long> ids = listings(merchantId("merchant-a"), 1);
        long item = file(OWNER, notice(brand, ids)).then().statusCode(201).extract().jsonPath().getLong("items[0].id");

        reminders.remindDue();
        assertEquals(List.of(), payloads("notification-item-" + item + "-deadline-reminder"), "a day before: no reminder");

        // Five hours before the deadline, inside the six hours of markguard.review.remind-before.
        clock.shift(Duration.ofHours(19));
        while (reminders.remindDue() > 0) {
            // Each round reminds a bounded batch; items of other tests may be due too.
        }
        reminders.remindDue();
        List<String> reminded = payloads("notification-item-" + item + "-deadline-reminder");
        assertEquals(1, reminded.size(), "reminded once");
        JsonNode reminder = json.readTree(reminded.get(0));
        assertEquals("reviewer", reminder.path("to").path("role").asText());
        assertEquals("review-deadline", reminder.path("kind").asText());
        assertTrue(reminder.path("params").path("deadline").asText().startsWith("20"), reminder.toString());
    }

    @Test
    void anUndecidedMisuseProposalIsRemindedToReviewersThenEscalatedToAdministratorsOnceEach() {
        long open = proposal(MisuseReview.Status.OPEN, Duration.ofHours(5));
        long decided = proposal(MisuseReview.Status.DECLINED, Duration.ofHours(5));
        drain(reminders::remindMisuseDue);
        List<String> reminded = payloads("notification-misuse-review-" + open + "-deadline-reminder");
        assertEquals(1, reminded.size(), "reminded once");
        JsonNode reminder = readTree(reminded.get(0));
        assertEquals("reviewer", reminder.path("to").path("role").asText());
        assertEquals("misuse-review-deadline", reminder.path("kind").asText());
        assertEquals("Larkspur Misuse " + open, reminder.path("params").path("brand").asText());
        assertEquals("/review/misuse/" + open, reminder.path("link").asText());
        assertEquals(List.of(), payloads("notification-misuse-review-" + open + "-overdue"), "not overdue yet");
        assertEquals(List.of(), payloads("notification-misuse-review-" + decided + "-deadline-reminder"), "decided: nothing");

        // An hour past the deadline, still undecided: the administrators are told, once.
        clock.shift(Duration.ofHours(6));
        drain(reminders::escalateMisuseOverdue);
        drain(reminders::escalateMisuseOverdue);
        List<String> escalated = payloads("notification-misuse-review-" + open + "-overdue");
        assertEquals(1, escalated.size(), "escalated once");
        JsonNode overdue = readTree(escalated.get(0));
        assertEquals("admin", overdue.path("to").path("role").asText());
        assertEquals("misuse-review-overdue", overdue.path("kind").asText());
        assertEquals(List.of(), payloads("notification-misuse-review-" + decided + "-overdue"), "decided: nothing");
        assertEquals(1, payloads("notification-misuse-review-" + open + "-deadline-reminder").size());
    }

    /** A proposal of a brand of its own whose deadline is {@code in} from now, in the state given. */
    private long proposal(MisuseReview.Status status, Duration in) {
        return QuarkusTransaction.requiringNew().call(() -> {
            java.time.Instant now = clock.instant();
            MisuseReview review = new MisuseReview();
            review.brandId = 800_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000);
            review.status = status;
            review.proposedEventId = 0;
            review.proposedAt = now;
            review.deadline = now.plus(in);
            review.decidedItems = 40;
            review.unfoundedItems = 20;
            review.unfoundedShare = 0.5;
            review.windowStart = now.minus(Duration.ofDays(30));
            review.warnedAt = now.minus(Duration.ofDays(3));
            review.suspensionDays = 14;
            review.persist();
            review.brandName = "Larkspur Misuse " + review.id;
            return review.id;
        });
    }

    private static void drain(java.util.function.IntSupplier round) {
        // Each round handles a bounded batch; proposals of other tests may be due too.
        while (round.getAsInt() > 0) {
        }
    }

    private JsonNode readTree(String payload) {
        try {
            return json.readTree(payload);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> payloads(String key) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT payload FROM outbox_message WHERE destination = 'notification' AND idempotency_key = ?1", String.class)
                .setParameter(1, key).getResultList());
    }

    private List<String> payloadsLike(String pattern) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT payload FROM outbox_message WHERE destination = 'notification' AND idempotency_key LIKE ?1", String.class)
                .setParameter(1, pattern).getResultList());
    }

}
