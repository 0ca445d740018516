package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The complaint pages with real signed-in sessions while complaint-service and merchant-service are away: who may
 * open which page, brands kept apart by the portal's own records, the readable outage page in both languages, and
 * filing forms refused before anything is sent, with what was typed kept. The pages with complaint-service's data
 * are proven end to end by ComplaintFilingIT in infra/e2e.
 */
@QuarkusTest
@TestProfile(MerchantPagesTest.MerchantServiceAway.class)
class ComplaintPagesTest {

    @Test
    void anAnonymousVisitorIsSentToSignInFirst() {
        for (String page : List.of("/complaints", "/complaints/1", "/review/complaints", "/merchant/complaints")) {
            given().redirects().follow(false).get(page).then()
                    .statusCode(302)
                    .header("Location", startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/auth"));
        }
    }

    @Test
    void eachRoleFindsItsOwnComplaintPagesAndNoOneElses() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/").then().body(containsString("href=\"/complaints\"")).body(not(containsString("href=\"/review/complaints\"")));
        owner.get("/review/complaints").then().statusCode(403);
        owner.get("/merchant/complaints").then().statusCode(403);

        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get("/").then().body(containsString("href=\"/review/complaints\"")).body(not(containsString("href=\"/complaints\"")));
        reviewer.get("/complaints").then().statusCode(403);

        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        merchant.get("/complaints").then().statusCode(403).body(containsString("You do not have access to this page."));
        merchant.get("/complaints/brands/1/new").then().statusCode(403);
    }

    @Test
    void theHubListsOnlyTheUsersOwnBrandsAndAnotherBrandsPagesDoNotExist() {
        long mine = BrandApi.brand(BrandApi.OWNER, "Harbour Lane", "Harbour Lane Ltd", "harbourlane.test");
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/complaints").then().statusCode(200)
                .body(containsString("id=\"complaint-brand-" + mine + "\""))
                .body(containsString("href=\"/complaints/brands/" + mine + "/new\""));

        BrowserSession agent = BrowserSession.signIn("brand-agent");
        agent.get("/complaints").then().statusCode(200).body(not(containsString("Harbour Lane")));
        for (String page : List.of("/complaints/brands/" + mine, "/complaints/brands/" + mine + "/new",
                "/complaints/brands/" + mine + "/bulk", "/complaints/brands/" + mine + "/trust")) {
            agent.get(page).then().statusCode(404).body(not(containsString("Harbour Lane")));
        }
    }

    @Test
    void complaintServiceBeingAwayGivesAReadablePageInBothLanguages() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Quayside Goods", "Quayside Goods Ltd", "quayside.test");
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/complaints/brands/" + brandId).then().statusCode(503)
                .body(containsString("complaint-service cannot be reached"))
                .body(containsString("Back to the home page"));
        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN").get("/complaints/brands/" + brandId + "/trust")
                .then().statusCode(503).body(containsString("暂时无法连接 complaint-service"));
        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        merchant.get("/merchant/complaints").then().statusCode(503).body(containsString("complaint-service cannot be reached"));
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get("/review/complaints").then().statusCode(503).body(containsString("complaint-service cannot be reached"));
    }

    @Test
    void aBrandWithoutAVerifiedRightIsToldToVerifyOneBeforeFiling() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Lantern Row", "Lantern Row Ltd", "lanternrow.test");
        BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000301", "LANTERN ROW", "Lantern Row Ltd");
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/complaints/brands/" + brandId + "/new").then().statusCode(200)
                .body(containsString("id=\"no-verified-rights\""))
                .body(not(containsString("id=\"file-complaint\"")));
        owner.get("/complaints/brands/" + brandId + "/bulk").then().statusCode(200).body(containsString("id=\"no-verified-rights\""));
    }

    @Test
    void anIncompleteNoticeComesBackNamingTheFieldsWithWhatWasTypedAndNothingIsSent() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Copper Mill", "Copper Mill Ltd", "coppermill.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000302", "COPPER MILL", "Copper Mill Ltd");
        BrandApi.verifyByDocuments(BrandApi.OWNER, brandId, rightId);
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        Response form = owner.get("/complaints/brands/" + brandId + "/new");
        form.then().statusCode(200).body(containsString("id=\"file-complaint\"")).body(containsString("USPTO 7000302 · COPPER MILL"));

        // Refused by the portal itself: complaint-service being away (a 503 otherwise) shows nothing was sent.
        Response refused = owner.post("/complaints/brands/" + brandId, form, Map.of("rightId", String.valueOf(rightId),
                "infringementType", "COUNTERFEIT", "otherListings", "", "explanation", "Fake stitching and a wrong logo font.",
                "evidenceUrls", "https://evidence.test/photo-1", "goodFaith", "true", "idempotencyKey", "form-1"));
        refused.then().statusCode(422)
                .body(containsString("Some fields are missing or invalid: Listings, Accuracy statement. Nothing was saved or sent."))
                .body(containsString("Fake stitching and a wrong logo font."))
                .body(containsString("https://evidence.test/photo-1"));
        assertTrue(refused.asString().contains("name=\"idempotencyKey\" value=\"form-1\""), "a second press files at most once");

        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN").get("/complaints/brands/" + brandId + "/new")
                .then().body(containsString("提交投诉"));
    }

    @Test
    void aReviewersItemDecisionPostedEmptyIsAReadablePageNeverAServerError() {
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        Response home = reviewer.get("/");
        // The refused form's page shows the item again, which only complaint-service has; the 400 itself is proven
        // end to end by ComplaintFilingIT.
        reviewer.post("/review/complaints/items/1/decision", home, Map.of()).then()
                .statusCode(503)
                .body(containsString("complaint-service cannot be reached"));
    }

    @Test
    void aBulkUploadOfAnotherKindOfFileIsRefusedBeforeAnythingIsSent() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Tidewater", "Tidewater Ltd", "tidewater.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000303", "TIDEWATER", "Tidewater Ltd");
        BrandApi.verifyByDocuments(BrandApi.OWNER, brandId, rightId);
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        Response form = owner.get("/complaints/brands/" + brandId + "/bulk");
        Response refused = owner.postFile("/complaints/brands/" + brandId + "/bulk", form,
                Map.of("rightId", List.of(String.valueOf(rightId)), "infringementType", List.of("COUNTERFEIT"),
                        "explanation", List.of("Every listing in the file sells fake Tidewater jackets."),
                        "goodFaith", List.of("true"), "accurate", List.of("true")),
                "file", "listings.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        refused.then().statusCode(400)
                .body(containsString("Upload a CSV file with a listing column, or a JSON array. Nothing was filed."))
                .body(containsString(">Every listing in the file sells fake Tidewater jackets.</textarea>"));
    }

    @Test
    void theBulkPageOffersATemplateWithTheColumnsARowMayOverrideAndTheBrandsRight() throws Exception {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Tidewater Template", "Tidewater Template Ltd", "tidewatertemplate.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000304", "TIDEWATER T", "Tidewater Template Ltd");
        BrandApi.verifyByDocuments(BrandApi.OWNER, brandId, rightId);
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/complaints/brands/" + brandId + "/bulk").then().statusCode(200)
                .body(containsString("href=\"/complaints/brands/" + brandId + "/bulk/template.csv\""));
        Response template = owner.get("/complaints/brands/" + brandId + "/bulk/template.csv");
        template.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", containsString("markguard-bulk-template.csv"));
        byte[] bytes = template.asByteArray();
        // A spreadsheet opens it as UTF-8 (the byte-order mark), and its rows read as the upload reads them.
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        var rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertEquals(List.of("listing", "rightId", "infringementType", "explanation", "evidenceUrls", "testPurchaseOrders"),
                rows.get(0).getParser().getHeaderNames());
        assertEquals(String.valueOf(rightId), rows.get(1).get("rightId"));
        assertEquals("", rows.get(0).get("rightId"));
        BrowserSession.signIn("brand-agent").get("/complaints/brands/" + brandId + "/bulk/template.csv").then().statusCode(404);
    }

    @Test
    void theTransparencyPageIsPublicAndSaysReadablyWhenItsFiguresCannotBeReached() {
        given().redirects().follow(false).get("/").then().body(containsString("href=\"/transparency\""));
        given().redirects().follow(false).get("/transparency").then().statusCode(503)
                .body(containsString("complaint-service cannot be reached"));
        given().redirects().follow(false).cookie("mg_lang", "zh-CN").get("/transparency/figures.csv").then().statusCode(503)
                .body(containsString("暂时无法连接 complaint-service"));
        long brandId = BrandApi.brand(BrandApi.OWNER, "Saltmarsh", "Saltmarsh Ltd", "saltmarsh.test");
        BrowserSession agent = BrowserSession.signIn("brand-agent");
        agent.get("/complaints/brands/" + brandId + "/transparency").then().statusCode(404);
        agent.get("/complaints/brands/" + brandId + "/transparency/figures.csv").then().statusCode(404);
    }

    @Test
    void aListFilterComplaintServiceWouldRefuseIsARefusedPageNamingItAndAValidOneIsAskedFor() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Tamarind Way", "Tamarind Way Ltd", "tamarindway.test");
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        String list = "/complaints/brands/" + brandId;
        owner.get(list + "?status=LOST&from=2026-02-30").then().statusCode(400)
                .body(containsString("Status, From"))
                .body(containsString("id=\"list-filter\""));
        // complaint-service answers one of the two, so the page asks for one.
        owner.get(list + "?status=PENDING&infringementType=COUNTERFEIT").then().statusCode(400).body(containsString("Status"));
        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN")
                .get(list + "?from=2026-03-01&to=2026-02-01").then().statusCode(400).body(containsString("截止日期"));
        // A filter it takes goes to complaint-service, which is away here.
        owner.get(list + "?status=PENDING&from=2026-01-01&to=2026-01-31").then().statusCode(503)
                .body(containsString("complaint-service cannot be reached"));

        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        // Duplicates are not shown to merchants, so they are no filter of theirs.
        merchant.get("/merchant/complaints?status=DUPLICATE").then().statusCode(400).body(containsString("Status"));
        merchant.get("/merchant/complaints?status=ACCEPTED").then().statusCode(503);
    }
}
