package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.merchant.service.EvidenceCheck;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingImportTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void emptyCatalogue() {
        fixtures.reset();
    }

    private static Map<String, String> row(Object merchantId, String title, String price, String currency, String url) {
        return Map.of("merchantId", String.valueOf(merchantId), "title", title, "price", price, "currency", currency,
                "url", url);
    }

    @Test
    void aJsonFeedIsAppliedRowByRowAndBadRowsAreNamed() {
        long merchant = fixtures.merchant("feed-shop");
        long other = fixtures.merchant("other-feed-shop");
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", List.of(row(other, "Taken", "5.00", "EUR", "https://shop.test/taken"))))
                .post("/api/listings/import").then().statusCode(200).body("created", equalTo(1));
        List<Map<String, String>> rows = List.of(
                row(merchant, "ACME trail shoe", "89.90", "EUR", "https://shop.test/1"),
                row(merchant, "", "89.90", "EUR", "https://shop.test/2"),
                row(merchant, "Cheap watch", "-3", "EUR", "https://shop.test/3"),
                row(merchant, "Bag", "12.50", "euro", "ftp://shop.test/4"),
                row("abc", "Scarf", "10.00", "EUR", "https://shop.test/5"),
                row(999_999_999, "Cap", "10.00", "EUR", "https://shop.test/6"),
                row(merchant, "Duplicate", "10.00", "EUR", "https://shop.test/1"),
                row(merchant, "Not mine", "10.00", "EUR", "https://shop.test/taken"),
                row(merchant, "Belt", "19.999", "EUR", "https://shop.test/9"));
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", rows)).post("/api/listings/import").then().statusCode(200)
                .body("received", equalTo(9))
                .body("created", equalTo(1))
                .body("refused", equalTo(8))
                .body("errors.row", hasItems(2, 3, 4, 5, 6, 7, 8, 9))
                .body("errors.findAll { it.row == 4 }.field", hasItems("currency", "url"))
                .body("errors.find { it.row == 2 }.field", equalTo("title"))
                .body("errors.find { it.row == 3 }.field", equalTo("price"))
                .body("errors.find { it.row == 5 }.field", equalTo("merchantId"))
                .body("errors.find { it.row == 6 }.field", equalTo("merchantId"))
                .body("errors.find { it.row == 7 }.field", equalTo("url"))
                .body("errors.find { it.row == 8 }.field", equalTo("url"))
                .body("errors.find { it.row == 9 }.field", equalTo("price"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Listing.count("merchant.id", merchant)));

        // The same feed again updates, never duplicates.
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("application/json")
                .body(Map.of("listings", List.of(row(merchant, "ACME trail shoe v2", "79.90", "EUR", "https://shop.test/1"))))
                .post("/api/listings/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1));
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).queryParam("url", "https://shop.test/1")
                .get("/api/internal/listings").then().statusCode(200)
                .body("title", equalTo("ACME trail shoe v2"))
                .body("price", equalTo(79.90f));
    }

    @Test
    void aCsvFeedReportsBadRowsAndAMissingColumn() {
        long merchant = fixtures.merchant("csv-shop");
        String csv = """
                merchant_id,title,brand_claimed,price,currency,url
                %d,"ACME jacket, black",ACME,120.00,EUR,https://shop.test/csv/1
                %d,ACME cap,ACME,not-a-price,EUR,https://shop.test/csv/2
                %d,ACME sock,,3.50,EUR,https://shop.test/csv/3
                """.formatted(merchant, merchant, merchant);
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("text/csv").body(csv)
                .post("/api/listings/import").then().statusCode(200)
                .body("created", equalTo(2))
                .body("refused", equalTo(1))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("price"));
        given().auth().oauth2(TestKeycloak.userToken("admin")).contentType("text/csv")
                .body("merchant_id,title,price\n1,x,2\n").post("/api/listings/import").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("header"));
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).contentType("text/csv").body(csv)
                .post("/api/listings/import").then().statusCode(403);
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Listing.count("merchant.id", merchant)));
    }

    @Test
    void aCsvFeedSavedByExcelWithAByteOrderMarkIsImported() {
        long merchant = fixtures.merchant("excel-shop");
        byte[] csv = ("\uFEFFmerchant_id,title,brand_claimed,price,currency,url\n"
                + "%d,ACME Mütze,ACME,12.00,EUR,https://shop.test/excel/1\n"
                + "%d,ACME scarf,ACME,free,EUR,https://shop.test/excel/2\n").formatted(merchant, merchant)
                .getBytes(StandardCharsets.UTF_8);
        // As curl or a browser sends a file: text/csv without a charset, which the service reads as UTF-8.
        given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestKeycloak.userToken("admin")).contentType("text/csv").body(csv)
                .post("/api/listings/import").then().statusCode(200)
                .body("received", equalTo(2))
                .body("created", equalTo(1))
                .body("refused", equalTo(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("price"));
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).queryParam("url", "https://shop.test/excel/1")
                .get("/api/internal/listings").then().statusCode(200)
                .body("title", equalTo("ACME Mütze"))
                .body("seller.merchantId", equalTo((int) merchant));
    }

    @Test
    void complaintServiceLooksUpAListingWithItsSellerAndTheHashOfItsSnapshot() {
        long merchant = fixtures.merchant("lookup-shop");
        long listing = Fixtures.listing(merchant, "ACME lookup bag");
        JsonPath byId = given().auth().oauth2(TestKeycloak.serviceToken("complaint-service"))
                .get("/api/internal/listings/" + listing).then().statusCode(200)
                .body("title", equalTo("ACME lookup bag"))
                .body("seller.merchantId", equalTo((int) merchant))
                .body("seller.name", equalTo("lookup-shop"))
                .body("status", equalTo("ACTIVE"))
                .extract().jsonPath();
        String snapshot = byId.getString("snapshot");
        assertEquals(EvidenceCheck.sha256(snapshot.getBytes(StandardCharsets.UTF_8)), byId.getString("snapshotSha256"));
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).queryParam("url", byId.getString("url"))
                .get("/api/internal/listings").then().statusCode(200)
                .body("id", equalTo((int) listing))
                .body("snapshotSha256", equalTo(byId.getString("snapshotSha256")));
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).queryParam("url", "https://nowhere.test/x")
                .get("/api/internal/listings").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/internal/listings/" + listing).then()
                .statusCode(403);
    }

    @Test
    void aBulkJobLooksUpManyListingsInOneCallInTheOrderAsked() {
        long merchant = fixtures.merchant("batch-shop");
        long first = Fixtures.listing(merchant, "ACME batch bag");
        long second = Fixtures.listing(merchant, "ACME batch belt");
        String secondUrl = given().auth().oauth2(TestKeycloak.serviceToken("complaint-service"))
                .get("/api/internal/listings/" + second).then().statusCode(200).extract().path("url");
        JsonPath found = given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(Map.of("references", List.of(secondUrl, "https://nowhere.test/x", " " + first + " ", "999999999")))
                .post("/api/internal/listings/lookup").then().statusCode(200)
                .body("", hasSize(4))
                .body("[0].id", equalTo((int) second))
                .body("[0].seller.name", equalTo("batch-shop"))
                .body("[1]", equalTo(null))
                .body("[2].title", equalTo("ACME batch bag"))
                .body("[3]", equalTo(null))
                .extract().jsonPath();
        // The same snapshot, and hash, as the one-listing lookup gives.
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).get("/api/internal/listings/" + first).then()
                .body("snapshotSha256", equalTo(found.getString("[2].snapshotSha256")));
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(Map.of("references", java.util.Collections.nCopies(1001, "1"))).post("/api/internal/listings/lookup")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).contentType("application/json")
                .body(Map.of("references", List.of(String.valueOf(first)))).post("/api/internal/listings/lookup").then()
                .statusCode(403);
    }
}
