package io.markguard.portal;

import static io.markguard.portal.PeerPartsTest.MERCHANTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a merchant reads of the account measures binding their listings, against merchant-service's answers as a
 * stand-in gives them ({@link PeerStandIn}): each listing's status and why it is off sale, in English and
 * Simplified Chinese, paged through merchant-service's cursor with the status filter kept; a status or cursor that
 * cannot be used is a readable 400 page keeping the filter; and the standing says what is off sale and that a
 * second reviewer decides a proposed termination by its deadline.
 */
@QuarkusTest
@TestProfile(PeerPartsTest.StandInPeers.class)
class MerchantListingsPagesTest {

    private static final String AS_OF = "2026-12-01T10:00:00Z";
    private static final String LISTINGS = "/api/merchants/me/listings";
    private static final String NO_SANCTIONS = "{\"items\":[],\"nextCursor\":null}";

    private static String listing(long id, String status, String offSaleBecause) {
        return """
                {"id":%d,"title":"Watch %d","url":"https://market.test/%d","status":"%s","offSaleBecause":%s}"""
                .formatted(id, id, id, status, offSaleBecause == null ? "null" : "\"" + offSaleBecause + "\"");
    }

    private static String page(String nextCursor, String... listings) {
        return "{\"items\":[" + String.join(",", listings) + "],\"nextCursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    /** One listing for each reason merchant-service gives, and one on sale. */
    private static final String EVERY_REASON = page(null,
            listing(11, "SUSPENDED", "ACCOUNT_SUSPENDED"),
            listing(12, "SUSPENDED", "TERMINATION_PENDING"),
            listing(13, "SUSPENDED", "ACCOUNT_TERMINATED"),
            listing(14, "HELD", "IDENTITY_INCOMPLETE"),
            listing(15, "HELD", "RESTRICTED"),
            listing(16, "HELD", "RESTRICTED_AND_IDENTITY_INCOMPLETE"),
            listing(17, "ACTIVE", null));

    private static String standing(String level, boolean mayList, String blockedUntil, String offSale,
            String pendingTermination) {
        return """
                {"merchantId":1,"merchantName":"Merchant A","asOf":"%s","policyVersion":"2026.2","level":"%s",
                 "activePoints":30,"mayList":%s,"newListingsHeld":false,"listingBlockedUntil":%s,"nextStep":null,
                 "sanctionsInForceCount":1,"activeViolationCount":3,"offSale":"%s","pendingTermination":%s}"""
                .formatted(AS_OF, level, mayList, blockedUntil == null ? "null" : "\"" + blockedUntil + "\"", offSale,
                        pendingTermination == null ? "null" : pendingTermination);
    }

    @BeforeEach
    void forget() {
        MERCHANTS.reset();
    }

    private static ValidatableResponse inChinese(BrowserSession session, String path) {
        return given().redirects().follow(false).cookies(session.cookies).cookie("mg_lang", "zh-CN").get(path).then();
    }

    @Test
    void eachListingSaysWhyItIsOffSaleInTheReadersLanguage() {
        MERCHANTS.json(LISTINGS, EVERY_REASON);
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        merchant.get("/merchant/listings").then().statusCode(200)
                .body(containsString("<a href=\"/merchant/listings\" id=\"nav-listings\" aria-current=\"page\">My listings</a>"))
                .body(containsString("<a href=\"https://market.test/11\" rel=\"noopener noreferrer\" id=\"listing-link-11\">Watch 11</a>"))
                .body(containsString("id=\"listing-status-11\">Off sale with the account<"))
                .body(containsString("id=\"listing-why-11\">Off sale while your account is suspended<"))
                .body(containsString("id=\"listing-why-12\">Off sale: termination awaiting a second reviewer<"))
                .body(containsString("id=\"listing-why-13\">Off sale for good: account terminated<"))
                .body(containsString("id=\"listing-status-14\">Held, not yet on sale<"))
                .body(containsString("id=\"listing-why-14\">Held until your trader identity is complete<"))
                .body(containsString("<a href=\"/merchant/identity\" id=\"listing-identity-14\">Complete your trader identity</a>"))
                .body(containsString("id=\"listing-why-15\">Held while your account is restricted<"))
                .body(not(containsString("id=\"listing-identity-15\"")))
                .body(containsString("id=\"listing-why-16\">Held while your account is restricted and until your trader identity is complete<"))
                .body(containsString("id=\"listing-identity-16\""))
                .body(containsString("id=\"listing-status-17\">On sale<"))
                .body(not(containsString("id=\"listing-why-17\"")))
                .body(not(containsString("id=\"listings-pager\"")));

        inChinese(merchant, "/merchant/listings").statusCode(200)
                .body(containsString(">我的商品</a>"))
                .body(containsString("id=\"listing-status-11\">随账户下架<"))
                .body(containsString("id=\"listing-why-11\">账户暂停经营期间下架<"))
                .body(containsString("id=\"listing-why-12\">已下架：账户终止待第二位审核员确认<"))
                .body(containsString("id=\"listing-why-13\">永久下架：账户已终止<"))
                .body(containsString("id=\"listing-status-14\">暂缓上架<"))
                .body(containsString("id=\"listing-why-14\">暂缓上架，直至您的经营者身份信息填写完整<"))
                .body(containsString("id=\"listing-identity-14\">完善经营者身份信息</a>"))
                .body(containsString("id=\"listing-why-15\">账户受限期间暂缓上架<"))
                .body(containsString("id=\"listing-why-16\">账户受限期间暂缓上架，且须待您的经营者身份信息填写完整<"))
                .body(containsString("id=\"listing-status-17\">在售<"));

        PeerStandIn.Seen read = listingReads().getFirst();
        assertEquals("limit=25", read.query(), "the first page of every status, 25 listings");
        assertTrue(read.authorization() != null && read.authorization().startsWith("Bearer "),
                "merchant-service was asked with the merchant's own token");
    }

    @Test
    void theListIsPagedThroughMerchantServicesCursorKeepingTheStatus() {
        MERCHANTS.json(LISTINGS, page("AAAAnext", listing(21, "SUSPENDED", "ACCOUNT_SUSPENDED")));
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        String first = merchant.get("/merchant/listings?status=SUSPENDED").then().statusCode(200)
                .body(containsString("<option value=\"SUSPENDED\" selected>Off sale with the account</option>"))
                .body(containsString("id=\"listing-21\""))
                .extract().asString();
        assertEquals("status=SUSPENDED&limit=25", listingReads().getLast().query());
        String next = link(first, "pager-next");
        assertEquals("/merchant/listings?status=SUSPENDED&cursor=AAAAnext&back=0", next);

        MERCHANTS.json(LISTINGS, page(null, listing(22, "SUSPENDED", "TERMINATION_PENDING")));
        String second = merchant.get(next).then().statusCode(200)
                .body(containsString("id=\"listing-why-22\">Off sale: termination awaiting a second reviewer<"))
                .body(not(containsString("id=\"listing-21\"")))
                .body(not(containsString("class=\"pager-next\"")))
                .extract().asString();
        assertEquals("status=SUSPENDED&limit=25&cursor=AAAAnext", listingReads().getLast().query());
        assertEquals("/merchant/listings?status=SUSPENDED", link(second, "pager-previous"));
    }

    @Test
    void aStatusMerchantServiceDoesNotKnowIsARefusedFilterKeptAsAsked() {
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        merchant.get("/merchant/listings?status=SOLD_OUT").then().statusCode(400)
                .body(containsString("id=\"error\""))
                .body(containsString("Some fields are missing or invalid: Status."))
                .body(containsString("<option value=\"SOLD_OUT\" selected>SOLD_OUT</option>"))
                .body(not(containsString("id=\"no-listings\"")));
        inChinese(merchant, "/merchant/listings?status=SOLD_OUT").statusCode(400)
                .body(containsString("以下字段缺失或无效：状态"));
        assertEquals(List.of(), listingReads(), "merchant-service was not asked for the listings");
    }

    @Test
    void aCursorMerchantServiceRefusesIsALinkNoLongerValidThatKeepsTheStatus() {
        MERCHANTS.refusing(LISTINGS, "cursor");
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        merchant.get("/merchant/listings?status=HELD&cursor=AAAAforeign&back=0").then().statusCode(400)
                .body(containsString("This link to a page of the list is no longer valid"))
                .body(containsString("href=\"/merchant/listings?status=HELD\""));
        inChinese(merchant, "/merchant/listings?status=HELD&cursor=AAAAforeign").statusCode(400)
                .body(containsString("此列表分页链接已失效"));
    }

    @Test
    void theStandingSaysTheListingsAreOffSaleWhileTheAccountIsSuspended() {
        MERCHANTS.json("/api/merchants/me/standing",
                standing("SUSPENDED_7D", false, "2026-12-05T10:00:00Z", "ACCOUNT_SUSPENDED", null));
        MERCHANTS.json("/api/merchants/me/sanctions", NO_SANCTIONS);
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        merchant.get("/merchant").then().statusCode(200)
                .body(containsString("id=\"nav-listings\""))
                .body(containsString("id=\"off-sale\""))
                .body(containsString("Your account is suspended: every listing that was on sale is off sale until"
                        + " 2026-12-05 10:00 UTC, then goes back on sale."))
                .body(containsString("<a href=\"/merchant/listings?status=SUSPENDED\" id=\"off-sale-listings\">See the listings off sale</a>"))
                .body(not(containsString("id=\"pending-termination\"")));
        inChinese(merchant, "/merchant").statusCode(200)
                .body(containsString("您的账户已被暂停经营：原在售的商品均已下架，至 2026-12-05 10:00 UTC 止，届时恢复在售。"));
    }

    @Test
    void theStandingSaysASecondReviewerDecidesAProposedTerminationByItsDeadline() {
        MERCHANTS.json("/api/merchants/me/standing", standing("SUSPENDED_14D", false, null, "TERMINATION_PENDING",
                "{\"id\":4,\"proposedAt\":\"2026-11-30T09:00:00Z\",\"deadline\":\"2026-12-03T16:00:00Z\"}"));
        MERCHANTS.json("/api/merchants/me/sanctions", NO_SANCTIONS);
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        merchant.get("/merchant").then().statusCode(200)
                .body(containsString("A termination of your account is proposed: your listings are off sale until a"
                        + " second reviewer decides."))
                .body(containsString("id=\"pending-termination\""))
                .body(containsString("A termination of your account was proposed on 2026-11-30 09:00 UTC. A second"
                        + " reviewer decides by 2026-12-03 16:00 UTC whether it is confirmed; meanwhile your listings"
                        + " are off sale."))
                // Counted from merchant-service's asOf (2026-12-01 10:00), not the portal's clock.
                .body(containsString("id=\"pending-termination-left\"><strong>2 days left</strong>"));
        inChinese(merchant, "/merchant").statusCode(200)
                .body(containsString("您的账户已被提议终止：在第二位审核员作出决定之前，您的商品均已下架。"))
                .body(containsString("您的账户已于 2026-11-30 09:00 UTC 被提议终止。第二位审核员将在 2026-12-03 16:00 UTC"
                        + " 前决定是否确认；在此期间，您的商品均已下架。"))
                .body(containsString("<strong>剩余 2 天</strong>"));

        MERCHANTS.json("/api/merchants/me/standing", standing("SUSPENDED_14D", false, null, "TERMINATION_PENDING",
                "{\"id\":4,\"proposedAt\":\"2026-11-25T09:00:00Z\",\"deadline\":\"2026-11-28T16:00:00Z\"}"));
        merchant.get("/merchant").then().statusCode(200)
                .body(containsString("The deadline has passed: your listings stay off sale until the reviewer decides."));
        inChinese(merchant, "/merchant").statusCode(200)
                .body(containsString("期限已过：在审核员作出决定之前，您的商品仍保持下架。"));
    }

    @Test
    void theStandingSaysTheListingsAreOffSaleForGoodOnceTheTerminationIsConfirmed() {
        MERCHANTS.json("/api/merchants/me/standing", standing("TERMINATED", false, null, "ACCOUNT_TERMINATED", null));
        MERCHANTS.json("/api/merchants/me/sanctions", NO_SANCTIONS);
        BrowserSession merchant = BrowserSession.signIn("merchant-a");

        merchant.get("/merchant").then().statusCode(200)
                .body(containsString("Your account is terminated: your listings are off sale for good."))
                .body(not(containsString("id=\"pending-termination\"")));
        inChinese(merchant, "/merchant").statusCode(200).body(containsString("您的账户已被终止：您的商品已永久下架。"));

        MERCHANTS.json("/api/merchants/me/standing", standing("RESTRICTED", true, null, "ON_SALE", null)
                .replace("\"newListingsHeld\":false", "\"newListingsHeld\":true"));
        merchant.get("/merchant").then().statusCode(200)
                .body(containsString("new listings are held (a restriction or an incomplete trader identity)"
                        + " <a href=\"/merchant/listings?status=HELD\" id=\"held-listings\">See the held listings and why</a>"))
                .body(not(containsString("id=\"off-sale\"")))
                .body(not(containsString("id=\"pending-termination\"")));
    }

    /** What the portal asked merchant-service for the merchant's listings, in order. */
    private static List<PeerStandIn.Seen> listingReads() {
        return MERCHANTS.seen().stream().filter(seen -> seen.path().equals(LISTINGS)).toList();
    }

    /** The href of the link with this class, as a browser would follow it. */
    private static String link(String html, String cssClass) {
        Matcher href = Pattern.compile("<a href=\"([^\"]+)\"[^>]*class=\"" + cssClass + "\"").matcher(html);
        assertTrue(href.find(), "a link " + cssClass + " in the page");
        return href.group(1).replace("&amp;", "&");
    }
}
