package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
                .get("/api/listings/search").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo((int) shown))
                .body("items[0].title", equalTo(word + " running shoe"))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].seller.merchantId", equalTo((int) merchant))
                .body("items[0].seller.name", equalTo("search-shop"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("snapshot")))
                .body("nextCursor", nullValue());
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("q", "scarf").get("/api/listings/search").then()
                .statusCode(200).body("items.title", hasItem("Unrelated scarf"));
        // The claimed brand and the address are searched too, ignoring case.
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("q", "aCmE").get("/api/listings/search")
                .then().statusCode(200).body("items.id", hasItem((int) shown));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).queryParam("q", "SHOP.MARKGUARD.TEST/test/")
                .get("/api/listings/search").then().statusCode(200).body("items.id", hasItem((int) shown));
    }

    @Test
    void wildcardsAreTakenLiterallyAndBadQueriesNameTheField() {
        long merchant = fixtures.merchant("search-shop-2");
        Fixtures.listing(merchant, "Plain tote bag");
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "%%%").get("/api/listings/search").then()
                .statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "t_t").get("/api/listings/search")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "to").get("/api/listings/search").then()
                .statusCode(400).body("violations[0].field", equalTo("q"));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "tote\nbag")
                .get("/api/listings/search").then().statusCode(400).body("violations[0].field", equalTo("q"));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "tote").queryParam("limit", 0)
                .get("/api/listings/search").then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "tote").queryParam("limit", "many")
                .get("/api/listings/search").then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "tote").queryParam("cursor", "xyz")
                .get("/api/listings/search").then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "tote").queryParam("limit", 500)
                .get("/api/listings/search").then().statusCode(400).body("violations[0].field", equalTo("limit"));
    }

    @Test
    void aSearchPagesThroughEveryMatchOnceByIdWithACursorOnlyWhileMoreRemain() {
        long merchant = fixtures.merchant("search-pages");
        String word = "Quill" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> matching = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            matching.add(Fixtures.listing(merchant, word + " pen " + i));
            Fixtures.listing(merchant, "Other pen " + i);
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word)
                    .queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/listings/search").then().statusCode(200).extract().jsonPath();
            List<Long> ids = page.getList("items.id", Long.class);
            assertFalse(ids.isEmpty(), "a promised page is never empty");
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(matching.stream().sorted().toList(), seen);
        assertEquals(3, pages);

        // Exactly a page of matches: no cursor to a page that would be empty.
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word).queryParam("limit", 7)
                .get("/api/listings/search").then().statusCode(200).body("items.size()", equalTo(7))
                .body("nextCursor", nullValue());
        // A cursor of another list is refused.
        String sanctionsCursor = io.markguard.platform.paging.Cursor.after("sanctions", Instant.now(), 1L);
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word)
                .queryParam("cursor", sanctionsCursor).get("/api/listings/search").then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void merchantsAndAnonymousCallersCannotSearch() {
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).queryParam("q", "tote").get("/api/listings/search").then()
                .statusCode(403);
        given().queryParam("q", "tote").get("/api/listings/search").then().statusCode(401);
    }
}
