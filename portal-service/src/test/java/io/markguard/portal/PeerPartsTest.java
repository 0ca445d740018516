package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages that read several things from complaint-service and merchant-service, against a stand-in for both
 * ({@link PeerStandIn}): one read that fails leaves the rest of the page readable with a note in its place, in
 * both languages; independent reads are in flight at the same time, each with the signed-in user's own token;
 * and a link whose cursor the peer refuses is a 400 page that keeps the list's filters.
 */
@QuarkusTest
@TestProfile(PeerPartsTest.StandInPeers.class)
class PeerPartsTest {

    static final PeerStandIn MERCHANTS = new PeerStandIn();
    static final PeerStandIn COMPLAINTS = new PeerStandIn();

    public static class StandInPeers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.merchant-service.url", MERCHANTS.url(),
                    "quarkus.rest-client.complaint-service.url", COMPLAINTS.url());
        }
    }

    private static final String AS_OF = "2026-12-01T10:00:00Z";

    private static final String STANDING = """
            {"merchantId":1,"merchantName":"Merchant A","asOf":"%s","policyVersion":"2025-1","level":"WARNING",
             "activePoints":3,"mayList":true,"newListingsHeld":false,"listingBlockedUntil":null,
             "nextStep":{"level":"RESTRICTED","atPoints":6,"pointsToGo":3},"sanctionsInForceCount":1,
             "activeViolationCount":1}""".formatted(AS_OF);

    private static String sanctions(long id, String status) {
        return """
                {"items":[{"id":%d,"merchantId":1,"measure":"WARNING","status":"%s","decidedAt":"2026-11-20T10:00:00Z",
                 "expiresAt":"2027-02-20T10:00:00Z","endedAt":null,"endReason":null,"policyVersion":"2025-1",
                 "policyClause":"4.1","appealDeadline":"2026-12-20T10:00:00Z","appealable":true,"openAppealId":null,
                 "listing":{"id":9,"title":"Seed wrist watch","url":"https://market.test/9","status":"REMOVED"},
                 "brandName":"Acme","complaintItemId":"77","asOf":"%s"}],"nextCursor":null}""".formatted(id, status, AS_OF);
    }

    private static final String ITEM = """
            {"id":77,"complaintId":7,"brandId":3,"infringementType":"COUNTERFEIT",
             "listing":{"id":9,"url":"https://market.test/9","title":"Seed wrist watch","price":10.00,"currency":"EUR",
                        "statusAtIntake":"ACTIVE"},
             "seller":{"merchantId":1,"name":"Merchant A"},"snapshotSha256":"ab12","snapshotAt":"2026-11-30T10:00:00Z",
             "status":"PENDING","channel":"STANDARD","duplicateOf":null,"spotCheck":false,"spotCheckedAt":null,
             "deadline":"2026-12-02T10:00:00Z","breached":false,"claimedBy":null,"decidedAt":null,"reasonCode":null,
             "reasonText":null,"takedownAppliedAt":null,"violationId":null,"retractedAt":null,"reversedAt":null,
             "reversalReason":null,"asOf":"%s"}""".formatted(AS_OF);

    private static final String BREACHES = """
            {"open":4,"openPastDeadline":1,"decided":10,"decidedLate":2,"asOf":"%s"}""".formatted(AS_OF);

    private static final String MESSAGES = """
            {"items":[{"id":5,"itemId":77,"authorSide":"MERCHANT","authorName":"Merchant A",
              "body":"The listing is our own stock.","sentAt":"2026-11-30T12:00:00Z"}],"nextCursor":null}""";

    private static final String JOB = """
            {"id":5,"complaintId":7,"brandId":3,"format":"CSV","state":"DONE","totalRows":2,"processedRows":2,
             "filedRows":1,"duplicateRows":0,"refusedRows":1,"percent":100,"createdAt":"2026-11-30T10:00:00Z",
             "startedAt":"2026-11-30T10:00:01Z","finishedAt":"2026-11-30T10:00:05Z","failure":null,"asOf":"%s"}"""
            .formatted(AS_OF);

    private static final String FIGURES = """
            {"from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z","brandId":null,"timeToAction":[],
             "byInfringementType":[],"byOffice":[],"byOutcome":[],"notices":31,"items":57,"takedowns":12,
             "retracted":1,"reversedOnAppeal":0,"retractedShare":0.08,"reversedShare":0,"fastTrackBrands":2,
             "misuseWarnings":0,"filingSuspensions":0,"method":"counted","generatedAt":"%s"}""".formatted(AS_OF);

    private static final String APPEAL = """
            {"id":3,"sanctionId":41,"merchantId":1,"merchantName":"Merchant A","status":"OPEN",
             "explanation":"The warning was a mistake.","filedAt":"2026-11-25T10:00:00Z",
             "brandAnswerDeadline":"2026-12-02T10:00:00Z","decisionDeadline":"2026-12-09T10:00:00Z",
             "brandNotifiedAt":null,"brandAnswer":null,"brandAnsweredAt":null,"decidedAt":null,"decisionReason":null,
             "sanctionMeasure":"WARNING","brandName":"Acme",
             "listing":{"id":9,"title":"Seed wrist watch","url":"https://market.test/9","status":"REMOVED"},
             "evidence":[],"asOf":"%s"}""".formatted(AS_OF);

    private static final String COMPLAINT = """
            {"id":7,"brandId":3,"brandName":"Acme","right":{"id":2,"type":"TRADEMARK","office":"EUIPO",
             "registrationNumber":"018000001","mark":"ACME"},"infringementType":"COUNTERFEIT",
             "explanation":"Fake watches.","channel":"STANDARD","submitter":{"subject":"s","username":"brand-owner"},
             "goodFaith":true,"accurate":true,"filedAt":"2026-11-30T10:00:00Z","bulkJobId":null,"evidence":[],
             "counts":{"items":51,"pending":51,"accepted":0,"rejected":0,"duplicates":0,"retracted":0,"reversed":0},
             "items":[],"itemsNextCursor":"AAAAnext","asOf":"%s"}""".formatted(AS_OF);

    @BeforeEach
    void forget() {
        MERCHANTS.reset();
        COMPLAINTS.reset();
    }

    @Test
    void theStandingIsShownWhenTheSanctionsInForceCannotBeRead() {
        MERCHANTS.json("/api/merchants/me/standing", STANDING);
        MERCHANTS.failing("/api/merchants/me/sanctions");
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        merchant.get("/merchant").then().statusCode(200)
                .body(containsString("id=\"active-points\">3<"))
                .body(containsString("id=\"active-unavailable\""))
                .body(containsString("merchant-service did not answer in time"));
        given().redirects().follow(false).cookies(merchant.cookies).cookie("mg_lang", "zh-CN").get("/merchant").then()
                .statusCode(200).body(containsString("页面的这一部分暂时无法显示：merchant-service 未能及时响应"));
    }

    @Test
    void theStandingAndBothListsOfSanctionsAreReadSideBySideWithTheMerchantsToken() {
        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        MERCHANTS.reset();
        MERCHANTS.jsonInCompany("/api/merchants/me/standing", STANDING);
        MERCHANTS.jsonInCompany("/api/merchants/me/sanctions", sanctions(41, "ACTIVE"));

        merchant.get("/merchant").then().statusCode(200)
                .body(containsString("id=\"sanction-41\""))
                .body(containsString("id=\"history-41\""))
                .body(not(containsString("-unavailable\"")));

        List<PeerStandIn.Seen> reads = MERCHANTS.seen();
        assertEquals(3, reads.size(), "the standing and two pages of sanctions: " + reads);
        assertTrue(MERCHANTS.mostInFlight() >= 2, "the reads were in flight at the same time");
        String token = reads.getFirst().authorization();
        assertTrue(token != null && token.startsWith("Bearer "), "merchant-service was asked with the user's token");
        reads.forEach(r -> assertEquals(token, r.authorization(), "every read carried the same user's token"));
    }

    @Test
    void theComplaintQueueIsShownWhenTheBreachFiguresCannotBeRead() {
        COMPLAINTS.jsonInCompany("/api/review/queue", "{\"items\":[" + ITEM + "],\"nextCursor\":null}");
        COMPLAINTS.failing("/api/review/breaches");
        BrowserSession reviewer = BrowserSession.signIn("reviewer");

        reviewer.get("/review/complaints").then().statusCode(200)
                .body(containsString("id=\"queued-77\""))
                .body(containsString("id=\"breaches-unavailable\""))
                .body(containsString("complaint-service did not answer in time"));

        COMPLAINTS.reset();
        COMPLAINTS.jsonInCompany("/api/review/queue", "{\"items\":[" + ITEM + "],\"nextCursor\":null}");
        COMPLAINTS.jsonInCompany("/api/review/breaches", BREACHES);
        reviewer.get("/review/complaints").then().statusCode(200)
                .body(containsString("id=\"queued-77\""))
                .body(containsString("id=\"breaches\""));
        assertTrue(COMPLAINTS.mostInFlight() >= 2, "the queue and the breach figures were read side by side");
    }

    /** The item as complaint-service's reviewers read it, with its notice and nothing else. */
    static String review(String item) {
        return """
                {"item":%s,"complaint":{"id":7,"brandId":3,"brandName":"Acme","right":{"id":2,"type":"TRADEMARK",
                 "office":"EUIPO","registrationNumber":"018000001","mark":"ACME"},"infringementType":"COUNTERFEIT",
                 "explanation":"Fake watches.","channel":"STANDARD","submitter":{"subject":"s","username":"brand-owner"},
                 "goodFaith":true,"accurate":true,"filedAt":"2026-11-30T10:00:00Z","bulkJobId":null},
                 "evidence":[],"testPurchases":[],"snapshot":null,
                 "claim":{"by":null,"at":null,"expiresAt":null,"live":false},"asOf":"%s"}""".formatted(item, AS_OF);
    }

    @Test
    void anItemIsShownWhenItsThreadCannotBeRead() {
        COMPLAINTS.json("/api/review/items/77", review(ITEM));
        COMPLAINTS.failing("/api/complaint-items/77/messages");
        BrowserSession reviewer = BrowserSession.signIn("reviewer");

        reviewer.get("/review/complaints/items/77").then().statusCode(200)
                .body(containsString("Seed wrist watch"))
                .body(containsString("id=\"messages-unavailable\""));
        given().redirects().follow(false).cookies(reviewer.cookies).cookie("mg_lang", "zh-CN")
                .get("/review/complaints/items/77").then().statusCode(200)
                .body(containsString("页面的这一部分暂时无法显示：complaint-service"));

        COMPLAINTS.reset();
        COMPLAINTS.jsonInCompany("/api/review/items/77", review(ITEM));
        COMPLAINTS.jsonInCompany("/api/complaint-items/77/messages", MESSAGES);
        reviewer.get("/review/complaints/items/77").then().statusCode(200)
                .body(containsString("The listing is our own stock."));
        assertTrue(COMPLAINTS.mostInFlight() >= 2, "the item and its thread were read side by side");
    }

    private static final String POLICY = """
            {"version":"2026.2","pointsExpireAfterDays":365,"types":[{"infringementType":"COUNTERFEIT",
             "points":{"LOW":4,"MEDIUM":8,"HIGH":12},"defaultSeverity":"HIGH",
             "reasonDefaults":{"COUNTERFEIT_CONFIRMED":"HIGH","TRADEMARK_MISUSE_CONFIRMED":"MEDIUM","RIGHT_INFRINGED":"MEDIUM"}}]}""";

    /** The demo reviewer's subject in the test realm: the claim on the item is theirs. */
    private static final String REVIEWER = "6f1c2a10-0000-4000-8000-000000000005";

    @Test
    void theReviewersDecisionFormPreselectsThePolicysSeverityAndDoesWithoutThePolicy() {
        COMPLAINTS.json("/api/review/items/78", review(ITEM.replace("\"id\":77", "\"id\":78"))
                .replace("\"claim\":{\"by\":null,\"at\":null,\"expiresAt\":null,\"live\":false}",
                        "\"claim\":{\"by\":\"" + REVIEWER + "\",\"at\":\"2026-12-01T09:50:00Z\","
                                + "\"expiresAt\":\"2026-12-01T10:20:00Z\",\"live\":true}"));
        COMPLAINTS.json("/api/complaint-items/78/messages", MESSAGES);
        MERCHANTS.json("/api/policy", POLICY);
        BrowserSession reviewer = BrowserSession.signIn("reviewer");

        reviewer.get("/review/complaints/items/78").then().statusCode(200)
                .body(containsString("<option value=\"HIGH\" selected>High (12 points)</option>"))
                .body(containsString("<option value=\"LOW\">Low (4 points)</option>"))
                .body(containsString("value=\"RIGHT_INFRINGED\" data-severity=\"MEDIUM\""))
                .body(containsString("name=\"infringementType\" value=\"COUNTERFEIT\""));
        given().redirects().follow(false).cookies(reviewer.cookies).cookie("mg_lang", "zh-CN")
                .get("/review/complaints/items/78").then().statusCode(200)
                .body(containsString("<option value=\"HIGH\" selected>高（12 分）</option>"));

        MERCHANTS.failing("/api/policy");
        reviewer.get("/review/complaints/items/78").then().statusCode(200)
                .body(containsString("<option value=\"LOW\">Low</option>"))
                .body(containsString("merchant-service cannot give the penalty policy just now"));
    }

    @Test
    void aFinishedJobIsShownWhenItsReportCannotBeRead() {
        COMPLAINTS.json("/api/complaint-jobs/5", JOB);
        COMPLAINTS.failing("/api/complaint-jobs/5/report");
        BrowserSession owner = BrowserSession.signIn("brand-owner");

        owner.get("/complaints/jobs/5").then().statusCode(200)
                .body(containsString("id=\"job-complaint\""))
                .body(containsString("id=\"report-unavailable\""));
    }

    @Test
    void theItemAndTheJobPagesOfABrandUserCarryTheBrandSwitcherNamingTheirBrand() {
        long first = BrandApi.brand(BrandApi.OWNER, "Basalt Row", "Basalt Row Ltd.", "basaltrow.test");
        long second = BrandApi.brand(BrandApi.OWNER, "Basalt Ridge", "Basalt Ridge Ltd.", "basaltridge.test");
        COMPLAINTS.json("/api/complaint-items/77", ITEM.replace("\"brandId\":3", "\"brandId\":" + first));
        COMPLAINTS.json("/api/complaint-items/77/messages", MESSAGES);
        COMPLAINTS.json("/api/complaint-jobs/5", JOB.replace("\"brandId\":3", "\"brandId\":" + first));
        COMPLAINTS.json("/api/complaint-jobs/5/report", "{\"items\":[],\"nextCursor\":null}");
        BrowserSession owner = BrowserSession.signIn(BrandApi.OWNER);

        for (String path : List.of("/complaints/items/77", "/complaints/jobs/5")) {
            String html = owner.get(path).then().statusCode(200).extract().asString();
            assertTrue(html.contains("id=\"current-brand\" data-brand=\"" + first + "\">Basalt Row<"), html);
            assertTrue(html.contains("<option value=\"" + second + "\">Basalt Ridge</option>"), html);
            assertTrue(html.contains("name=\"from\" value=\"" + path + "\""), html);
        }
    }

    @Test
    void theTransparencyFiguresAreShownWhenTheMerchantsSideCannotBeRead() {
        COMPLAINTS.json("/api/transparency", FIGURES);
        MERCHANTS.failing("/api/transparency");
        given().get("/transparency").then().statusCode(200)
                .body(containsString("id=\"period-shown\""))
                .body(containsString("id=\"merchant-figures-unavailable\""))
                .body(containsString("merchant-service did not answer in time"));
        given().get("/transparency/report").then().statusCode(200)
                .body(containsString("id=\"r-merchants-unavailable\""))
                .body(containsString("id=\"r-misuse-suspensions\""));
    }

    @Test
    void anAppealIsShownForDecisionWhenItsSanctionCannotBeRead() {
        MERCHANTS.json("/api/appeals/3", APPEAL);
        MERCHANTS.failing("/api/sanctions/41");
        BrowserSession reviewer = BrowserSession.signIn("reviewer");

        reviewer.get("/appeals/3").then().statusCode(200)
                .body(containsString("The warning was a mistake."))
                .body(containsString("id=\"reasons-unavailable\""))
                .body(containsString("id=\"appeal-decide\""));
    }

    @Test
    void aComplaintIsShownWhenALaterPageOfItsItemsCannotBeRead() {
        COMPLAINTS.json("/api/complaints/7", COMPLAINT);
        COMPLAINTS.failing("/api/complaints/7/items");
        BrowserSession owner = BrowserSession.signIn("brand-owner");

        owner.get("/complaints/7?cursor=AAAAnext&back=0").then().statusCode(200)
                .body(containsString("Acme"))
                .body(containsString("id=\"items-unavailable\""));

        COMPLAINTS.reset();
        COMPLAINTS.jsonInCompany("/api/complaints/7", COMPLAINT);
        COMPLAINTS.jsonInCompany("/api/complaints/7/items", "{\"items\":[" + ITEM + "],\"nextCursor\":null}");
        owner.get("/complaints/7?cursor=AAAAnext&back=0").then().statusCode(200)
                .body(containsString("id=\"item-77\""));
        assertTrue(COMPLAINTS.mostInFlight() >= 2, "the complaint and the later page of its items were read side by side");
    }

    @Test
    void aCursorTheServiceRefusesIsALinkNoLongerValidThatKeepsTheFilters() {
        COMPLAINTS.refusing("/api/complaint-items", "cursor");
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        merchant.get("/merchant/complaints?status=PENDING&cursor=AAAAforeign&back=0").then().statusCode(400)
                .body(containsString("This link to a page of the list is no longer valid"))
                .body(containsString("href=\"/merchant/complaints?status=PENDING\""))
                .body(not(containsString("cannot be reached")));
        given().redirects().follow(false).cookies(merchant.cookies).cookie("mg_lang", "zh-CN")
                .get("/merchant/complaints?status=PENDING&cursor=AAAAforeign").then().statusCode(400)
                .body(containsString("此列表分页链接已失效"));
    }
}
