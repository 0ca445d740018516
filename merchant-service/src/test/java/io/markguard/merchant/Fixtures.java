package io.markguard.merchant;

import static io.restassured.RestAssured.given;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the ledger tests start from: an empty ledger at the real time, merchants without a login, and
 * listings brought in through the import API.
 */
@ApplicationScoped
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(ComplaintAccessStandIn.class)
@QuarkusTestResource(PortalStandIn.class)
@QuarkusTestResource(EuTransparencyDatabaseResource.class)
public class Fixtures {

    public static final String MERCHANT_A_SUBJECT = "6f1c2a10-0000-4000-8000-000000000003";
    public static final String MERCHANT_B_SUBJECT = "6f1c2a10-0000-4000-8000-000000000004";
    public static final String BRAND_OWNER_SUBJECT = "6f1c2a10-0000-4000-8000-000000000001";
    public static final String BRAND_AGENT_SUBJECT = "6f1c2a10-0000-4000-8000-000000000002";
    public static final String REVIEWER_SUBJECT = "6f1c2a10-0000-4000-8000-000000000005";

    @Inject
    TestClock clock;

    public TestClock clock() {
        return clock;
    }

    /** No listings, violations, sanctions, appeals or outbox messages; the clock back at the real time. */
    public void reset() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("outbox_message", "termination_review", "account_hold", "identity_release",
                    "evidence", "appeal", "tdb_submission", "tdb_submission_count", "sanction", "violation", "listing",
                    "merchant_points_day", "merchant_brand", "transparency_appeal_day", "transparency_appeal_time",
                    "transparency_sanction_day", "transparency_violation_day")) {
                Merchant.getEntityManager().createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
        });
        if (GreenMailResource.greenMail() != null) {
            try {
                GreenMailResource.greenMail().purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A merchant that no demo user signs in as, with its whole trader identity, so its listings go on sale. */
    public long merchant(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Merchant merchant = new Merchant();
            merchant.subject = "test-" + UUID.randomUUID();
            merchant.username = username;
            merchant.enrolledAt = Instant.now();
            completeIdentity(merchant);
            merchant.persist();
            return merchant.id;
        });
    }

    /** A merchant that has given no trader identity yet: its new listings are held (DSA Art. 30). */
    public long merchantWithoutIdentity(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Merchant merchant = new Merchant();
            merchant.subject = "test-" + UUID.randomUUID();
            merchant.username = username;
            merchant.enrolledAt = Instant.now();
            merchant.persist();
            return merchant.id;
        });
    }

    private static void completeIdentity(Merchant merchant) {
        merchant.legalName = merchant.username;
        merchant.address = "Hauptstr. 1, 10115 Berlin";
        merchant.phone = "+49 30 1234567";
        merchant.email = merchant.username + "@shop.markguard.test";
        merchant.identityDocumentRef = "ID-" + merchant.username;
        merchant.tradeRegisterNumber = "HRB 12345";
        merchant.selfCertifiedAt = Instant.now();
        merchant.identityUpdatedAt = Instant.now();
    }

    /** The complaint item whose takedown led to the sanction. */
    public String complaintItemOf(long sanctionId) {
        return QuarkusTransaction.requiringNew().call(() -> Sanction.<Sanction>findById(sanctionId).violation.complaintItemId);
    }

    /** The violation the sanction was issued for. */
    public long violationOf(long sanctionId) {
        return QuarkusTransaction.requiringNew().call(() -> Sanction.<Sanction>findById(sanctionId).violation.id);
    }

    /** The merchant record of a demo user, enrolled as the portal would. */
    public static long demoMerchant(String username) {
        long id = given().auth().oauth2(TestKeycloak.userToken(username)).get("/api/merchants/me").then()
                .statusCode(200).extract().jsonPath().getLong("id");
        // Listings go on sale only with a complete trader identity; a test that wants it incomplete sets it so.
        // Through the merchant's own API, so that tests against the packaged service can use it too.
        String token = TestKeycloak.userToken(username);
        boolean complete = given().auth().oauth2(token).get("/api/merchants/me/trader-identity").then().statusCode(200)
                .extract().jsonPath().getList("completeness.missing").isEmpty();
        if (!complete) {
            Map<String, Object> identity = new LinkedHashMap<>();
            identity.put("legalName", username);
            identity.put("address", "Hauptstr. 1, 10115 Berlin");
            identity.put("phone", "+49 30 1234567");
            identity.put("email", username + "@shop.markguard.test");
            identity.put("identityDocumentRef", "ID-" + username);
            identity.put("tradeRegisterNumber", "HRB 12345");
            identity.put("selfCertified", true);
            given().auth().oauth2(token).contentType("application/json").body(identity)
                    .put("/api/merchants/me/trader-identity").then().statusCode(200);
        }
        return id;
    }

    /** A new ACTIVE listing of the merchant, through the import API. */
    public static long listing(long merchantId, String title) {
        String url = "https://shop.markguard.test/test/" + UUID.randomUUID();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("merchantId", String.valueOf(merchantId));
        row.put("title", title);
        row.put("brandClaimed", "Acme");
        row.put("price", "49.90");
        row.put("currency", "EUR");
        row.put("url", url);
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", List.of(row)))
                .post("/api/listings/import").then().statusCode(200);
        return given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).queryParam("url", url)
                .get("/api/internal/listings").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    /** Many new ACTIVE listings of the merchant in one import, in order. */
    public static List<Long> listings(long merchantId, int count) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Map.of("merchantId", String.valueOf(merchantId), "title", "Listing " + i, "price", "9.90",
                    "currency", "EUR", "url", "https://shop.markguard.test/test/" + UUID.randomUUID()));
        }
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", rows)).post("/api/listings/import").then().statusCode(200);
        return rows.stream().map(row -> given().auth().oauth2(TestKeycloak.serviceToken("complaint-service"))
                .queryParam("url", row.get("url")).get("/api/internal/listings").then().statusCode(200)
                .extract().jsonPath().getLong("id")).toList();
    }

    /** A takedown command as complaint-service sends it, filed by brand-owner. */
    public static Map<String, Object> takedown(long listingId, String brandId, Instant decidedAt) {
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("complaintItemId", UUID.randomUUID().toString());
        command.put("listingId", listingId);
        command.put("brandId", brandId);
        command.put("brandName", "Brand " + brandId);
        command.put("submitterSubject", BRAND_OWNER_SUBJECT);
        command.put("submitterEmail", "brand-owner@markguard.test");
        command.put("ipRight", Map.of("office", "EUIPO", "registrationNumber", "018123456", "mark", "ACME"));
        command.put("infringementType", "COUNTERFEIT");
        command.put("severity", "HIGH");
        command.put("channel", "FAST_TRACK");
        command.put("automatedDetection", false);
        command.put("automatedDecision", true);
        command.put("explanation", "The listing offers counterfeit ACME shoes: logo and box differ from the genuine goods.");
        command.put("decidedAt", decidedAt.toString());
        return command;
    }

    public static io.restassured.response.Response send(Map<String, Object> command) {
        return given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(command).post("/api/internal/takedowns");
    }
}
