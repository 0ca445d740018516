package io.markguard.complaint;

import static io.markguard.complaint.Markguard.AGENT;
import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who sees what: brands their own complaints, merchants items about their own listings; the message thread. */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class BrandAndMerchantTest {

    @Test
    void aBrandUserCannotReadAnotherBrandsComplaintsAndAMerchantOnlyItemsAboutItsOwnListings() {
        long merchantA = merchantId("merchant-a");
        merchantId("merchant-b");
        Markguard.Brand ownerOnly = verifiedBrand("Northwind Tenant A");
        Markguard.Brand shared = verifiedBrand("Northwind Tenant B");
        Markguard.authoriseAgent(shared.id(), List.of(shared.rightId()));

        JsonPath a = file(OWNER, notice(ownerOnly, listings(merchantA, 1))).then().statusCode(201).extract().jsonPath();
        long complaintA = a.getLong("id");
        long itemA = a.getLong("items[0].id");
        // The agent files for brand B, on the right it is authorised for.
        long complaintB = file(AGENT, notice(shared, listings(merchantA, 1))).then().statusCode(201)
                .body("submitter.username", equalTo(AGENT)).extract().jsonPath().getLong("id");

        as(AGENT).get("/api/complaints/" + complaintB).then().statusCode(200);
        as(AGENT).get("/api/complaints/" + complaintA).then().statusCode(404).contentType("application/problem+json");
        as(AGENT).queryParam("brandId", ownerOnly.id()).get("/api/complaints").then().statusCode(404);
        as(AGENT).get("/api/complaint-items/" + itemA).then().statusCode(404);
        as(AGENT).get("/api/brands/" + ownerOnly.id() + "/trust-score").then().statusCode(404);
        as(AGENT).contentType(ContentType.JSON).body(Map.of("reason", "Not ours to take back."))
                .post("/api/complaint-items/" + itemA + "/retraction").then().statusCode(404);
        as(OWNER).get("/api/complaint-items/" + itemA).then().statusCode(200).body("status", equalTo("PENDING"));

        as("merchant-a").get("/api/complaint-items/" + itemA).then().statusCode(200).body("deadline", notNullValue())
                .body("asOf", notNullValue());
        as("merchant-b").get("/api/complaint-items/" + itemA).then().statusCode(404);
        as("merchant-b").queryParam("mine", true).get("/api/complaint-items").then().statusCode(200)
                .body("items.id", not(hasItem((int) itemA)));
        // Merchants do not read complaints, and the queue is for reviewers.
        as("merchant-a").get("/api/complaints/" + complaintA).then().statusCode(403);
        as(OWNER).get("/api/review/queue").then().statusCode(403);
        as("merchant-a").post("/api/review/items/" + itemA + "/claim").then().statusCode(403);
    }

    @Test
    void merchantServiceIsAskedWhichMerchantAUserIsOnceAndEachMerchantStillSeesOnlyItsOwnItems() {
        long merchantA = merchantId("merchant-a");
        long merchantB = merchantId("merchant-b");
        Markguard.Brand brand = verifiedBrand("Northwind Accounts");
        List<Integer> ofA = file(OWNER, notice(brand, listings(merchantA, 2))).then().statusCode(201).extract().jsonPath()
                .getList("items.id");
        List<Integer> ofB = file(OWNER, notice(brand, listings(merchantB, 1))).then().statusCode(201).extract().jsonPath()
                .getList("items.id");
        // As for users complaint-service has not seen yet.
        forget("merchant-a");
        forget("merchant-b");

        double before = whoAmICalls();
        mine("merchant-a", merchantA, brand, ofA);
        Markguard.await("merchant-service asked once", Duration.ofSeconds(5), () -> whoAmICalls() == before + 1);

        mine("merchant-a", merchantA, brand, ofA);
        as("merchant-a").get("/api/complaint-items/" + ofA.get(0)).then().statusCode(200);
        as("merchant-a").get("/api/complaint-items/" + ofA.get(0) + "/messages").then().statusCode(200);
        as("merchant-a").get("/api/complaint-items/" + ofB.get(0)).then().statusCode(404);
        Assertions.assertEquals(before + 1, whoAmICalls(), "later requests of the same merchant ask merchant-service nothing");

        // Another merchant is asked about once too, and sees its own items, never merchant-a's.
        mine("merchant-b", merchantB, brand, ofB);
        mine("merchant-b", merchantB, brand, ofB);
        as("merchant-b").get("/api/complaint-items/" + ofA.get(0)).then().statusCode(404);
        as("merchant-b").get("/api/complaint-items/" + ofB.get(0)).then().statusCode(200);
        Assertions.assertEquals(before + 2, whoAmICalls(), "one question for each merchant");
    }

    /** The merchant's list holds its items of the brand, and nothing about another merchant's listings. */
    private static void mine(String user, long merchantId, Markguard.Brand brand, List<Integer> items) {
        as(user).queryParam("mine", true).queryParam("limit", 200).get("/api/complaint-items").then().statusCode(200)
                .body("items.seller.merchantId", everyItem(equalTo((int) merchantId)))
                .body("items.findAll { it.brandId == " + brand.id() + " }.id", containsInAnyOrder(items.toArray()));
    }

    private static void forget(String user) {
        String payload = TestKeycloak.userToken(Markguard.user(user)).split("\\.")[1];
        String subject = JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("sub");
        QuarkusTransaction.requiringNew().run(() -> MerchantAccount.deleteById(subject));
    }

    /** How often merchant-service answered GET /api/merchants/me, as its /q/metrics counts requests. */
    private static double whoAmICalls() {
        String metrics = given().baseUri(PeerServices.MERCHANTS).get("/q/metrics").then().statusCode(200).extract()
                .asString();
        return metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{"))
                .filter(l -> l.contains("uri=\"/api/merchants/me\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void theBrandAndTheListingsMerchantTalkInTheItemsThreadAndNobodyElseReadsIt() {
        long merchantA = merchantId("merchant-a");
        merchantId("merchant-b");
        Markguard.Brand brand = verifiedBrand("Northwind Thread");
        long item = file(OWNER, notice(brand, listings(merchantA, 1))).then().statusCode(201).extract().jsonPath()
                .getLong("items[0].id");
        as(OWNER).header("Idempotency-Key", "m-1").contentType(ContentType.JSON)
                .body(Map.of("body", "Our test purchase arrived without the hologram."))
                .post("/api/complaint-items/" + item + "/messages").then().statusCode(201).body("authorSide", equalTo("BRAND"));
        as(OWNER).header("Idempotency-Key", "m-1").contentType(ContentType.JSON)
                .body(Map.of("body", "Our test purchase arrived without the hologram."))
                .post("/api/complaint-items/" + item + "/messages").then().statusCode(201);
        as("merchant-a").contentType(ContentType.JSON).body(Map.of("body", "These came from your distributor; invoice follows."))
                .post("/api/complaint-items/" + item + "/messages").then().statusCode(201).body("authorSide", equalTo("MERCHANT"));
        as("merchant-a").get("/api/complaint-items/" + item + "/messages").then().statusCode(200)
                .body("items.authorSide", contains("BRAND", "MERCHANT")).body("nextCursor", nullValue());
        as(OWNER).get("/api/complaint-items/" + item + "/messages").then().statusCode(200)
                .body("items.authorName", contains(OWNER, Markguard.user("merchant-a")));
        as("merchant-b").get("/api/complaint-items/" + item + "/messages").then().statusCode(404);
        as("merchant-b").contentType(ContentType.JSON).body(Map.of("body", "Hello"))
                .post("/api/complaint-items/" + item + "/messages").then().statusCode(404);
        as(AGENT).get("/api/complaint-items/" + item + "/messages").then().statusCode(404);
        as(OWNER).contentType(ContentType.JSON).body(Map.of("body", " "))
                .post("/api/complaint-items/" + item + "/messages").then().statusCode(400)
                .body("violations.field", contains("body"));
    }
}
