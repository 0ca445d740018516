package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.demoMerchant;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every list of merchant-service a page at a time: each row once, in the list's order, a next cursor only while
 * rows remain, filters that hold, bad paging refused by field, and no merchant reading another's rows.
 */
@QuarkusTest
class MerchantListsTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestKeycloak.userToken(user));
    }

    /** A removal on a LOW counterfeit notice: one point under the test policy, so no ladder step follows. */
    private long removal(long listing, String brand) {
        Map<String, Object> command = takedown(listing, brand, fixtures.clock().instant());
        command.put("severity", "LOW");
        return send(command).then().statusCode(201).extract().jsonPath().getLong("sanctions[0].id");
    }

    /** Follows nextCursor from the first page; every page is full but the last, and none promised is empty. */
    private static List<JsonPath> pages(Supplier<RequestSpecification> request, String path, int limit) {
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification spec = request.get().queryParam("limit", limit);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get(path).then().statusCode(200).extract().jsonPath();
            int size = page.getList("items").size();
            cursor = page.getString("nextCursor");
            if (cursor != null) {
                assertEquals(limit, size, "a page before the last is full");
            } else {
                assertTrue(size <= limit);
            }
            assertFalse(!pages.isEmpty() && size == 0, "a promised page is never empty");
            pages.add(page);
        } while (cursor != null);
        return pages;
    }

    private static List<Long> ids(List<JsonPath> pages) {
        return pages.stream().flatMap(p -> p.getList("items.id", Long.class).stream()).toList();
    }

    private static void refusesBadPaging(RequestSpecification request, String path) {
        request.queryParam("limit", 0).get(path).then().statusCode(400).body("violations[0].field", equalTo("limit"));
    }

    private static void refuses(String user, String path, String parameter, Object value) {
        as(user).queryParam(parameter, value).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(parameter));
    }

    @Test
    void aMerchantPagesThroughItsSanctionsLatestFirstAndFiltersByStatus() {
        long merchant = demoMerchant("merchant-a");
        List<Long> listings = Fixtures.listings(merchant, 7);
        List<Long> sanctions = new ArrayList<>();
        for (int i = 0; i < listings.size(); i++) {
            // Two removals share each instant: the id orders them.
            if (i % 2 == 0) {
                fixtures.clock().advance(Duration.ofMinutes(5));
            }
            // One brand throughout: five distinct brands would make a repeat infringer.
            sanctions.add(removal(listings.get(i), "brand-s"));
        }
        long other = removal(Fixtures.listing(demoMerchant("merchant-b"), "B's bag"), "brand-b");

        List<Long> latestFirst = new ArrayList<>(sanctions);
        Collections.reverse(latestFirst);
        List<JsonPath> pages = pages(() -> as("merchant-a"), "/api/merchants/me/sanctions", 3);
        assertEquals(3, pages.size());
        assertEquals(latestFirst, ids(pages));
        assertFalse(ids(pages).contains(other));

        // Staff read the same list by merchant id; the merchant reads its own that way too, never another's.
        assertEquals(latestFirst, ids(pages(() -> as("reviewer"), "/api/merchants/" + merchant + "/sanctions", 4)));
        assertEquals(latestFirst, ids(pages(() -> as("merchant-a"), "/api/merchants/" + merchant + "/sanctions", 7)));
        as("merchant-b").get("/api/merchants/" + merchant + "/sanctions").then().statusCode(404);

        // One takedown is retracted: its sanction is REVERSED, the others still ACTIVE.
        long retracted = sanctions.get(2);
        String item = fixtures.complaintItemOf(retracted);
        given().auth().oauth2(TestKeycloak.serviceToken("complaint-service")).contentType("application/json")
                .body(Map.of("complaintItemId", item, "reason", "withdrawn")).post("/api/internal/retractions")
                .then().statusCode(200);
        List<Long> active = new ArrayList<>(latestFirst);
        active.remove(retracted);
        assertEquals(active, ids(pages(() -> as("merchant-a").queryParam("status", "ACTIVE"),
                "/api/merchants/me/sanctions", 2)));
        assertEquals(List.of(retracted), ids(pages(() -> as("merchant-a").queryParam("status", "REVERSED"),
                "/api/merchants/me/sanctions", 2)));
        assertEquals(List.of(), ids(pages(() -> as("merchant-a").queryParam("status", "EXPIRED"),
                "/api/merchants/me/sanctions", 2)));
        as("merchant-a").get("/api/merchants/me/standing").then().statusCode(200)
                .body("sanctionsInForceCount", equalTo(6))
                .body("activeViolationCount", equalTo(6))
                .body("activePoints", equalTo(6));

        refusesBadPaging(as("merchant-a"), "/api/merchants/me/sanctions");
        refuses("merchant-a", "/api/merchants/me/sanctions", "limit", 201);
        refuses("merchant-a", "/api/merchants/me/sanctions", "limit", "ten");
        refuses("merchant-a", "/api/merchants/me/sanctions", "cursor", "garbage");
        refuses("merchant-a", "/api/merchants/me/sanctions", "status", "SUSPENDED");
        // A cursor of another list is no cursor of this one.
        String listingCursor = as("merchant-a").queryParam("limit", 1).get("/api/merchants/me/listings").then()
                .statusCode(200).extract().jsonPath().getString("nextCursor");
        refuses("merchant-a", "/api/merchants/me/sanctions", "cursor", listingCursor);
    }

    @Test
    void aMerchantPagesThroughItsActiveViolationsSoonestToExpireFirst() {
        long merchant = demoMerchant("merchant-a");
        List<Long> listings = Fixtures.listings(merchant, 5);
        List<Long> sanctions = new ArrayList<>();
        for (long listing : listings) {
            fixtures.clock().advance(Duration.ofHours(1));
            sanctions.add(removal(listing, "brand-v"));
        }
        removal(Fixtures.listing(demoMerchant("merchant-b"), "B's scarf"), "brand-v");
        List<Long> violations = sanctions.stream().map(fixtures::violationOf).toList();

        List<JsonPath> pages = pages(() -> as("merchant-a"), "/api/merchants/me/violations", 2);
        assertEquals(3, pages.size());
        assertEquals(violations, ids(pages));
        assertEquals(fixtures.clock().instant().minus(Duration.ofHours(4)).plus(Duration.ofDays(365)).toString(),
                pages.get(0).getString("items[0].expiresAt"));
        assertEquals(violations, ids(pages(() -> as("admin"), "/api/merchants/" + merchant + "/violations", 5)));

        // A year on, the first two (an hour apart) have lapsed by time alone, before any job runs.
        fixtures.clock().advance(Duration.ofDays(365).minus(Duration.ofHours(3)).plusMinutes(1));
        assertEquals(violations.subList(2, 5), ids(pages(() -> as("merchant-a"), "/api/merchants/me/violations", 2)));
        as("merchant-a").get("/api/merchants/me/standing").then().body("activeViolationCount", equalTo(3));

        refusesBadPaging(as("merchant-a"), "/api/merchants/me/violations");
        refuses("merchant-a", "/api/merchants/me/violations", "cursor", "AAAA");
    }

    @Test
    void aMerchantPagesThroughItsListingsByIdFilteredByStatusWithoutACount() {
        long merchant = demoMerchant("merchant-a");
        List<Long> listings = Fixtures.listings(merchant, 8);
        Fixtures.listings(demoMerchant("merchant-b"), 2);
        removal(listings.get(1), "brand-l");
        removal(listings.get(6), "brand-l");

        List<JsonPath> pages = pages(() -> as("merchant-a"), "/api/merchants/me/listings", 3);
        assertEquals(3, pages.size());
        assertEquals(listings, ids(pages));
        assertFalse(pages.get(0).getMap("$").containsKey("total"));
        assertEquals(List.of(listings.get(1), listings.get(6)),
                ids(pages(() -> as("merchant-a").queryParam("status", "REMOVED"), "/api/merchants/me/listings", 1)));
        List<Long> active = new ArrayList<>(listings);
        active.removeAll(List.of(listings.get(1), listings.get(6)));
        assertEquals(active, ids(pages(() -> as("merchant-a").queryParam("status", "ACTIVE"),
                "/api/merchants/me/listings", 4)));
        assertEquals(List.of(), ids(pages(() -> as("merchant-b").queryParam("status", "REMOVED"),
                "/api/merchants/me/listings", 4)));

        refusesBadPaging(as("merchant-a"), "/api/merchants/me/listings");
        refuses("merchant-a", "/api/merchants/me/listings", "limit", 201);
        refuses("merchant-a", "/api/merchants/me/listings", "status", "SOLD");
        refuses("merchant-a", "/api/merchants/me/listings", "cursor", "not a cursor");
    }

    @Test
    void theAppealListsPageByTheirDeadlinesAndShowEachReaderOnlyItsOwn() {
        long merchantA = demoMerchant("merchant-a");
        List<Long> listings = Fixtures.listings(merchantA, 5);
        List<Long> appeals = new ArrayList<>();
        for (long listing : listings) {
            long sanction = removal(listing, "brand-ap");
            fixtures.clock().advance(Duration.ofMinutes(10));
            appeals.add(as("merchant-a").multiPart("explanation", "Bought from the brand's distributor.")
                    .post("/api/sanctions/" + sanction + "/appeals").then().statusCode(201).extract().jsonPath()
                    .getLong("id"));
        }
        // merchant-b's appeal, against a takedown another brand user asked for.
        Map<String, Object> command = takedown(Fixtures.listing(demoMerchant("merchant-b"), "B's belt"), "brand-x",
                fixtures.clock().instant());
        command.put("severity", "LOW");
        command.put("submitterSubject", Fixtures.BRAND_AGENT_SUBJECT);
        long bSanction = send(command).then().statusCode(201).extract().jsonPath().getLong("sanctions[0].id");
        fixtures.clock().advance(Duration.ofMinutes(10));
        long bAppeal = as("merchant-b").multiPart("explanation", "Genuine goods.")
                .post("/api/sanctions/" + bSanction + "/appeals").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        // The reviewers' queue: soonest decision deadline first, every open appeal once.
        List<Long> queue = new ArrayList<>(appeals);
        queue.add(bAppeal);
        assertEquals(queue, ids(pages(() -> as("reviewer"), "/api/appeals", 2)));
        // The merchant: the latest filed first, its own only.
        List<Long> mine = new ArrayList<>(appeals);
        Collections.reverse(mine);
        assertEquals(mine, ids(pages(() -> as("merchant-a"), "/api/merchants/me/appeals", 2)));
        assertEquals(List.of(bAppeal), ids(pages(() -> as("merchant-b"), "/api/merchants/me/appeals", 2)));
        // The brand users: the appeals against their own complaints, by answer deadline.
        assertEquals(appeals, ids(pages(() -> as("brand-owner"), "/api/appeals", 3)));
        assertEquals(List.of(bAppeal), ids(pages(() -> as("brand-agent"), "/api/appeals", 3)));

        // Decided appeals leave the open queue and are found by their status.
        as("reviewer").contentType("application/json").body(Map.of("outcome", "DENIED", "reason", "No invoice."))
                .post("/api/appeals/" + appeals.get(1) + "/decision").then().statusCode(200);
        List<Long> open = new ArrayList<>(queue);
        open.remove(appeals.get(1));
        assertEquals(open, ids(pages(() -> as("reviewer").queryParam("status", "OPEN"), "/api/appeals", 4)));
        assertEquals(List.of(appeals.get(1)),
                ids(pages(() -> as("reviewer").queryParam("status", "DENIED"), "/api/appeals", 4)));
        assertEquals(List.of(), ids(pages(() -> as("admin").queryParam("status", "UPHELD"), "/api/appeals", 4)));

        refusesBadPaging(as("reviewer"), "/api/appeals");
        refuses("reviewer", "/api/appeals", "status", "PENDING");
        refuses("reviewer", "/api/appeals", "limit", 500);
        refusesBadPaging(as("merchant-a"), "/api/merchants/me/appeals");
        refuses("merchant-a", "/api/merchants/me/appeals", "cursor", "zzzz");
        // The queue's cursor is not a cursor of a brand user's list.
        String queueCursor = as("reviewer").queryParam("limit", 1).get("/api/appeals").then().statusCode(200)
                .extract().jsonPath().getString("nextCursor");
        refuses("brand-owner", "/api/appeals", "cursor", queueCursor);
    }
}
