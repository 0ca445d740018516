package io.markguard.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reviewers' page of terminations waiting for a second reviewer, against a stand-in for merchant-service: the
 * queue in merchant-service's order with the overdue marked, in English and Chinese, a page at a time; the decision
 * form with its CSRF token, which keeps what was typed when it is incomplete or refused (the proposer's own decision).
 */
@QuarkusTest
@TestProfile(TerminationPagesTest.StandInMerchants.class)
class TerminationPagesTest {

    static final PeerStandIn MERCHANTS = new PeerStandIn();

    public static class StandInMerchants implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.merchant-service.url", MERCHANTS.url());
        }
    }

    private static String termination(long id, String deadline, boolean overdue, String proposedBy, String status) {
        return """
                {"id":%d,"merchantId":4,"merchantName":"Shady Goods Ltd","status":"%s","proposedAt":"2026-11-25T10:00:00Z",
                 "proposedBy":%s,"reason":"Five counterfeit removals","policyClause":"Policy 2026.1: 60 active points or more give TERMINATED",
                 "facts":"After the removal of listing 9 the merchant held 60 active points.","violationId":12,
                 "listing":{"id":9,"title":"Fake wrist watch","url":"https://market.test/9","status":"REMOVED"},
                 "brandName":"Acme","deadline":"%s","overdue":%s,"decidedAt":null,"decidedBy":null,
                 "decisionReason":null,"sanctionId":null,"asOf":"2026-12-01T10:00:00Z"}"""
                .formatted(id, status, proposedBy == null ? "null" : "\"" + proposedBy + "\"", deadline, overdue);
    }

    @BeforeEach
    void forget() {
        MERCHANTS.reset();
    }

    @Test
    void theQueueShowsPendingTerminationsOverdueFirstInBothLanguages() {
        MERCHANTS.json("/api/terminations", "{\"items\":[" + termination(5, "2026-11-28T10:00:00Z", true, null, "PENDING")
                + "," + termination(6, "2026-12-03T10:00:00Z", false, "reviewer-x", "PENDING")
                + "],\"nextCursor\":\"AAAAnext\"}");
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        String page = reviewer.get("/review/terminations").then().statusCode(200)
                .body(containsString("Terminations to confirm"))
                .body(containsString("id=\"termination-5\""))
                .body(containsString("overdue"))
                .body(containsString("the penalty ladder"))
                .body(containsString("a reviewer"))
                .body(containsString("cursor=AAAAnext"))
                .extract().asString();
        assertTrue(page.indexOf("id=\"termination-5\"") < page.indexOf("id=\"termination-6\""), "overdue first");
        reviewer.getInChinese("/review/terminations").then().statusCode(200)
                .body(containsString("待确认的账户终止"))
                .body(containsString("已逾期"))
                .body(containsString("处罚阶梯"));
        assertTrue(MERCHANTS.seen().stream().anyMatch(s -> "/api/terminations".equals(s.path())
                && s.query() != null && s.query().contains("limit=25")));
        reviewer.get("/").then().body(containsString("href=\"/review/terminations\""));

        MERCHANTS.json("/api/terminations", "{\"items\":[],\"nextCursor\":null}");
        reviewer.get("/review/terminations").then().statusCode(200).body(containsString("id=\"termination-queue-none\""));

        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        merchant.get("/review/terminations").then().statusCode(403);
        merchant.get("/").then().body(not(containsString("href=\"/review/terminations\"")));
    }

    @Test
    void aDecisionIsPostedWithItsTokenAndARefusalKeepsWhatWasTyped() {
        MERCHANTS.json("/api/terminations/5", termination(5, "2026-11-28T10:00:00Z", true, "reviewer-x", "PENDING"));
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        Response page = reviewer.get("/review/terminations/5");
        page.then().statusCode(200)
                .body(containsString("id=\"termination-decide\""))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("Five counterfeit removals"));
        reviewer.getInChinese("/review/terminations/5").then().statusCode(200).body(containsString("确认终止"));

        // Incomplete: nothing is sent, the choice is kept.
        reviewer.post("/review/terminations/5/decision", page, Map.of("outcome", "DECLINED", "reason", " ")).then()
                .statusCode(400)
                .body(containsString("id=\"error\""))
                .body(containsString("value=\"DECLINED\" id=\"outcome-DECLINED\" checked"));
        assertTrue(MERCHANTS.seen().stream().noneMatch(s -> s.path().endsWith("/decision")));

        // The proposer's own decision: merchant-service refuses it, the page says why and keeps the reason.
        MERCHANTS.problem("/api/terminations/5/decision", 403, "reviewer");
        reviewer.post("/review/terminations/5/decision", page, Map.of("outcome", "CONFIRMED",
                "reason", "Counterfeits again")).then()
                .statusCode(400)
                .body(containsString("You proposed this termination"))
                .body(containsString("Counterfeits again"));

        MERCHANTS.json("/api/terminations/5/decision", termination(5, "2026-11-28T10:00:00Z", true, "reviewer-x",
                "CONFIRMED"));
        reviewer.post("/review/terminations/5/decision", page, Map.of("outcome", "CONFIRMED",
                "reason", "Counterfeits again")).then()
                .statusCode(303)
                .header("Location", containsString("/review/terminations/5?notice=decided"));

        // A forged form without the token is refused and sends nothing more.
        long sent = MERCHANTS.seen().stream().filter(s -> s.path().endsWith("/decision")).count();
        reviewer.postWithoutToken("/review/terminations/5/decision", Map.of("outcome", "CONFIRMED", "reason", "x"))
                .then().statusCode(400).body(containsString("This form has expired"));
        assertTrue(MERCHANTS.seen().stream().filter(s -> s.path().endsWith("/decision")).count() == sent);
    }
}
