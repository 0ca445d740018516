package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's page of one complaint item shows everything to decide on, against stand-ins for complaint-service
 * and merchant-service ({@link PeerStandIn}) and the portal's own brand, right and register: the brand and its
 * verification, the right with the register's word on it, the explanation, the evidence (links that open apart,
 * documents inline), the test purchases, the listing at filing and now, the merchant's standing and the thread. The
 * decision shows only to the reviewer holding the claim, each outcome with its own reason codes, and a refused
 * decision keeps what was typed. A document is served inline to reviewers and brand users, never to a merchant.
 */
@QuarkusTest
@TestProfile(ReviewItemPageTest.StandInPeers.class)
class ReviewItemPageTest {

    static final PeerStandIn MERCHANTS = new PeerStandIn();
    static final PeerStandIn COMPLAINTS = new PeerStandIn();

    public static class StandInPeers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.merchant-service.url", MERCHANTS.url(),
                    "quarkus.rest-client.complaint-service.url", COMPLAINTS.url());
        }
    }

    private static final String REVIEWER_SUBJECT = "6f1c2a10-0000-4000-8000-000000000005";
    private static final String AS_OF = "2026-12-01T10:00:00Z";
    private static final String PAGE = "/review/complaints/items/77";
    private static final String DOCUMENT = "/complaint-evidence/7/12";

    private static long brandId;
    private static long rightId;

    /** Once for the class, when the portal is up: a verified brand whose right the register bears out. */
    private static void aVerifiedBrandWithARightOnTheRegister() {
        if (brandId != 0) {
            return;
        }
        brandId = BrandApi.brand(BrandApi.OWNER, "Granite Review", "Granite Optics Inc.", "granite.test");
        rightId = BrandApi.addRight(BrandApi.OWNER, brandId, "WIPO", "1415967", "GRANITE", List.of(43, 45),
                "Granite Optics Inc.").then().statusCode(201).extract().jsonPath().getLong("id");
        BrandApi.verifyByDocuments(BrandApi.OWNER, brandId, rightId);
    }

    @BeforeEach
    void forget() {
        aVerifiedBrandWithARightOnTheRegister();
        MERCHANTS.reset();
        COMPLAINTS.reset();
    }

    private static String review(String claimBy, boolean live) {
        String claim = claimBy == null ? "{\"by\":null,\"at\":null,\"expiresAt\":null,\"live\":false}"
                : "{\"by\":\"%s\",\"at\":\"2026-12-01T09:50:00Z\",\"expiresAt\":\"2026-12-01T10:20:00Z\",\"live\":%s}"
                        .formatted(claimBy, live);
        String snapshot = "{\\\"brandClaimed\\\":\\\"Granite\\\",\\\"currency\\\":\\\"EUR\\\",\\\"id\\\":9,\\\"merchantId\\\":1,"
                + "\\\"price\\\":\\\"10.00\\\",\\\"status\\\":\\\"ACTIVE\\\",\\\"title\\\":\\\"Granite field glasses\\\","
                + "\\\"url\\\":\\\"https://market.test/9\\\"}";
        return """
                {"item":{"id":77,"complaintId":7,"brandId":%d,"infringementType":"COUNTERFEIT",
                  "listing":{"id":9,"url":"https://market.test/9","title":"Granite field glasses","price":10.00,
                             "currency":"EUR","statusAtIntake":"ACTIVE"},
                  "seller":{"merchantId":1,"name":"Merchant A"},"snapshotSha256":"ab12","snapshotAt":"2026-11-30T10:00:00Z",
                  "status":"PENDING","channel":"STANDARD","duplicateOf":null,"spotCheck":false,"spotCheckedAt":null,
                  "deadline":"2026-12-02T10:00:00Z","breached":false,"claimedBy":null,"decidedAt":null,"reasonCode":null,
                  "reasonText":null,"takedownAppliedAt":null,"violationId":null,"retractedAt":null,"reversedAt":null,
                  "reversalReason":null,"asOf":"%s"},
                 "complaint":{"id":7,"brandId":%d,"brandName":"Granite Review","right":{"id":%d,"type":"TRADEMARK",
                  "office":"WIPO","registrationNumber":"1415967","mark":"GRANITE"},"infringementType":"COUNTERFEIT",
                  "explanation":"The glasses carry our mark but the test purchase has no serial and the wrong lens coating.",
                  "channel":"STANDARD","submitter":{"subject":"s","username":"brand-owner"},"goodFaith":true,"accurate":true,
                  "filedAt":"2026-11-30T10:00:00Z","bulkJobId":null},
                 "evidence":[{"id":11,"kind":"URL","reference":"https://evidence.test/photos/1","mediaType":null,
                   "sizeBytes":null,"sha256":null,"addedAt":"2026-11-30T10:00:00Z"},
                  {"id":12,"kind":"DOCUMENT","reference":"receipt.pdf","mediaType":"application/pdf","sizeBytes":52,
                   "sha256":"cd34","addedAt":"2026-11-30T10:01:00Z"}],
                 "testPurchases":[{"id":13,"kind":"TEST_PURCHASE","reference":"TP-2026-0042","mediaType":null,
                   "sizeBytes":null,"sha256":null,"addedAt":"2026-11-30T10:00:00Z"}],
                 "snapshot":{"text":"%s","sha256":"ab12","takenAt":"2026-11-30T10:00:00Z"},
                 "claim":%s,"asOf":"%s"}""".formatted(brandId, AS_OF, brandId, rightId, snapshot, claim, AS_OF);
    }

    private static final String MESSAGES = """
            {"items":[{"id":6,"itemId":77,"authorSide":"BRAND","authorName":"brand-owner",
              "body":"Our serials start with GR; this one has none.","sentAt":"2026-11-30T13:00:00Z"},
             {"id":5,"itemId":77,"authorSide":"MERCHANT","authorName":"Merchant A",
              "body":"The glasses are our own stock.","sentAt":"2026-11-30T12:00:00Z"}],"nextCursor":"AAAAolder"}""";

    private static final String STANDING = """
            {"merchantId":1,"merchantName":"Merchant A","asOf":"%s","policyVersion":"2025-1","level":"WARNING",
             "activePoints":13,"mayList":true,"newListingsHeld":false,"listingBlockedUntil":null,
             "nextStep":{"level":"RESTRICTED","atPoints":20,"pointsToGo":7},"sanctionsInForceCount":2,
             "activeViolationCount":4}""".formatted(AS_OF);

    private static final String SANCTIONS = """
            {"items":[{"id":41,"merchantId":1,"measure":"WARNING","status":"ACTIVE","decidedAt":"2026-11-20T10:00:00Z",
             "expiresAt":"2027-02-20T10:00:00Z","endedAt":null,"endReason":null,"policyVersion":"2025-1",
             "policyClause":"4.1","appealDeadline":"2027-05-20T10:00:00Z","appealable":true,"openAppealId":null,
             "listing":{"id":8,"title":"Copied binoculars","url":"https://market.test/8","status":"REMOVED"},
             "brandName":"Other brand","complaintItemId":"70","asOf":"%s"}],"nextCursor":"AAAAmore"}""".formatted(AS_OF);

    private static final String LISTING_NOW = """
            {"id":9,"url":"https://market.test/9","title":"Field glasses (generic)","brandClaimed":null,"price":9.00,
             "currency":"EUR","status":"ACTIVE","seller":{"merchantId":1,"name":"Merchant A"},"snapshot":"{}",
             "snapshotSha256":"ef56","asOf":"%s"}""".formatted(AS_OF);

    private void peersAnswer(String claimBy, boolean live) {
        COMPLAINTS.json("/api/review/items/77", review(claimBy, live));
        COMPLAINTS.json("/api/complaint-items/77/messages", MESSAGES);
        MERCHANTS.json("/api/merchants/1/standing", STANDING);
        MERCHANTS.json("/api/merchants/1/sanctions", SANCTIONS);
        MERCHANTS.json("/api/listings/9", LISTING_NOW);
    }

    @Test
    void thePageShowsTheBrandTheRightTheExplanationTheEvidenceTheListingTheStandingAndTheThread() {
        peersAnswer(REVIEWER_SUBJECT, true);
        BrowserSession reviewer = BrowserSession.signIn("reviewer");

        String page = reviewer.get(PAGE).then().statusCode(200)
                // The brand and its verification, from the portal's own records.
                .body(containsString("id=\"brand-name\">Granite Review<"))
                .body(containsString("id=\"brand-status\">Verified<"))
                // The right relied on, with the register's details and when it was last compared with the register.
                .body(containsString("id=\"right-number\">WIPO 1415967<"))
                .body(containsString("id=\"right-mark\">GRANITE<"))
                .body(containsString("id=\"right-classes\">43, 45<"))
                .body(containsString("id=\"right-owner\">Granite Optics Inc.<"))
                .body(containsString("id=\"register-owner\">Granite Optics Inc.<"))
                .body(containsString("id=\"register-verdict\">Registered, not expired, and owned by the brand&#39;s legal entity.<"))
                .body(matchesPattern("(?s).*id=\"register-last-checked\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC<.*"))
                .body(containsString("Documents judged by a reviewer · Verified"))
                // The notice's explanation, its evidence and its test purchases.
                .body(containsString("the test purchase has no serial and the wrong lens coating"))
                .body(containsString("<a href=\"https://evidence.test/photos/1\" target=\"_blank\" rel=\"noopener noreferrer nofollow\""))
                .body(containsString("<iframe src=\"" + DOCUMENT + "\""))
                .body(containsString("id=\"test-purchase-13\">Order number TP-2026-0042"))
                // The listing as kept at filing, and as it is now.
                .body(containsString("id=\"filing-title\">Granite field glasses<"))
                .body(containsString("id=\"now-title\">Field glasses (generic)<"))
                .body(containsString("The listing has changed since the notice was filed."))
                // The merchant's standing: counts and the latest sanctions, not the whole record.
                .body(containsString("id=\"standing-points\">13<"))
                .body(containsString("id=\"standing-in-force\">2<"))
                .body(containsString("id=\"sanction-41\""))
                .body(containsString("id=\"sanctions-more\""))
                // The thread, its latest page oldest first, with the way back to earlier messages.
                .body(matchesPattern("(?s).*id=\"message-5\".*id=\"message-6\".*"))
                .body(containsString("href=\"" + PAGE + "?thread=AAAAolder#messages\""))
                // The reviewer holds the claim: the accept and reject forms, each with its own reason codes.
                .body(containsString("id=\"claim-state\" class=\"saved\">You hold this item until 2026-12-01 10:20 UTC."))
                .extract().asString();
        String accept = section(page, "id=\"accept\"", "</form>");
        String reject = section(page, "id=\"reject\"", "</form>");
        assertTrue(accept.contains("value=\"COUNTERFEIT_CONFIRMED\"") && accept.contains("value=\"RIGHT_INFRINGED\""), accept);
        assertTrue(!accept.contains("AUTHORISED_RESELLER") && !accept.contains("MANIFESTLY_UNFOUNDED"), accept);
        assertTrue(reject.contains("value=\"AUTHORISED_RESELLER\"") && reject.contains("value=\"MANIFESTLY_UNFOUNDED\""), reject);
        assertTrue(!reject.contains("COUNTERFEIT_CONFIRMED"), reject);

        var latest = MERCHANTS.seen().stream().filter(s -> s.path().equals("/api/merchants/1/sanctions")).findFirst().orElseThrow();
        assertEquals("limit=5", latest.query(), "only the latest few sanctions are read");
        assertTrue(COMPLAINTS.seen().stream().anyMatch(s -> s.path().equals("/api/complaint-items/77/messages")
                && s.query().contains("order=latest")), "the thread's latest page is read");

        reviewer.getInChinese(PAGE).then().statusCode(200)
                .body(containsString("所依据的权利"))
                .body(containsString("已注册、未过期，且权利人为该品牌的法律实体。"))
                .body(containsString("订单号 TP-2026-0042"))
                .body(containsString("自通知提交以来，该商品链接已有变化。"))
                .body(containsString("您认领此商品项至 2026-12-01 10:20 UTC。"));
    }

    @Test
    void theDecisionShowsOnlyToTheReviewerHoldingTheClaim() {
        peersAnswer("6f1c2a10-0000-4000-8000-000000000007", true);
        // reviewer-b (Sam Sato) holds the claim and has signed in to the portal: the page names them.
        BrowserSession.signIn("reviewer-b").get("/").then().statusCode(200);
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get(PAGE).then().statusCode(200)
                .body(containsString("Claimed by Sam Sato until 2026-12-01 10:20 UTC."))
                .body(not(containsString("id=\"accept\"")))
                .body(not(containsString("id=\"reject\"")))
                .body(not(containsString("id=\"claim-submit\"")));

        COMPLAINTS.json("/api/review/items/77", review("6f1c2a10-0000-4000-8000-000000000007", false));
        reviewer.get(PAGE).then().statusCode(200)
                .body(containsString("lapsed at 2026-12-01 10:20 UTC: anyone may claim the item"))
                .body(containsString("id=\"claim-submit\""))
                .body(not(containsString("id=\"accept\"")));

        COMPLAINTS.json("/api/review/items/77", review(null, false));
        reviewer.get(PAGE).then().statusCode(200)
                .body(containsString("Nobody has claimed this item."))
                .body(containsString("id=\"claim-submit\""))
                .body(not(containsString("id=\"reject\"")));
    }

    @Test
    void aReasonCodeOfTheOtherOutcomeIsRefusedAndThePageKeepsWhatWasTyped() {
        peersAnswer(REVIEWER_SUBJECT, true);
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        Response page = reviewer.get(PAGE);

        reviewer.post(PAGE + "/decision", page, Map.of("outcome", "REJECT", "reasonCode", "COUNTERFEIT_CONFIRMED",
                "reason", "The serial is missing, as the brand says.")).then().statusCode(400)
                .body(containsString("Some fields are missing or invalid: Reason code."))
                .body(matchesPattern("(?s).*id=\"reject-reason\"[^>]*>The serial is missing, as the brand says\\.</textarea>.*"));
        assertTrue(COMPLAINTS.seen().stream().noneMatch(s -> s.path().endsWith("/decision")),
                "a code of the other outcome is not sent");

        // complaint-service refuses a code that does not fit: the page names the field and keeps the form as typed.
        COMPLAINTS.refusing("/api/review/items/77/decision", "reasonCode");
        reviewer.post(PAGE + "/decision", page, Map.of("outcome", "ACCEPT", "reasonCode", "RIGHT_INFRINGED",
                "severity", "LOW", "infringementType", "COUNTERFEIT",
                "reason", "The mark is used on the glasses.")).then().statusCode(400)
                .body(containsString("Some fields are missing or invalid: Reason code."))
                .body(matchesPattern("(?s).*<option value=\"RIGHT_INFRINGED\"[^>]* selected>.*"))
                .body(matchesPattern("(?s).*<option value=\"LOW\" selected>.*"))
                .body(matchesPattern("(?s).*id=\"accept-reason\"[^>]*>The mark is used on the glasses\\.</textarea>.*"));
        assertTrue(COMPLAINTS.seen().stream().anyMatch(s -> s.path().equals("/api/review/items/77/decision")));
    }

    @Test
    void aPeerThatDoesNotAnswerLeavesTheRestOfThePageReadable() {
        COMPLAINTS.json("/api/review/items/77", review(REVIEWER_SUBJECT, true));
        COMPLAINTS.failing("/api/complaint-items/77/messages");
        MERCHANTS.failing("/api/merchants/1/standing");
        MERCHANTS.failing("/api/listings/9");
        BrowserSession reviewer = BrowserSession.signIn("reviewer");

        reviewer.get(PAGE).then().statusCode(200)
                .body(containsString("id=\"brand-name\">Granite Review<"))
                .body(containsString("id=\"filing-title\">Granite field glasses<"))
                .body(containsString("id=\"standing-unavailable\""))
                .body(containsString("id=\"listing-unavailable\""))
                .body(containsString("id=\"messages-unavailable\""))
                .body(containsString("merchant-service did not answer in time"))
                .body(containsString("id=\"accept\""));
    }

    @Test
    void aDocumentIsServedInlineToReviewersAndBrandUsersOnly() {
        COMPLAINTS.body("/api/complaints/7/evidence/12", "application/pdf",
                new String(BrandApi.PDF, StandardCharsets.US_ASCII));

        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        Response served = reviewer.get(DOCUMENT);
        served.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("inline"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"));
        assertEquals(List.of("SAMEORIGIN"), served.headers().getValues("X-Frame-Options"),
                "the portal's own page may frame the document");
        assertEquals(new String(BrandApi.PDF, StandardCharsets.US_ASCII), served.asString());
        assertTrue(COMPLAINTS.seen().getLast().authorization().startsWith("Bearer "),
                "complaint-service is asked with the user's token, and decides on it");

        BrowserSession.signIn("brand-owner").get(DOCUMENT).then().statusCode(200).contentType("application/pdf");
        BrowserSession.signIn("merchant-a").get(DOCUMENT).then().statusCode(403);
        // A document complaint-service does not give this user (another brand's, or none) is not there.
        reviewer.get("/complaint-evidence/7/99").then().statusCode(404);
        given().redirects().follow(false).get(DOCUMENT).then().statusCode(equalTo(302));
    }

    @Test
    void theQueueShowsWhoHoldsAClaimUntilWhenAndNotALapsedOne() {
        String held = queued(77, "6f1c2a10-0000-4000-8000-000000000007", "2026-12-01T10:20:00Z");
        String lapsed = queued(78, "6f1c2a10-0000-4000-8000-000000000007", "2026-12-01T09:40:00Z");
        // A claim of someone who has never signed in to the portal shows their Keycloak subject.
        String stranger = queued(79, "6f1c2a10-0000-4000-8000-00000000dead", "2026-12-01T10:20:00Z");
        COMPLAINTS.json("/api/review/queue", "{\"items\":[" + held + "," + lapsed + "," + stranger + "],\"nextCursor\":null}");
        BrowserSession.signIn("reviewer-b").get("/").then().statusCode(200);
        COMPLAINTS.json("/api/review/breaches", "{\"open\":2,\"openPastDeadline\":0,\"decided\":0,\"decidedLate\":0,"
                + "\"asOf\":\"" + AS_OF + "\"}");
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get("/review/complaints").then().statusCode(200)
                .body(containsString("id=\"queued-claim-77\">Claimed by Sam Sato until 2026-12-01 10:20 UTC<"))
                .body(containsString("id=\"queued-claim-79\">Claimed by 6f1c2a10-0000-4000-8000-00000000dead until 2026-12-01 10:20 UTC<"))
                .body(containsString("id=\"queued-78\""))
                .body(not(containsString("id=\"queued-claim-78\"")));
    }

    private static String queued(long id, String claimedBy, String claimExpiresAt) {
        return """
                {"id":%d,"complaintId":7,"brandId":3,"infringementType":"COUNTERFEIT",
                 "listing":{"id":9,"url":"https://market.test/9","title":"Granite field glasses","price":10.00,
                            "currency":"EUR","statusAtIntake":"ACTIVE"},
                 "seller":{"merchantId":1,"name":"Merchant A"},"snapshotSha256":"ab12","snapshotAt":"2026-11-30T10:00:00Z",
                 "status":"PENDING","channel":"STANDARD","duplicateOf":null,"spotCheck":false,"spotCheckedAt":null,
                 "deadline":"2026-12-02T10:00:00Z","breached":false,"claimedBy":"%s","claimedAt":"2026-12-01T09:10:00Z",
                 "claimExpiresAt":"%s","decidedAt":null,"reasonCode":null,"reasonText":null,"takedownAppliedAt":null,
                 "violationId":null,"retractedAt":null,"reversedAt":null,"reversalReason":null,"asOf":"%s"}"""
                .formatted(id, claimedBy, claimExpiresAt, AS_OF);
    }

    private static String section(String page, String start, String end) {
        int from = page.indexOf(start);
        assertTrue(from >= 0, "the page has " + start);
        return page.substring(from, page.indexOf(end, from));
    }
}
