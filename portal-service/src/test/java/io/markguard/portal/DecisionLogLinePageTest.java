package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A decided item's page names its entry in complaint-service's public decision log with the link to the inclusion
 * proof, in both languages; says so while the log has not appended it; and is still shown when the log cannot be
 * asked. complaint-service is stood in for ({@link PeerStandIn}).
 */
@QuarkusTest
@TestProfile(DecisionLogLinePageTest.StandInComplaints.class)
class DecisionLogLinePageTest {

    static final PeerStandIn COMPLAINTS = new PeerStandIn();

    public static class StandInComplaints implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.complaint-service.url", COMPLAINTS.url(),
                    "quarkus.rest-client.merchant-service.url", "http://127.0.0.1:1",
                    "markguard.decision-log-links.complaint-service", "https://complaints.markguard.test");
        }
    }

    private static final String PAGE = "/complaints/items/77";
    private static final String ENTRY = "/api/decision-log/leaves/by-key/item-77-decided";

    long brandId;

    @BeforeEach
    void standIn() {
        COMPLAINTS.reset();
        brandId = BrandApi.brand(BrandApi.OWNER, "Log Line " + UUID.randomUUID().toString().substring(0, 8),
                "Log Line Ltd", "log-line.test");
        COMPLAINTS.json("/api/complaint-items/77", """
                {"id":77,"complaintId":7,"brandId":%d,"infringementType":"COUNTERFEIT",
                 "listing":{"id":9,"url":"https://market.test/9","title":"Field glasses","price":10.00,
                            "currency":"EUR","statusAtIntake":"ACTIVE"},
                 "seller":{"merchantId":1,"name":"Merchant A"},"snapshotSha256":"ab12","snapshotAt":"2026-11-30T10:00:00Z",
                 "status":"ACCEPTED","channel":"STANDARD","duplicateOf":null,"spotCheck":false,"spotCheckedAt":null,
                 "deadline":"2026-12-02T10:00:00Z","breached":false,"claimedBy":null,"decidedAt":"2026-12-01T09:00:00Z",
                 "reasonCode":"COUNTERFEIT_CONFIRMED","reasonText":null,"takedownAppliedAt":"2026-12-01T09:00:01Z",
                 "violationId":3,"retractedAt":null,"reversedAt":null,"reversalReason":null,
                 "asOf":"2026-12-01T10:00:00Z"}""".formatted(brandId));
        COMPLAINTS.json("/api/complaint-items/77/messages", "{\"items\":[],\"nextCursor\":null}");
    }

    @Test
    void aDecidedItemNamesItsLogEntryWithTheLinkToItsInclusionProof() {
        COMPLAINTS.json(ENTRY, "{\"index\":5,\"leaf\":\"{}\",\"treeSize\":9}");
        BrowserSession owner = BrowserSession.signIn(BrandApi.OWNER);
        owner.get(PAGE).then().statusCode(200)
                .body(containsString("Decision log entry #5"))
                .body(containsString(
                        "href=\"https://complaints.markguard.test/api/decision-log/proofs/inclusion?index=5&amp;treeSize=9\""));
        given().cookies(owner.cookies).cookie("mg_lang", "zh-CN").get(PAGE).then().statusCode(200)
                .body(containsString("决定日志条目 #5"));
    }

    @Test
    void theLineSaysSoUntilTheLogHasTheDecisionAndWhenTheLogCannotBeAsked() {
        COMPLAINTS.problem(ENTRY, 404, "key");
        BrowserSession owner = BrowserSession.signIn(BrandApi.OWNER);
        owner.get(PAGE).then().statusCode(200).body(containsString("Not yet in the public decision log"))
                .body(not(containsString("Decision log entry #")));
        COMPLAINTS.failing(ENTRY);
        owner.get(PAGE).then().statusCode(200).body(containsString("The public decision log cannot be reached just now"));
    }
}
