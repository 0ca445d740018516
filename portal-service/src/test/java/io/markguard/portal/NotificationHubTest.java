package io.markguard.portal;

import static io.markguard.portal.BrandApi.OWNER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Notifications handed to the portal's internal API: filed once per key and person in the inbox, mailed once in
 * the reader's language with a link to the page, expanded for a brand's members and for staff by role.
 */
@QuarkusTest
@QuarkusTestResource(Mailbox.class)
class NotificationHubTest {

    private static final String MERCHANT = "merchant-b";
    private static final String MERCHANT_SUBJECT = "6f1c2a10-0000-4000-8000-000000000004";
    private static final String MERCHANT_MAIL = "merchant-b@markguard.test";
    private static final Pattern UNREAD = Pattern.compile("id=\"unread-count\" data-unread=\"(\\d+)\"");

    @Test
    void aNotificationToldTwiceIsFiledOnceAndMailedOnceInTheReadersLanguage() throws Exception {
        BrowserSession merchant = BrowserSession.signIn(MERCHANT);
        Response home = merchant.get("/");
        merchant.post("/language", home, Map.of("language", "zh-CN", "returnTo", "/")).then().statusCode(303);
        int unreadBefore = unread(merchant.get("/inbox"));
        long mailsBefore = mailsTo(MERCHANT_MAIL, "理由说明");

        String key = "sanction-" + UUID.randomUUID() + "-statement";
        Map<String, Object> told = Map.of("key", key, "to", Map.of("subject", MERCHANT_SUBJECT), "kind", "statement-of-reasons",
                "params", Map.of("sanctionId", "77", "measure", "SUSPENDED_7D", "decidedAt", "2026-03-01T09:30:00Z",
                        "appealUntil", "2026-08-28T09:30:00Z"),
                "link", "/merchant/sanctions/77");
        tell("merchant-service", told).then().statusCode(200).body("filed", equalTo(1)).body("mailed", equalTo(1));
        tell("merchant-service", told).then().statusCode(200).body("filed", equalTo(0)).body("mailed", equalTo(0));

        MimeMessage mail = awaitMail(MERCHANT_MAIL, "理由说明", mailsBefore + 1);
        assertEquals("理由说明：账户暂停 7 天", mail.getSubject());
        String text = Mailbox.text(mail);
        assertTrue(text.contains("2026-03-01 09:30 UTC"), text);
        assertTrue(text.contains("http://localhost:8280/merchant/sanctions/77"), text);
        Thread.sleep(1_500);
        assertEquals(mailsBefore + 1, mailsTo(MERCHANT_MAIL, "理由说明"), "one mail for the notification told twice");

        Response inbox = merchant.get("/inbox");
        String page = inbox.asString();
        Matcher entry = Pattern.compile("<tr id=\"entry-(\\d+)\" data-kind=\"statement-of-reasons\" data-unread=\"true\"").matcher(page);
        assertTrue(entry.find(), page);
        assertFalse(entry.find(), "filed once: " + page);
        assertTrue(page.contains("href=\"/merchant/sanctions/77\""), page);
        assertTrue(page.contains("理由说明：账户暂停 7 天"), page);
        assertEquals(unreadBefore + 1, unread(inbox));

        entry.reset().find();
        merchant.post("/inbox/" + entry.group(1) + "/read", inbox, Map.of()).then().statusCode(303);
        Response after = merchant.get("/inbox");
        assertEquals(unreadBefore, unread(after));
        assertTrue(after.asString().contains("<tr id=\"entry-" + entry.group(1) + "\" data-kind=\"statement-of-reasons\" data-unread=\"false\""));
    }

    @Test
    void anOptionalKindTurnedOffReachesTheInboxButIsNotMailed() throws Exception {
        BrowserSession merchant = BrowserSession.signIn(MERCHANT);
        Response preferences = merchant.get("/inbox/preferences");
        assertTrue(preferences.asString().contains("id=\"mandatory-statement-of-reasons\""), preferences.asString());
        merchant.post("/inbox/preferences", preferences, Map.of("mailed", List.of("notice-receipt"))).then().statusCode(303);
        assertFalse(merchant.get("/inbox/preferences").asString().contains("id=\"mailed-appeal-received\" checked"));

        String appealId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000));
        tell("merchant-service", Map.of("key", "appeal-" + appealId + "-received", "to",
                Map.of("subject", MERCHANT_SUBJECT, "email", MERCHANT_MAIL), "kind", "appeal-received",
                "params", Map.of("appealId", appealId, "sanctionId", "5", "filedAt", "2026-03-02T10:00:00Z"),
                "link", "/merchant/appeals/" + appealId))
                .then().statusCode(200).body("filed", equalTo(1)).body("mailed", equalTo(0));
        assertTrue(merchant.get("/inbox").asString().contains("/merchant/appeals/" + appealId + "\""));
        merchant.post("/inbox/preferences", merchant.get("/inbox/preferences"),
                Map.of("mailed", List.of("notice-receipt", "appeal-received", "item-message", "review-deadline"))).then().statusCode(303);
    }

    @Test
    void aBrandsMembersAndStaffByRoleAreEachTold() throws Exception {
        BrowserSession owner = BrowserSession.signIn(OWNER);
        owner.get("/inbox").then().statusCode(200);
        long brandId = BrandApi.brand(OWNER, "Quill Harbour " + UUID.randomUUID(), "Quill Harbour Ltd", "quillharbour.test");
        String appealId = String.valueOf(System.nanoTime());
        tell("merchant-service", Map.of("key", "appeal-" + appealId + "-brand", "to",
                Map.of("brandId", brandId, "action", "ANSWER_APPEALS"), "kind", "appeal-filed",
                "params", Map.of("appealId", appealId, "sanctionId", "9", "measure", "WARNING", "filedAt", "2026-03-02T10:00:00Z",
                        "answerBy", "2026-03-09T10:00:00Z", "decisionBy", "2026-03-16T10:00:00Z"),
                "link", "/appeals/" + appealId))
                .then().statusCode(200).body("recipients", equalTo(1)).body("mailed", equalTo(1));
        MimeMessage mail = awaitMail("brand-owner@markguard.test", "/appeals/" + appealId, 1);
        assertTrue(Mailbox.text(mail).contains("http://localhost:8280/appeals/" + appealId), Mailbox.text(mail));

        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get("/inbox").then().statusCode(200);
        String itemId = String.valueOf(System.nanoTime());
        tell("complaint-service", Map.of("key", "item-" + itemId + "-deadline", "to", Map.of("role", "reviewer"),
                "kind", "review-deadline", "params", Map.of("itemId", itemId, "complaintId", "3", "deadline", "2026-03-03T10:00:00Z"),
                "link", "/review/complaints/3")).then().statusCode(200);
        String page = reviewer.get("/inbox").asString();
        assertTrue(page.contains("Listing " + itemId + " is due for review by 2026-03-03 10:00 UTC"), page);
    }

    @Test
    void theOwnerOfABrandRegisteredThroughTheApiIsMailedWhatTheBrandsMembersAreTold() throws Exception {
        // An owner who has never opened a page of the portal: the registration alone records their address.
        QuarkusTransaction.requiringNew().run(() -> {
            PortalUser.<PortalUser>find("email", "brand-agent@markguard.test").firstResultOptional().ifPresent(user -> {
                PortalUser.getEntityManager().createNativeQuery("DELETE FROM portal_user_role WHERE keycloak_subject = ?1")
                        .setParameter(1, user.subject).executeUpdate();
                user.delete();
            });
        });
        long brandId = BrandApi.brand("brand-agent", "Lantern Quay " + UUID.randomUUID(), "Lantern Quay Ltd", "lanternquay.test");
        String appealId = String.valueOf(System.nanoTime());
        tell("merchant-service", Map.of("key", "appeal-" + appealId + "-brand", "to",
                Map.of("brandId", brandId, "action", "ANSWER_APPEALS"), "kind", "appeal-filed",
                "params", Map.of("appealId", appealId, "sanctionId", "9", "measure", "WARNING", "filedAt", "2026-03-02T10:00:00Z",
                        "answerBy", "2026-03-09T10:00:00Z", "decisionBy", "2026-03-16T10:00:00Z"),
                "link", "/brands/" + brandId + "/appeals/" + appealId))
                .then().statusCode(200).body("recipients", equalTo(1)).body("mailed", equalTo(1));
        MimeMessage mail = awaitMail("brand-agent@markguard.test", "/appeals/" + appealId, 1);
        assertTrue(Mailbox.text(mail).contains("http://localhost:8280/brands/" + brandId + "/appeals/" + appealId),
                Mailbox.text(mail));
    }

    @Test
    void onlyTheServicesMayTellAndAKindWithoutTextsIsRefused() {
        Map<String, Object> told = Map.of("key", "k-" + UUID.randomUUID(), "to", Map.of("subject", MERCHANT_SUBJECT),
                "kind", "no-such-kind", "params", Map.of(), "link", "/");
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).body(told)
                .post("/api/internal/notifications").then().statusCode(403);
        tell("complaint-service", told).then().statusCode(422).body("violations[0].field", equalTo("kind"));
        tell("complaint-service", Map.of("key", "k-" + UUID.randomUUID(), "to", Map.of("subject", MERCHANT_SUBJECT),
                "kind", "notice-receipt", "link", "https://elsewhere.test/")).then().statusCode(400);
    }

    private static Response tell(String service, Map<String, Object> body) {
        return given().auth().oauth2(TestKeycloak.serviceToken(service)).contentType(ContentType.JSON).body(body)
                .post("/api/internal/notifications");
    }

    private static int unread(Response page) {
        Matcher m = UNREAD.matcher(page.asString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static long mailsTo(String address, String part) {
        return Mailbox.to(address).stream().filter(m -> about(m, part)).count();
    }

    private static MimeMessage awaitMail(String address, String part, long count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mail = Mailbox.to(address).stream().filter(m -> about(m, part)).toList();
            if (mail.size() >= count) {
                return mail.get(mail.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail " + count + " to " + address + " about " + part);
    }

    /** Whether the mail's subject or text holds {@code part}. */
    private static boolean about(MimeMessage message, String part) {
        try {
            return String.valueOf(message.getSubject()).contains(part) || Mailbox.text(message).contains(part);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
