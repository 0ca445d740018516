package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A brand finds the listing it reports by what a shopper sees; removed listings and private details stay out. */
@QuarkusTest
class ListingSearchTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void emptyCatalogue() {
        fixtures.reset();
    }

    @Test
    void aBrandFindsVisibleListingsByTitleWithTheSellersPublicNameOnly() {
        long merchant = fixtures.merchant("search-shop");
        String word = "Zephyr" + UUID.randomUUID().toString().substring(0, 6);
        long shown = Fixtures.listing(merchant, word + " running shoe");
        long removed = Fixtures.listing(merchant, word + " trail shoe");
        Fixtures.send(Fixtures.takedown(removed, "7", Instant.now())).then().statusCode(201);
        Fixtures.listing(merchant, "Unrelated scarf");

        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word.toLowerCase())
                .get("/api/listings").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo((int) shown))
                .body("[0].title", equalTo(word + " running shoe"))
                .body("[0].status", equalTo("ACTIVE"))
                .body("[0].seller.merchantId", equalTo((int) merchant))
                .body("[0].seller.name", equalTo("search-shop"))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("snapshot")));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("q", "scarf").get("/api/listings").then()
                .statusCode(200).body("title", hasItem("Unrelated scarf"));
    }

    @Test
    void wildcardsAreTakenLiterallyAndBadQueriesNameTheField() {
        long merchant = fixtures.merchant("search-shop-2");
        Fixtures.listing(merchant, "Plain tote bag");
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "%%").get("/api/listings").then()
                .statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "t").get("/api/listings").then()
                .statusCode(400).body("violations[0].field", equalTo("q"));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "tote").queryParam("limit", 500)
                .get("/api/listings").then().statusCode(400).body("violations[0].field", equalTo("limit"));
    }

    @Test
    void merchantsAndAnonymousCallersCannotSearch() {
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).queryParam("q", "tote").get("/api/listings").then()
                .statusCode(403);
        given().queryParam("q", "tote").get("/api/listings").then().statusCode(401);
    }
}
