package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The brand's side of an appeal with real signed-in sessions, merchant-service stood in for ({@link PeerStandIn}):
 * the brand's list of appeals to answer and the appeal's page with the merchant's explanation, evidence and the
 * statement of reasons; the answer posted through the page with the user's own token, kept as typed when refused;
 * a member without ANSWER_APPEALS told so instead of the form; and the reviewer's page saying who may decide.
 */
@QuarkusTest
@TestProfile(BrandAppealPagesTest.StandInMerchants.class)
class BrandAppealPagesTest {

    static final PeerStandIn MERCHANTS = new PeerStandIn();

    public static class StandInMerchants implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.merchant-service.url", MERCHANTS.url(),
                    "quarkus.rest-client.complaint-service.url", "http://127.0.0.1:1");
        }
    }

    private static final String AS_OF = "2026-12-01T10:00:00Z";

    static String appeal(long brandId, String brandAnswer, String fourEyes) {
        return """
                {"id":5,"sanctionId":41,"merchantId":1,"merchantName":"Merchant A","status":"OPEN",
                 "explanation":"These watches come from the brand's own distributor.","filedAt":"2026-11-30T10:00:00Z",
                 "brandAnswerDeadline":"2026-12-07T10:00:00Z","decisionDeadline":"2026-12-14T10:00:00Z",
                 "brandNotifiedAt":"2026-11-30T10:00:01Z","brandAnswer":%s,"brandAnsweredAt":%s,"decidedAt":null,
                 "decisionReason":null,"sanctionMeasure":"LISTING_REMOVED","brandName":"Appeal Lane",
                 "listing":{"id":9,"title":"Seed wrist watch","url":"https://market.test/9","status":"REMOVED"},
                 "evidence":[{"id":12,"filename":"invoice.pdf","mediaType":"application/pdf","sizeBytes":900,
                   "sha256":"ab12cd","uploadedAt":"2026-11-30T10:00:00Z","download":"/api/appeals/5/evidence/12"}],
                 "asOf":"%s","brandId":"%d","rightId":null,"brandAnswerEvidence":%s,"decisionReasonCode":null,
                 "fourEyes":%s}""".formatted(brandAnswer == null ? "null" : "\"" + brandAnswer + "\"",
                brandAnswer == null ? "null" : "\"2026-12-01T10:00:00Z\"", AS_OF, brandId,
                brandAnswer == null ? "[]" : "[\"https://appeal-lane.test/letter.pdf\"]", fourEyes);
    }

    static final String REASONS = """
            {"sanctionId":41,"puid":"mg-41","decision":{"measure":"LISTING_REMOVED","summary":"The listing was removed.",
              "takenAt":"2026-11-29T10:00:00Z","endsAt":null,"status":"ACTIVE"},
             "facts":"The listing offers watches bearing the APPEAL LANE mark that the brand did not make.",
             "ground":{"type":"ILLEGAL_CONTENT","legalGround":"Trademark infringement",
               "ipRight":{"office":"EUIPO","registrationNumber":"018000005","mark":"APPEAL LANE"},
               "infringementType":"COUNTERFEIT","policyVersion":"2026.1","policyClause":"4.1"},
             "automatedDetection":false,"automatedDecision":false,"channel":"STANDARD",
             "listing":{"id":9,"title":"Seed wrist watch","url":"https://market.test/9","status":"REMOVED"},
             "complainant":"Appeal Lane","redress":{"appealDeadline":"2027-05-28T10:00:00Z","appealable":false,
               "appealHow":"","openAppealId":5,"outOfCourtAndJudicial":""},"asOf":"%s"}""".formatted(AS_OF);

    long brandId;

    @BeforeEach
    void standIn() {
        MERCHANTS.reset();
        brandId = BrandApi.brand(BrandApi.OWNER, "Appeal Lane " + UUID.randomUUID().toString().substring(0, 8),
                "Appeal Lane Ltd", "appeal-lane.test");
        MERCHANTS.json("/api/appeals/5", appeal(brandId, null, "null"));
        MERCHANTS.json("/api/appeals/5/statement-of-reasons", REASONS);
        MERCHANTS.json("/api/brands/" + brandId + "/appeals",
                "{\"items\":[" + appeal(brandId, null, "null") + "],\"nextCursor\":null}");
    }

    @Test
    void theBrandFindsTheAppealInItsListAndAnswersThroughThePageWithItsOwnToken() {
        BrowserSession owner = BrowserSession.signIn(BrandApi.OWNER);
        owner.get("/brands/" + brandId + "/appeals").then().statusCode(200)
                .body(containsString("id=\"awaiting-5\""))
                .body(containsString("href=\"/brands/" + brandId + "/appeals/5\""));

        Response page = owner.get("/brands/" + brandId + "/appeals/5");
        page.then().statusCode(200)
                .body(containsString("These watches come from the brand&#39;s own distributor."))
                .body(containsString("href=\"/brands/" + brandId + "/appeals/5/evidence/12\""))
                .body(containsString("id=\"sor-facts\">The listing offers watches bearing the APPEAL LANE mark"))
                .body(containsString("id=\"appeal-answer\""));
        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN")
                .get("/brands/" + brandId + "/appeals/5").then().statusCode(200)
                .body(containsString("品牌的答复")).body(containsString("证据链接"));

        // Refused before anything is sent: what was typed stays on the page, the fields are named.
        owner.post("/brands/" + brandId + "/appeals/5/answer", page,
                Map.of("answer", " ", "evidenceUrls", "ftp://appeal-lane.test/letter.pdf")).then().statusCode(400)
                .body(containsString("Some fields are missing or invalid: Answer, Evidence links."))
                .body(containsString(">ftp://appeal-lane.test/letter.pdf</textarea>"));
        assertTrue(MERCHANTS.seen().stream().noneMatch(s -> s.path().endsWith("/brand-answer")));

        // Sent with the user's token; the portal shows the page again.
        MERCHANTS.json("/api/appeals/5/brand-answer", appeal(brandId, "We never supplied this shop.", "null"));
        Response sent = owner.post("/brands/" + brandId + "/appeals/5/answer", page,
                Map.of("answer", "We never supplied this shop.",
                        "evidenceUrls", "https://appeal-lane.test/letter.pdf\r\n\r\nhttps://appeal-lane.test/purchase.pdf"));
        assertEquals(303, sent.statusCode(), sent.asString());
        assertTrue(sent.header("Location").endsWith("/brands/" + brandId + "/appeals/5"), sent.header("Location"));
        PeerStandIn.Seen answer = MERCHANTS.seen().stream().filter(s -> s.path().equals("/api/appeals/5/brand-answer"))
                .findFirst().orElseThrow();
        assertEquals("POST", answer.method());
        assertTrue(answer.authorization().startsWith("Bearer "), answer.authorization());
        assertTrue(answer.body().contains("\"answer\":\"We never supplied this shop.\""), answer.body());
        assertTrue(answer.body().contains("[\"https://appeal-lane.test/letter.pdf\",\"https://appeal-lane.test/purchase.pdf\"]"),
                answer.body());

        // merchant-service's refusal (answered meanwhile) comes back on the page with the answer kept.
        MERCHANTS.problem("/api/appeals/5/brand-answer", 409, "answer");
        owner.post("/brands/" + brandId + "/appeals/5/answer", page, Map.of("answer", "A second answer.")).then()
                .statusCode(400).body(containsString("The answer was refused as the appeal stands now"))
                .body(containsString(">A second answer.</textarea>"));

        // Answered, the page shows the answer and its evidence instead of the form.
        MERCHANTS.json("/api/appeals/5", appeal(brandId, "We never supplied this shop.", "null"));
        owner.get("/brands/" + brandId + "/appeals/5").then().statusCode(200)
                .body(containsString("We never supplied this shop."))
                .body(containsString("href=\"https://appeal-lane.test/letter.pdf\""))
                .body(containsString("id=\"cannot-answer\""))
                .body(not(containsString("id=\"appeal-answer\"")));
    }

    @Test
    void aMemberWithoutAnswerAppealsIsToldSoAndAnAppealOfAnotherBrandIsNotThisBrandsPage() {
        QuarkusTransaction.requiringNew().run(() -> {
            BrandMember agent = new BrandMember();
            agent.brandId = brandId;
            agent.subject = BrandApi.AGENT_SUBJECT;
            agent.role = BrandMember.Role.AGENT;
            agent.actions = BrandMember.encode(EnumSet.of(BrandMember.Action.READ));
            agent.createdAt = Instant.now();
            agent.persist();
        });
        BrowserSession agent = BrowserSession.signIn(BrandApi.AGENT);
        agent.get("/brands/" + brandId + "/appeals/5").then().statusCode(200)
                .body(containsString("id=\"cannot-answer\""))
                .body(containsString("does not include answering appeals on this right"))
                .body(not(containsString("id=\"appeal-answer\"")));

        MERCHANTS.json("/api/appeals/6", appeal(brandId + 1000, null, "null").replace("\"id\":5", "\"id\":6"));
        BrowserSession.signIn(BrandApi.OWNER).get("/brands/" + brandId + "/appeals/6").then().statusCode(404);
    }

    @Test
    void theReviewerWhoDecidedTheTakedownIsToldAnotherDecidesAndABrandUserIsSentToTheBrandsPage() {
        MERCHANTS.json("/api/appeals/5", appeal(brandId, null,
                "{\"originalDecision\":\"REVIEWER\",\"originalDecider\":\"me\",\"mayDecide\":false,\"barredBecause\":\"ORIGINAL_DECIDER\"}"));
        MERCHANTS.failing("/api/sanctions/41");
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        reviewer.get("/appeals/5").then().statusCode(200)
                .body(containsString("data-state=\"ORIGINAL_DECIDER\""))
                .body(containsString("another reviewer decides the appeal"))
                .body(not(containsString("id=\"appeal-decide\"")));

        MERCHANTS.json("/api/appeals/5", appeal(brandId, "We never supplied this shop.",
                "{\"originalDecision\":\"AUTOMATED\",\"mayDecide\":true}"));
        reviewer.get("/appeals/5").then().statusCode(200)
                .body(containsString("data-state=\"AUTOMATED\""))
                .body(containsString("We never supplied this shop."))
                .body(containsString("href=\"https://appeal-lane.test/letter.pdf\""))
                .body(containsString("id=\"appeal-reason-code\""))
                .body(containsString("id=\"appeal-decide\""));

        Response old = given().redirects().follow(false).cookies(BrowserSession.signIn(BrandApi.OWNER).cookies)
                .get("/appeals/5");
        assertEquals(303, old.statusCode());
        assertTrue(old.header("Location").endsWith("/brands/" + brandId + "/appeals/5"), old.header("Location"));
    }
}
