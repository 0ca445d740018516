package io.markguard.merchant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                .body("nextCursor", nullValue())
                .body("refine", equalTo(false));
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
        // Every other listing matches: the test profile's window of 5 holds too few for a page of 3 and one more, so
        // the pages come from the index, all 7 matches being fewer than its cap.
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word)
                    .queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/listings/search").then().statusCode(200)
                    .body("refine", equalTo(false)).extract().jsonPath();
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

    /** Follows a search's cursors to its end; every page is checked for {@code refine: false} and to be non-empty. */
    private static List<Long> everyPage(String q, int limit) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", q)
                    .queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/listings/search").then().statusCode(200).body("refine", equalTo(false))
                    .extract().jsonPath();
            List<Long> ids = page.getList("items.id", Long.class);
            assertFalse(ids.isEmpty(), "a promised page is never empty");
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return seen;
    }

    @Test
    void wordsAreFoundInAnyOrderAndAPageOfACommonQueryIsEveryMatchInIdOrder() {
        long merchant = fixtures.merchant("search-common");
        String word = "Gizmo" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> matching = new ArrayList<>();
        // More consecutive matches than the test profile's window (5) and its index cap (8): the walk in id order
        // fills every page, so the list is complete and nothing asks to refine.
        for (int i = 0; i < 12; i++) {
            matching.add(Fixtures.listing(merchant, word + " wrist watch " + i));
        }
        Fixtures.listing(merchant, word + " hoodie");
        assertEquals(matching, everyPage("watch wrist " + word, 3));
        // Each word must begin a word of the listing: "watc" begins "watch", "atch" begins none.
        assertEquals(matching, everyPage(word.toLowerCase(java.util.Locale.ROOT) + " watc", 3));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word + " atch")
                .get("/api/listings/search").then().statusCode(200).body("items.size()", equalTo(0))
                .body("refine", equalTo(false));
    }

    @Test
    void aQueryMatchingMoreThanASearchReadsAnswersSomeMatchesAndAsksToRefine() {
        long merchant = fixtures.merchant("search-capped");
        String word = "Vortex" + UUID.randomUUID().toString().substring(0, 6);
        // Six listings that do not match, then more matches than the index may read (8 in the test profile): the
        // walk of the first 5 finds none, the index read stops at its cap.
        for (int i = 0; i < 6; i++) {
            Fixtures.listing(merchant, "Plain sock " + i);
        }
        List<Long> matching = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            matching.add(Fixtures.listing(merchant, word + " scarf " + i));
        }
        JsonPath page = given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word)
                .queryParam("limit", 3).get("/api/listings/search").then().statusCode(200)
                .body("refine", equalTo(true)).body("nextCursor", nullValue()).extract().jsonPath();
        List<Long> ids = page.getList("items.id", Long.class);
        assertEquals(3, ids.size());
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(matching.containsAll(ids), "only matches are shown");
        // Narrowed to one listing, the search answers it alone and complete.
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", word + " scarf 7")
                .get("/api/listings/search").then().statusCode(200).body("refine", equalTo(false))
                .body("items.id", contains(matching.get(7).intValue())).body("nextCursor", nullValue());
    }

    @Test
    void aChineseTitleIsFoundByPartOfIt() {
        long merchant = fixtures.merchant("search-chinese");
        long watch = Fixtures.listing(merchant, "正品劳力士手表 男款 " + UUID.randomUUID().toString().substring(0, 4));
        Fixtures.listing(merchant, "正品耐克运动鞋");
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "劳力士手表")
                .get("/api/listings/search").then().statusCode(200).body("items.id", contains((int) watch))
                .body("refine", equalTo(false));
        given().auth().oauth2(TestKeycloak.userToken("brand-owner")).queryParam("q", "正品劳力士")
                .get("/api/listings/search").then().statusCode(200).body("items.id", contains((int) watch));
    }

    @Test
    void merchantsAndAnonymousCallersCannotSearch() {
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).queryParam("q", "tote").get("/api/listings/search").then()
                .statusCode(403);
        given().queryParam("q", "tote").get("/api/listings/search").then().statusCode(401);
    }
}
