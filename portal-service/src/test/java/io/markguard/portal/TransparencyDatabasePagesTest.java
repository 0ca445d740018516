package io.markguard.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The operators' page of the submissions to the EU Transparency Database, against a stand-in for merchant-service's
 * ledger: the count in each state, the statements of one state with the database's id, errors and a reversal after
 * submission, in English and Chinese; queuing a refused one again with the form's token; admins only.
 */
@QuarkusTest
@TestProfile(TransparencyDatabasePagesTest.StandInMerchants.class)
class TransparencyDatabasePagesTest {

    static final PeerStandIn MERCHANTS = new PeerStandIn();

    public static class StandInMerchants implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.merchant-service.url", MERCHANTS.url());
        }
    }

    private static final String SUMMARY = """
            {"counts":{"QUEUED":2,"RETRYING":0,"SUBMITTED":7,"REFUSED":1,"WITHDRAWN":1},"total":11,"sending":true}""";

    private static final String LIST = """
            {"items":[
             {"puid":"markguard-sor-refused-1","sanctionId":42,"state":"REFUSED","attempts":1,"nextAttemptAt":null,
              "tdbUuid":null,"errors":{"decision_facts":["The decision facts field must not be greater than 5000 characters."]},
              "lastFailure":null,"createdAt":"2026-12-01T10:00:00Z","updatedAt":"2026-12-01T10:00:05Z","submittedAt":null,
              "reversedAt":null},
             {"puid":"markguard-sor-reversed-1","sanctionId":41,"state":"SUBMITTED","attempts":1,"nextAttemptAt":null,
              "tdbUuid":"9d8c7b6a-0000-4000-8000-000000000041","errors":null,"lastFailure":null,
              "createdAt":"2026-12-01T09:00:00Z","updatedAt":"2026-12-01T11:00:00Z","submittedAt":"2026-12-01T09:00:10Z",
              "reversedAt":"2026-12-01T11:00:00Z"}
            ],"nextCursor":"AAAAnext"}""";

    @BeforeEach
    void forget() {
        MERCHANTS.reset();
        MERCHANTS.json("/api/transparency-database/summary", SUMMARY);
        MERCHANTS.json("/api/transparency-database/submissions", LIST);
    }

    @Test
    void anOperatorSeesEachStateWithItsCountAndTheStatementsWithTheDatabasesAnswerInBothLanguages() {
        BrowserSession admin = BrowserSession.signIn("admin");
        admin.get("/").then().body(containsString("href=\"/operator/transparency-database\""));
        admin.get("/operator/transparency-database?state=SUBMITTED").then().statusCode(200)
                .body(containsString("EU Transparency Database"))
                .body(containsString("Sending is on."))
                .body(containsString("id=\"count-SUBMITTED\">7<"))
                .body(containsString("id=\"count-REFUSED\">1<"))
                .body(containsString("All (11)"))
                .body(containsString("id=\"state-SUBMITTED\" aria-current=\"page\""))
                .body(containsString("9d8c7b6a-0000-4000-8000-000000000041"))
                .body(containsString("id=\"reversed-markguard-sor-reversed-1\""))
                .body(containsString("Reversed on 2026-12-01 11:00 UTC, after its submission"))
                .body(containsString("decision_facts: The decision facts field must not be greater than 5000 characters."))
                .body(containsString("id=\"requeue-markguard-sor-refused-1\""))
                .body(not(containsString("id=\"requeue-markguard-sor-reversed-1\"")))
                .body(containsString("cursor=AAAAnext"));
        assertTrue(MERCHANTS.seen().stream().anyMatch(s -> "/api/transparency-database/submissions".equals(s.path())
                && s.query() != null && s.query().contains("state=SUBMITTED") && s.query().contains("limit=25")));

        admin.getInChinese("/operator/transparency-database").then().statusCode(200)
                .body(containsString("欧盟透明度数据库"))
                .body(containsString("被数据库拒绝"))
                .body(containsString("提交后于 2026-12-01 11:00 UTC 撤销"));

        // A state the ledger does not know lists every state, as the page without one does.
        MERCHANTS.reset();
        MERCHANTS.json("/api/transparency-database/summary", SUMMARY);
        MERCHANTS.json("/api/transparency-database/submissions", "{\"items\":[],\"nextCursor\":null}");
        admin.get("/operator/transparency-database?state=LOST").then().statusCode(200)
                .body(containsString("id=\"submissions-none\""))
                .body(containsString("id=\"state-all\" aria-current=\"page\""));
        assertTrue(MERCHANTS.seen().stream().filter(s -> s.path().endsWith("/submissions"))
                .noneMatch(s -> s.query() != null && s.query().contains("state=")));

        for (String other : new String[] { "reviewer", "merchant-a", "brand-owner" }) {
            BrowserSession user = BrowserSession.signIn(other);
            user.get("/operator/transparency-database").then().statusCode(403);
            user.get("/").then().body(not(containsString("href=\"/operator/transparency-database\"")));
        }
    }

    @Test
    void aRefusedStatementIsQueuedAgainWithTheFormsTokenAndARaceIsSaidReadably() {
        BrowserSession admin = BrowserSession.signIn("admin");
        Response page = admin.get("/operator/transparency-database?state=REFUSED");
        page.then().statusCode(200).body(containsString("name=\"csrf-token\""));

        MERCHANTS.json("/api/transparency-database/submissions/markguard-sor-refused-1/requeue", """
                {"puid":"markguard-sor-refused-1","sanctionId":42,"state":"QUEUED","attempts":1}""");
        admin.post("/operator/transparency-database/markguard-sor-refused-1/requeue", page, Map.of()).then()
                .statusCode(303)
                .header("Location", containsString("/operator/transparency-database?state=QUEUED&notice=requeued"));
        assertEquals(1, MERCHANTS.seen().stream()
                .filter(s -> s.path().endsWith("/markguard-sor-refused-1/requeue") && "POST".equals(s.method())).count());
        admin.get("/operator/transparency-database?state=QUEUED&notice=requeued").then().statusCode(200)
                .body(containsString("The statement is queued again"));

        // Queued or submitted meanwhile: merchant-service refuses, the page says so and nothing changes.
        MERCHANTS.problem("/api/transparency-database/submissions/markguard-sor-refused-1/requeue", 409, "state");
        admin.post("/operator/transparency-database/markguard-sor-refused-1/requeue", page, Map.of()).then()
                .statusCode(303)
                .header("Location", containsString("error=CONFLICT"));
        admin.get("/operator/transparency-database?error=CONFLICT&field=markguard-sor-refused-1").then().statusCode(200)
                .body(containsString("Statement markguard-sor-refused-1 is no longer refused"));

        // A forged form without the token sends nothing.
        long sent = MERCHANTS.seen().stream().filter(s -> s.path().endsWith("/requeue")).count();
        admin.postWithoutToken("/operator/transparency-database/markguard-sor-refused-1/requeue", Map.of()).then()
                .statusCode(400);
        assertEquals(sent, MERCHANTS.seen().stream().filter(s -> s.path().endsWith("/requeue")).count());
    }
}
