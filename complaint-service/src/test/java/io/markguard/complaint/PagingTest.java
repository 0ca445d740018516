package io.markguard.complaint;

import static io.markguard.complaint.Markguard.AGENT;
import static io.markguard.complaint.Markguard.EXPLANATION;
import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.allPages;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listingUrls;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every list a page at a time: each row exactly once and in the list's order, a next cursor only while more rows
 * exist, filters that hold, page sizes and cursors checked, and nobody else's rows.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class PagingTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    @Test
    void aBrandsComplaintsComeLatestFirstAPageAtATimeWithTheirCountsAndFiltersThatHold() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Pages");
        Markguard.Brand other = verifiedBrand("Northwind Elsewhere");
        List<Long> complaints = new ArrayList<>();
        List<Long> firstItems = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> notice = notice(brand, listings(merchantA, i == 0 ? 2 : 1));
            if (i == 3) {
                notice.put("infringementType", "TRADEMARK_MISUSE");
            }
            JsonPath filed = file(OWNER, notice).then().statusCode(201).extract().jsonPath();
            complaints.add(filed.getLong("id"));
            firstItems.add(filed.getLong("items[0].id"));
        }
        long elsewhere = file(OWNER, notice(other, listings(merchantA, 1))).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(OWNER).contentType(ContentType.JSON).body(Map.of("reason", "Settled with the seller."))
                .post("/api/complaint-items/" + firstItems.get(1) + "/retraction").then().statusCode(200);
        decide(firstItems.get(2), "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);
        List<Long> latestFirst = complaints.reversed();

        // Two at a time: every complaint once, latest first, a next cursor on every page but the last.
        List<JsonPath> pages = pagesOf(() -> as(OWNER).queryParam("brandId", brand.id()), "/api/complaints", 2);
        assertEquals(List.of(2, 2, 1), pages.stream().map(p -> p.getList("items").size()).toList());
        assertEquals(latestFirst, ids(pages));
        assertNull(pages.get(2).getString("nextCursor"));
        // Exactly a page's worth: no promise of a page that would be empty.
        as(OWNER).queryParam("brandId", brand.id()).queryParam("limit", 5).get("/api/complaints").then().statusCode(200)
                .body("items", hasSize(5)).body("nextCursor", nullValue())
                .body("items.brandId", everyItem(equalTo((int) brand.id())));

        // Counts come from the complaint, as its items changed.
        JsonPath all = as(OWNER).queryParam("brandId", brand.id()).get("/api/complaints").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, all.getInt("items.find { it.id == " + complaints.get(0) + " }.counts.pending"));
        assertEquals(2, all.getInt("items.find { it.id == " + complaints.get(0) + " }.counts.items"));
        assertNotNull(all.getString("items.find { it.id == " + complaints.get(0) + " }.nextDeadline"));
        assertEquals(1, all.getInt("items.find { it.id == " + complaints.get(1) + " }.counts.retracted"));
        assertEquals(0, all.getInt("items.find { it.id == " + complaints.get(1) + " }.counts.pending"));
        assertNull(all.getString("items.find { it.id == " + complaints.get(1) + " }.nextDeadline"));
        assertEquals(1, all.getInt("items.find { it.id == " + complaints.get(2) + " }.counts.rejected"));
        as(OWNER).get("/api/complaints/" + complaints.get(2)).then().statusCode(200)
                .body("counts.items", equalTo(1)).body("counts.rejected", equalTo(1)).body("counts.pending", equalTo(0));

        // Filters hold, also across pages.
        assertEquals(List.of(complaints.get(1)), ids(pagesOf(() -> as(OWNER).queryParam("brandId", brand.id())
                .queryParam("status", "RETRACTED"), "/api/complaints", 1)));
        assertEquals(List.of(complaints.get(4), complaints.get(3), complaints.get(0)), ids(pagesOf(() -> as(OWNER)
                .queryParam("brandId", brand.id()).queryParam("status", "PENDING"), "/api/complaints", 1)));
        assertEquals(List.of(complaints.get(3)), ids(pagesOf(() -> as(OWNER).queryParam("brandId", brand.id())
                .queryParam("infringementType", "TRADEMARK_MISUSE"), "/api/complaints", 1)));
        assertEquals(List.of(complaints.get(4), complaints.get(2), complaints.get(1), complaints.get(0)),
                ids(pagesOf(() -> as(OWNER).queryParam("brandId", brand.id()).queryParam("infringementType", "COUNTERFEIT")
                        .queryParam("from", TODAY).queryParam("to", TODAY), "/api/complaints", 3)));
        as(OWNER).queryParam("brandId", brand.id()).queryParam("to", YESTERDAY).get("/api/complaints").then()
                .statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());
        // The other brand's complaint is in its own list only.
        assertEquals(List.of(elsewhere), ids(pagesOf(() -> as(OWNER).queryParam("brandId", other.id()), "/api/complaints", 1)));
        as(AGENT).queryParam("brandId", brand.id()).get("/api/complaints").then().statusCode(404);

        // What a list does not take is 400, naming the parameter.
        String cursor = pages.get(0).getString("nextCursor");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("limit", 0), "/api/complaints", "limit");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("limit", 201), "/api/complaints", "limit");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("limit", "ten"), "/api/complaints", "limit");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("cursor", "not-a-cursor"), "/api/complaints", "cursor");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("cursor", cursor.substring(0, cursor.length() - 3) + "AAA"),
                "/api/complaints", "cursor");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("status", "LOST"), "/api/complaints", "status");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("status", "PENDING")
                .queryParam("infringementType", "COUNTERFEIT"), "/api/complaints", "status");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("from", "yesterday"), "/api/complaints", "from");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("from", TODAY).queryParam("to", YESTERDAY),
                "/api/complaints", "to");
        // A cursor of another list is not one of this list.
        String itemsCursor = as(OWNER).queryParam("limit", 1).get("/api/complaints/" + complaints.get(0) + "/items").then()
                .statusCode(200).extract().path("nextCursor");
        refused(as(OWNER).queryParam("brandId", brand.id()).queryParam("cursor", itemsCursor), "/api/complaints", "cursor");
    }

    @Test
    void aComplaintAnswersItsFirstFiftyItemsAndItsItemsReadOnInIdOrder() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Many Items");
        JsonPath filed = file(OWNER, notice(brand, listings(merchantA, 55))).then().statusCode(201)
                .body("items", hasSize(55)).body("itemsNextCursor", nullValue()).body("counts.items", equalTo(55))
                .extract().jsonPath();
        long id = filed.getLong("id");
        List<Long> all = filed.getList("items.id", Long.class);
        assertEquals(all.stream().sorted().toList(), all);
        long rejected = all.get(10);
        decide(rejected, "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);

        JsonPath complaint = as(OWNER).get("/api/complaints/" + id).then().statusCode(200)
                .body("items", hasSize(50)).body("counts.items", equalTo(55)).body("counts.pending", equalTo(54))
                .body("counts.rejected", equalTo(1)).extract().jsonPath();
        assertEquals(all.subList(0, 50), complaint.getList("items.id", Long.class));
        as(OWNER).queryParam("cursor", complaint.getString("itemsNextCursor")).get("/api/complaints/" + id + "/items")
                .then().statusCode(200).body("nextCursor", nullValue())
                .body("items.id", contains(all.subList(50, 55).stream().map(Long::intValue).toArray()));

        List<JsonPath> pages = pagesOf(() -> as(OWNER), "/api/complaints/" + id + "/items", 20);
        assertEquals(List.of(20, 20, 15), pages.stream().map(p -> p.getList("items").size()).toList());
        assertEquals(all, ids(pages));
        assertEquals(List.of(rejected), ids(pagesOf(() -> as(OWNER).queryParam("status", "REJECTED"),
                "/api/complaints/" + id + "/items", 1)));
        List<Long> pending = ids(pagesOf(() -> as("reviewer").queryParam("status", "PENDING"),
                "/api/complaints/" + id + "/items", 25));
        assertEquals(all.stream().filter(i -> i != rejected).toList(), pending);

        as(AGENT).get("/api/complaints/" + id + "/items").then().statusCode(404);
        refused(as(OWNER).queryParam("limit", 0), "/api/complaints/" + id + "/items", "limit");
        refused(as(OWNER).queryParam("limit", 201), "/api/complaints/" + id + "/items", "limit");
        refused(as(OWNER).queryParam("cursor", "%%%"), "/api/complaints/" + id + "/items", "cursor");
        refused(as(OWNER).queryParam("status", "OPEN"), "/api/complaints/" + id + "/items", "status");
    }

    @Test
    void aMerchantPagesThroughTheItemsAboutItsListingsAndSeesNoOtherMerchantsNorDuplicates() {
        long merchantA = merchantId("merchant-a");
        long merchantB = merchantId("merchant-b");
        Markguard.Brand brand = verifiedBrand("Northwind Merchant Pages");
        List<Long> ofB = listings(merchantB, 3);
        List<Long> filed = file(OWNER, notice(brand, ofB)).then().statusCode(201).extract().jsonPath()
                .getList("items.id", Long.class);
        long ofA = file(OWNER, notice(brand, listings(merchantA, 1))).then().statusCode(201).extract().jsonPath()
                .getLong("items[0].id");
        long duplicate = file(OWNER, notice(brand, List.of(ofB.get(0)))).then().statusCode(201)
                .body("items[0].status", equalTo("DUPLICATE")).extract().jsonPath().getLong("items[0].id");
        decide(filed.get(1), "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);

        // Two pages of two are the first page of four: the same rows, in order, latest filed first.
        Supplier<RequestSpecification> mine = () -> as("merchant-b").queryParam("mine", true);
        JsonPath first = mine.get().queryParam("limit", 2).get("/api/complaint-items").then().statusCode(200)
                .body("nextCursor", notNullValue()).extract().jsonPath();
        JsonPath second = mine.get().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/complaint-items").then().statusCode(200).extract().jsonPath();
        List<Long> four = mine.get().queryParam("limit", 4).get("/api/complaint-items").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        List<Long> paged = new ArrayList<>(first.getList("items.id", Long.class));
        paged.addAll(second.getList("items.id", Long.class));
        assertEquals(four, paged);
        assertEquals(filed.reversed(), four.subList(0, 3));

        // Read through to the end: each of the merchant's items once, latest first, none of another merchant's.
        List<Map<String, Object>> rows = allPages(mine, "/api/complaint-items", 200);
        List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertTrue(ids.containsAll(filed));
        assertFalse(ids.contains(ofA));
        assertFalse(ids.contains(duplicate));
        for (Map<String, Object> row : rows) {
            assertEquals(merchantB, ((Number) ((Map<?, ?>) row.get("seller")).get("merchantId")).longValue());
            assertFalse("DUPLICATE".equals(row.get("status")));
        }
        for (int i = 1; i < ids.size(); i++) {
            int order = createdAt(rows.get(i - 1)).compareTo(createdAt(rows.get(i)));
            assertTrue(order > 0 || (order == 0 && ids.get(i - 1) > ids.get(i)), "latest filed first");
        }

        List<Map<String, Object>> rejected = allPages(() -> mine.get().queryParam("status", "REJECTED")
                .queryParam("from", TODAY), "/api/complaint-items", 1);
        assertTrue(rejected.stream().anyMatch(r -> ((Number) r.get("id")).longValue() == filed.get(1)));
        assertTrue(rejected.stream().allMatch(r -> "REJECTED".equals(r.get("status"))));
        List<Map<String, Object>> before = allPages(() -> mine.get().queryParam("to", YESTERDAY), "/api/complaint-items", 200);
        assertTrue(before.stream().allMatch(r -> createdAt(r).isBefore(LocalDate.parse(TODAY).atStartOfDay(ZoneOffset.UTC)
                .toInstant())));

        refused(mine.get().queryParam("limit", 0), "/api/complaint-items", "limit");
        refused(mine.get().queryParam("limit", 201), "/api/complaint-items", "limit");
        refused(mine.get().queryParam("limit", "-"), "/api/complaint-items", "limit");
        refused(mine.get().queryParam("cursor", "bm90IGEgY3Vyc29y"), "/api/complaint-items", "cursor");
        refused(mine.get().queryParam("status", "DUPLICATE"), "/api/complaint-items", "status");
        refused(mine.get().queryParam("to", "2026-13-01"), "/api/complaint-items", "to");
    }

    @Test
    void anItemsThreadIsReadOldestFirstAPageAtATime() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Long Thread");
        long item = file(OWNER, notice(brand, listings(merchantA, 1))).then().statusCode(201).extract().jsonPath()
                .getLong("items[0].id");
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(as(i % 2 == 0 ? OWNER : "merchant-a").contentType(ContentType.JSON).body(Map.of("body", "Message " + i))
                    .post("/api/complaint-items/" + item + "/messages").then().statusCode(201).extract().jsonPath()
                    .getLong("id"));
        }
        List<JsonPath> pages = pagesOf(() -> as("merchant-a"), "/api/complaint-items/" + item + "/messages", 2);
        assertEquals(List.of(2, 2, 1), pages.stream().map(p -> p.getList("items").size()).toList());
        assertEquals(sent, ids(pages));
        assertEquals(List.of("Message 0", "Message 1"), pages.get(0).getList("items.body"));
        as("merchant-b").get("/api/complaint-items/" + item + "/messages").then().statusCode(404);
        refused(as(OWNER).queryParam("limit", 0), "/api/complaint-items/" + item + "/messages", "limit");
        refused(as(OWNER).queryParam("limit", 201), "/api/complaint-items/" + item + "/messages", "limit");
        refused(as(OWNER).queryParam("cursor", "AAAA"), "/api/complaint-items/" + item + "/messages", "cursor");
    }

    @Test
    void theReviewQueueIsReadByDeadlineAPageAtATimeAndBreachesCountEachDecision() {
        long merchantA = merchantId("merchant-a");
        Markguard.Brand brand = verifiedBrand("Northwind Queue Pages");
        List<Long> filed = file(OWNER, notice(brand, listings(merchantA, 3))).then().statusCode(201).extract().jsonPath()
                .getList("items.id", Long.class);

        JsonPath first = as("reviewer").queryParam("limit", 2).get("/api/review/queue").then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().jsonPath();
        JsonPath second = as("reviewer").queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/review/queue").then().statusCode(200).extract().jsonPath();
        List<Long> paged = new ArrayList<>(first.getList("items.id", Long.class));
        paged.addAll(second.getList("items.id", Long.class));
        assertEquals(as("reviewer").queryParam("limit", 4).get("/api/review/queue").then().extract().jsonPath()
                .getList("items.id", Long.class), paged);

        List<Map<String, Object>> queue = allPages(() -> as("reviewer"), "/api/review/queue", 500);
        List<Long> ids = queue.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertTrue(ids.containsAll(filed));
        for (int i = 1; i < queue.size(); i++) {
            int order = Instant.parse((String) queue.get(i - 1).get("deadline"))
                    .compareTo(Instant.parse((String) queue.get(i).get("deadline")));
            assertTrue(order < 0 || (order == 0 && ids.get(i - 1) < ids.get(i)), "soonest deadline first");
        }

        JsonPath before = as("reviewer").get("/api/review/breaches").then().statusCode(200).extract().jsonPath();
        decide(filed.get(0), "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);
        JsonPath after = as("reviewer").get("/api/review/breaches").then().statusCode(200).extract().jsonPath();
        assertEquals(before.getLong("decided") + 1, after.getLong("decided"));
        assertEquals(before.getLong("decidedLate"), after.getLong("decidedLate"));
        assertEquals(before.getLong("open") - 1, after.getLong("open"));
        assertFalse(Markguard.queueIds().contains(filed.get(0)));

        refused(as("reviewer").queryParam("limit", 0), "/api/review/queue", "limit");
        refused(as("reviewer").queryParam("limit", 501), "/api/review/queue", "limit");
        refused(as("reviewer").queryParam("limit", "1.5"), "/api/review/queue", "limit");
        refused(as("reviewer").queryParam("cursor", first.getString("nextCursor") + "x"), "/api/review/queue", "cursor");
    }

    @Test
    void aJobsReportIsPagedInRowOrderAndItsCsvHoldsEveryRowNotFiled() throws Exception {
        Markguard.Brand brand = verifiedBrand("Northwind Report Pages");
        String url = listingUrls(merchantId("merchant-a"), 1).get(0);
        StringBuilder csv = new StringBuilder("listing\n").append(url).append('\n');
        for (int i = 0; i < 5; i++) {
            csv.append("https://shop.markguard.test/c/none-").append(i).append('\n');
        }
        RequestSpecification upload = as(OWNER).contentType("text/csv").body(csv.toString());
        Map.of("brandId", brand.id(), "rightId", brand.rightId(), "infringementType", "COUNTERFEIT",
                "explanation", EXPLANATION, "goodFaith", true, "accurate", true).forEach(upload::queryParam);
        long jobId = upload.post("/api/complaint-jobs").then().statusCode(202).extract().jsonPath().getLong("id");
        await("job " + jobId + " done", Duration.ofSeconds(60),
                () -> "DONE".equals(as(OWNER).get("/api/complaint-jobs/" + jobId).then().extract().path("state")));

        String path = "/api/complaint-jobs/" + jobId + "/report";
        List<JsonPath> pages = pagesOf(() -> as(OWNER), path, 2);
        assertEquals(List.of(2, 2, 1), pages.stream().map(p -> p.getList("items").size()).toList());
        List<Integer> rows = pages.stream().flatMap(p -> p.getList("items.row", Integer.class).stream()).toList();
        assertEquals(List.of(2, 3, 4, 5, 6), rows);
        String text = as(OWNER).accept("text/csv").get(path).then().statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(List.of("2", "3", "4", "5", "6"), records.stream().map(r -> r.get("row")).toList());
        assertEquals("https://shop.markguard.test/c/none-4", records.get(4).get("listing"));

        as(AGENT).get(path).then().statusCode(404);
        refused(as(OWNER).queryParam("limit", 0), path, "limit");
        refused(as(OWNER).queryParam("limit", 1001), path, "limit");
        refused(as(OWNER).queryParam("cursor", "x"), path, "cursor");
    }

    /** When the item was filed: its snapshot is taken then. */
    private static Instant createdAt(Map<String, Object> item) {
        return Instant.parse((String) item.get("snapshotAt"));
    }

    /** Each page of a list, from the first to the one without a next cursor. */
    private static List<JsonPath> pagesOf(Supplier<RequestSpecification> request, String path, int limit) {
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification page = request.get().queryParam("limit", limit);
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            JsonPath read = page.get(path).then().statusCode(200).extract().jsonPath();
            pages.add(read);
            cursor = read.getString("nextCursor");
            assertTrue(pages.size() < 100, "a list of a test's rows ends");
        } while (cursor != null);
        return pages;
    }

    private static List<Long> ids(List<JsonPath> pages) {
        return pages.stream().flatMap(p -> p.getList("items.id", Long.class).stream()).toList();
    }

    private static void refused(RequestSpecification request, String path, String field) {
        request.get(path).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field));
    }
}
