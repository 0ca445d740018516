package io.markguard.portal;

import static io.markguard.portal.PeerPartsTest.COMPLAINTS;
import static io.markguard.portal.PeerPartsTest.MERCHANTS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The brand's trust page per infringement type, and the item page keeping an undecided spot check from the brand,
 * against complaint-service's answers as a stand-in gives them ({@link PeerStandIn}).
 */
@QuarkusTest
@TestProfile(PeerPartsTest.StandInPeers.class)
class TrustAndSpotCheckPagesTest {

    private static final String AS_OF = "2026-12-01T10:00:00Z";

    /** A fast-track acceptance drawn as a spot check, claimed by a reviewer; {@code checkedAt} null while undecided. */
    private static String spotCheck(String checkedAt) {
        return """
                {"id":88,"complaintId":8,"brandId":3,"infringementType":"COUNTERFEIT",
                 "listing":{"id":9,"url":"https://market.test/9","title":"Seed wrist watch","price":10.00,"currency":"EUR",
                            "statusAtIntake":"ACTIVE"},
                 "seller":{"merchantId":1,"name":"Merchant A"},"snapshotSha256":"ab12","snapshotAt":"2026-11-30T10:00:00Z",
                 "status":"ACCEPTED","channel":"FAST_TRACK","duplicateOf":null,"spotCheck":true,"spotCheckedAt":%s,
                 "deadline":"2026-12-01T10:00:00Z","breached":false,"claimedBy":"reviewer-jo",
                 "decidedAt":"2026-11-30T10:00:00Z","reasonCode":null,"reasonText":null,
                 "takedownAppliedAt":"2026-11-30T10:00:01Z","violationId":5,"retractedAt":null,"reversedAt":null,
                 "reversalReason":null,"asOf":"%s"}""".formatted(checkedAt == null ? "null" : "\"" + checkedAt + "\"", AS_OF);
    }

    private static String figures(int decided, int accepted, int rejected, String acceptedShare) {
        return """
                {"decided":%d,"accepted":%d,"rejected":%d,"takedowns":%d,"reversedOnAppeal":0,"retracted":0,
                 "acceptedShare":%s,"reversedShare":0}""".formatted(decided, accepted, rejected, accepted, acceptedShare);
    }

    /** Accurate on counterfeits (10 of 10), not on design claims (2 of 3): the fast track for counterfeits only. */
    private static String trust(long brandId) {
        return """
                {"brandId":%d,
                 "policy":{"version":"2026.1","formula":"…","window":"PT2160H","minAcceptedShare":0.9,
                           "maxReversedShare":0.05,"minDecidedItems":3,"lockout":"PT2160H","spotCheckShare":0.05},
                 "score":{"brandId":%d,"windowStart":"2026-09-02T00:00:00Z","overall":%s,
                          "byInfringementType":{"COUNTERFEIT":%s,"DESIGN":%s},"meetsBar":true},
                 "fastTrack":{"active":true,"since":"2026-11-20T10:00:00Z","revokedAt":null,"lockedUntil":null,
                   "byInfringementType":[
                     {"infringementType":"COUNTERFEIT","active":true,"meetsBar":true,"since":"2026-11-20T10:00:00Z","revokedAt":null,"lockedUntil":null},
                     {"infringementType":"TRADEMARK_MISUSE","active":false,"meetsBar":false,"since":null,"revokedAt":null,"lockedUntil":null},
                     {"infringementType":"COPYRIGHT","active":false,"meetsBar":false,"since":"2026-08-01T10:00:00Z","revokedAt":"2026-11-25T10:00:00Z","lockedUntil":"2027-02-23T10:00:00Z"},
                     {"infringementType":"DESIGN","active":false,"meetsBar":false,"since":null,"revokedAt":null,"lockedUntil":null},
                     {"infringementType":"PATENT","active":false,"meetsBar":false,"since":null,"revokedAt":null,"lockedUntil":null}]},
                 "misuse":{"policy":{"window":"PT2160H","minDecidedItems":10,"unfoundedShare":0.5,"suspension":"PT720H"},
                           "figures":{"decided":13,"manifestlyUnfounded":0,"unfoundedShare":0,"windowStart":"2026-09-02T00:00:00Z",
                                      "warnedAt":null,"suspendedFrom":null,"suspendedUntil":null},"filingSuspended":false},
                 "asOf":"%s"}""".formatted(brandId, brandId, figures(13, 12, 1, "0.923"), figures(10, 10, 0, "1.0"),
                figures(3, 2, 1, "0.667"), AS_OF);
    }

    @BeforeEach
    void forget() {
        MERCHANTS.reset();
        COMPLAINTS.reset();
        COMPLAINTS.json("/api/complaint-items/88/messages", "{\"items\":[],\"nextCursor\":null}");
    }

    @Test
    void theBrandsItemPageDoesNotShowAnUndecidedSpotCheckOrItsReviewerButAReviewersDoes() {
        COMPLAINTS.json("/api/complaint-items/88", spotCheck(null));
        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/complaints/items/88").then().statusCode(200)
                .body(containsString("Seed wrist watch"))
                .body(not(containsString("id=\"spot-check\"")))
                .body(not(containsString("id=\"item-claimed-by\"")))
                .body(not(containsString("reviewer-jo")));
        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN").get("/complaints/items/88")
                .then().statusCode(200).body(not(containsString("抽查")));
        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        merchant.get("/merchant/complaints/88").then().statusCode(200)
                .body(not(containsString("id=\"spot-check\""))).body(not(containsString("reviewer-jo")));

        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        COMPLAINTS.json("/api/review/items/88", """
                {"item":%s,"complaint":{"id":8,"brandId":3,"brandName":"Acme","right":{"id":2,"type":"TRADEMARK",
                 "office":"EUIPO","registrationNumber":"018000001","mark":"ACME"},"infringementType":"COUNTERFEIT",
                 "explanation":"Fake watches.","channel":"FAST_TRACK","submitter":{"subject":"s","username":"brand-owner"},
                 "goodFaith":true,"accurate":true,"filedAt":"2026-11-30T10:00:00Z","bulkJobId":null},
                 "evidence":[],"testPurchases":[],"snapshot":null,
                 "claim":{"by":"reviewer-jo","at":"2026-12-01T09:50:00Z","expiresAt":"2026-12-01T10:20:00Z","live":true},
                 "asOf":"%s"}""".formatted(spotCheck(null), AS_OF));
        reviewer.get("/review/complaints/items/88").then().statusCode(200)
                .body(containsString("id=\"spot-check\""))
                .body(containsString("reviewer-jo"));

        // Decided, the brand sees it was a spot check.
        COMPLAINTS.json("/api/complaint-items/88", spotCheck("2026-11-30T12:00:00Z"));
        owner.get("/complaints/items/88").then().statusCode(200)
                .body(containsString("id=\"spot-check\""))
                .body(containsString("Spot check"));
    }

    @Test
    void theTrustPageShowsTheFiguresAndTheFastTrackOfEachInfringementTypeAndTheRuleInBothLanguages() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Harbour Types", "Harbour Types Ltd", "harbourtypes.test");
        COMPLAINTS.json("/api/brands/" + brandId + "/trust-score", trust(brandId));
        // The page's misuse part reads the brand's history of measures beside the score: none here.
        COMPLAINTS.json("/api/brands/" + brandId + "/misuse/events", "{\"items\":[],\"nextCursor\":null}");
        BrowserSession owner = BrowserSession.signIn("brand-owner");

        owner.get("/complaints/brands/" + brandId + "/trust").then().statusCode(200)
                // The figures of each type the brand has filed, beside the overall ones.
                .body(matchesPattern("(?s).*id=\"figures-COUNTERFEIT\"><td>[^<]+</td><td>10</td><td>10</td><td>0</td>.*"))
                .body(matchesPattern("(?s).*id=\"figures-DESIGN\"><td>[^<]+</td><td>3</td><td>2</td><td>1</td>.*"))
                // Which types have the fast track, and why the others do not.
                .body(containsString("id=\"fast-track-types\""))
                .body(matchesPattern("(?s).*id=\"type-state-COUNTERFEIT\"[^>]*>On since [^<]+: removal is immediate\\.<.*"))
                .body(matchesPattern("(?s).*id=\"type-state-DESIGN\"[^>]*>Off: below the bar\\.<.*"))
                .body(matchesPattern("(?s).*id=\"type-state-COPYRIGHT\"[^>]*>Off: left the bar, locked until [^<]+\\.<.*"))
                .body(matchesPattern("(?s).*id=\"type-DESIGN\"><td>[^<]+</td><td>3</td><td class=\"share\">66\\.7 %</td>.*"))
                // The rule: the bar per type as well as overall, and a random share of spot checks kept from the brand.
                .body(containsString("over those of each infringement type"))
                .body(containsString("5.0 % of fast-track items, drawn at random, are spot-checked by a reviewer"))
                .body(containsString("only once the reviewer has decided it"));

        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN")
                .get("/complaints/brands/" + brandId + "/trust").then().statusCode(200)
                .body(containsString("按侵权类型的快速通道"))
                .body(matchesPattern("(?s).*id=\"type-state-COUNTERFEIT\"[^>]*>自 [^<]+ 起开通：立即下架。<.*"))
                .body(matchesPattern("(?s).*id=\"type-state-DESIGN\"[^>]*>未开通：低于标准。<.*"))
                .body(containsString("也按每种侵权类型自身的数据分别适用"))
                .body(containsString("被随机抽取，由审核员抽查"));
    }
}
