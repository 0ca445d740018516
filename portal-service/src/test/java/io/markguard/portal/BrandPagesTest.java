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
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The brand and review pages with a real signed-in session: forms, CSRF, readable errors, both languages. */
@QuarkusTest
class BrandPagesTest {

    @Test
    void anAnonymousVisitorIsSentToSignInFirst() {
        given().redirects().follow(false).get("/brands").then()
                .statusCode(302)
                .header("Location", startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/auth"));
    }

    @Test
    void aBrandWithMoreRightsThanOnePageShowsThemPageByPageWithNextAndPrevious() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Larch Row", "Larch Row Inc.", "larchrow.test");
        for (int i = 1; i <= 30; i++) {
            BrandApi.right(BrandApi.OWNER, brandId, "EUIPO", String.format("0196%05d", i), "LARCH " + i, "Larch Row Inc.");
        }
        BrowserSession owner = BrowserSession.signIn("brand-owner");

        String first = owner.get("/brands/" + brandId).then().statusCode(200).extract().asString();
        assertTrue(first.contains("019600001") && first.contains("019600025"), "the first page shows the first 25 rights");
        assertTrue(!first.contains("019600026"), "the 26th right is on the next page");
        assertTrue(!first.contains("class=\"pager-previous\""), "the first page has no previous page");

        String second = owner.get(link(first, "rights-pager", "pager-next")).then().statusCode(200).extract().asString();
        assertTrue(second.contains("019600026") && second.contains("019600030") && !second.contains("019600025"),
                "the second page shows rights 26 to 30 only");
        assertTrue(!second.contains("class=\"pager-next\""), "the last page has no next page");

        String back = owner.get(link(second, "rights-pager", "pager-previous")).then().statusCode(200).extract().asString();
        assertTrue(back.contains("019600001") && !back.contains("019600026"), "previous leads back to the first page");

        // A cursor the page did not write is a readable refusal, never a server error.
        owner.get("/brands/" + brandId + "?rights.cursor=bm90LWEtY3Vyc29y").then().statusCode(400);
    }

    /** The href of a pager's link, as a browser would follow it. */
    static String link(String html, String pagerId, String linkClass) {
        var pager = java.util.regex.Pattern.compile("id=\"" + pagerId + "\">(.*?)</nav>", java.util.regex.Pattern.DOTALL)
                .matcher(html);
        assertTrue(pager.find(), "the page has the pager " + pagerId);
        var href = java.util.regex.Pattern.compile("href=\"([^\"]+)\"[^>]*class=\"" + linkClass + "\"").matcher(pager.group(1));
        assertTrue(href.find(), pagerId + " has a link " + linkClass);
        return href.group(1).replace("&amp;", "&");
    }

    @Test
    void aBrandOwnerRegistersABrandAndAddsARightThroughThePages() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        Response home = owner.get("/");
        assertTrue(home.asString().contains("href=\"/brands\""), "the home page links a brand user to the brands");

        Response list = owner.get("/brands");
        assertEquals(200, list.statusCode());
        Response created = owner.post("/brands", list, Map.of("name", "Pioneer Point", "legalEntity", "Pioneer Point LLC",
                "country", "us", "websiteDomain", "pioneerpoint.test"));
        assertEquals(303, created.statusCode());
        String brandPage = created.header("Location").replaceFirst("^https?://[^/]+", "");

        Response page = owner.get(brandPage);
        page.then().statusCode(200).body(containsString("Pioneer Point")).body(containsString("Unverified"));

        // A malformed number comes back as a readable message on the page, and nothing is added.
        Response refused = owner.post(brandPage + "/rights", page, Map.of("type", "TRADEMARK", "office", "EUIPO",
                "registrationNumber", "18765432", "mark", "PIONEER", "niceClasses", "25", "ownerName", "Pioneer Point LLC"));
        refused.then().statusCode(400)
                .body(containsString("EUIPO: 9 digits"))
                .body(containsString("id=\"no-rights\""));

        page = owner.get(brandPage);
        Response added = owner.post(brandPage + "/rights", page, Map.of("type", "TRADEMARK", "office", "EUIPO",
                "registrationNumber", "019876543", "mark", "PIONEER", "niceClasses", "25, 35", "ownerName", "Pioneer Point LLC"));
        assertEquals(303, added.statusCode());
        owner.get(brandPage).then().body(containsString("019876543")).body(containsString("25, 35"));

        // The same page in Simplified Chinese.
        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN").get(brandPage).then()
                .body(containsString("未验证")).body(containsString("添加权利"));
    }

    @Test
    void theDemoBrandIsVerifiedThroughThePagesWithTheCodeFromTheRealMail() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        Response list = owner.get("/brands");
        String brandPage = path(owner.post("/brands", list, Map.of("name", "Northwind", "legalEntity",
                "Northwind Apparel, Inc.", "country", "US", "websiteDomain", "northwind.test")));
        Response page = owner.get(brandPage);
        owner.post(brandPage + "/rights", page, Map.of("type", "TRADEMARK", "office", "USPTO",
                "registrationNumber", "7 123 456", "mark", "NORTHWIND", "niceClasses", "18, 25, 35",
                "ownerName", "Northwind Apparel, Inc.", "registeredOn", "2023-07-11", "expiresOn", "2033-07-11"));
        page = owner.get(brandPage);
        String rightId = page.htmlPath().getString("**.find { it.@id == 'verify-right' }.option[0].@value");

        String casePage = path(owner.post(brandPage + "/cases", page, Map.of("rightId", rightId, "method", "REGISTER_CODE")));
        page = owner.get(casePage);
        page.then().statusCode(200).body(containsString("brand-owner@markguard.test")).body(containsString("Waiting for the code"));
        String code = Mailbox.latestCode("brand-owner@markguard.test", 1);

        String wrong = code.equals("00000000") ? "11111111" : "00000000";
        owner.get(path(owner.post(casePage + "/code", page, Map.of("code", wrong)))).then()
                .body(containsString("The code is wrong."));
        page = owner.get(casePage);
        owner.post(casePage + "/code", page, Map.of("code", code));
        owner.get(casePage).then().body(containsString("This right is verified.")).body(containsString("Code accepted"));
        owner.get(brandPage).then().body(containsString("id=\"brand-status\">Verified"));
    }

    @Test
    void aReviewerClaimsAndDecidesACaseThroughThePagesAlwaysWithAReason() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Aurora Works", "Aurora Works Inc.", "auroraworks.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000011", "AURORA", "Aurora Works Inc.");
        long caseId = BrandApi.start(BrandApi.OWNER, brandId, rightId, "DOCUMENTS", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        BrandApi.upload(BrandApi.OWNER, brandId, caseId, "CERTIFICATE", "certificate.pdf", BrandApi.PDF, "application/pdf")
                .then().statusCode(201);
        BrandApi.submit(BrandApi.OWNER, brandId, caseId).then().statusCode(200);

        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get("/review").then().body(containsString("/review/cases/" + caseId));
        String casePage = "/review/cases/" + caseId;
        Response page = reviewer.get(casePage);
        page.then().body(containsString("certificate.pdf")).body(containsString("Aurora Works Inc."));
        reviewer.post(casePage + "/claim", page, Map.of());
        page = reviewer.get(casePage);
        page.then().body(containsString("id=\"decide\""));

        reviewer.post(casePage + "/decision", page, Map.of("outcome", "APPROVE", "reason", " ")).then()
                .statusCode(400).body(containsString("Some fields are missing or invalid: Reason."));
        BrandApi.caseOf(BrandApi.OWNER, brandId, caseId).body("status", org.hamcrest.Matchers.equalTo("IN_REVIEW"));

        page = reviewer.get(casePage);
        assertEquals("/review", path(reviewer.post(casePage + "/decision", page,
                Map.of("outcome", "APPROVE", "reason", "Certificate checked against the USPTO record."))));
        BrandApi.caseOf(BrandApi.OWNER, brandId, caseId).body("status", org.hamcrest.Matchers.equalTo("VERIFIED"))
                .body("history.reason", org.hamcrest.Matchers.hasItem("Certificate checked against the USPTO record."));
    }

    @Test
    void anOwnerAuthorisesAnAgentWithALetterThroughThePages() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Meadow Bay", "Meadow Bay Inc.", "meadowbay.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000012", "MEADOW", "Meadow Bay Inc.");
        BrowserSession agent = BrowserSession.signIn("brand-agent");
        agent.get("/").then().body(containsString(BrandApi.AGENT_SUBJECT));
        agent.get("/brands/" + brandId).then().statusCode(404);

        BrowserSession owner = BrowserSession.signIn("brand-owner");
        String brandPage = "/brands/" + brandId;
        Response page = owner.get(brandPage);
        String until = java.time.LocalDate.now().plusDays(30).toString();
        Map<String, java.util.List<String>> fields = Map.of("agentSubject", java.util.List.of(BrandApi.AGENT_SUBJECT),
                "rightId", java.util.List.of(String.valueOf(rightId)), "validUntil", java.util.List.of(until));
        owner.get(path(owner.postFile(brandPage + "/agents", page, fields, "letter", "letter.txt", "not a letter".getBytes())))
                .then().body(containsString("Only PDF, PNG and JPEG files are accepted."));
        BrandApi.brandOf(BrandApi.AGENT, brandId).statusCode(404);

        page = owner.get(brandPage);
        path(owner.postFile(brandPage + "/agents", page, fields, "letter", "letter.pdf", BrandApi.PDF));
        owner.get(brandPage).then().body(containsString(BrandApi.AGENT_SUBJECT)).body(containsString("USPTO 7000012"));
        agent.get(brandPage).then().statusCode(200).body(containsString("Meadow Bay"));
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.postWithoutToken("/brands", Map.of("name", "Forged", "legalEntity", "Forged Inc.", "country", "US",
                "websiteDomain", "forged.test")).then().statusCode(400);
        owner.get("/brands").then().body(not(containsString("Forged")));
    }

    private static String path(Response redirect) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        return redirect.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void theReviewQueueIsForReviewersOnly() {
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/review").then().statusCode(403).body(containsString("You do not have access to this page."));
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get("/review").then().statusCode(200).body(containsString("Verification queue"));
        reviewer.get("/").then().body(containsString("href=\"/review\""));
    }

    @Test
    void anotherBrandsPageDoesNotExistForThisUser() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Silver Bay", "Silver Bay Inc.", "silverbay.test");
        BrowserSession agent = BrowserSession.signIn("brand-agent");
        agent.get("/brands/" + brandId).then().statusCode(404).body(containsString("This page does not exist."));
        agent.get("/brands").then().body(not(containsString("Silver Bay")));
        agent.get("/brands/" + brandId + "/cases/1").then().statusCode(404).header("Content-Type", startsWith("text/html"));
    }
}
