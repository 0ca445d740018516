package io.markguard.complaint;

import static io.markguard.complaint.Markguard.AGENT;
import static io.markguard.complaint.Markguard.EXPLANATION;
import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.listingUrls;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bulk notices: streamed CSV or JSON, processed as a job with progress and a per-row report. */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OwnStart.ForBulkUploads.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class BulkUploadTest {

    @Test
    void badRowsAreRefusedOneByOneWithTheirReasonAndTheRestIsFiled() {
        Markguard.Brand brand = verifiedBrand("Northwind Bulk");
        long merchantA = merchantId("merchant-a");
        List<String> urls = listingUrls(merchantA, 2);
        long byId = listings(merchantA, 1).get(0);
        String csv = "listing,note\n"
                + urls.get(0) + ",by URL\n"
                + ",blank\n"
                + "https://shop.markguard.test/c/no-such-listing,unknown\n"
                + urls.get(0) + ",again\n"
                + byId + ",by id\n"
                + "\"" + urls.get(1) + "\",quoted\n";
        JsonPath job = upload(OWNER, brand, "text/csv", csv).then().statusCode(202)
                .body("state", equalTo("QUEUED")).body("totalRows", equalTo(6)).body("refusedRows", equalTo(1))
                .extract().jsonPath();
        long jobId = job.getLong("id");
        awaitDone(jobId);
        as(OWNER).get("/api/complaint-jobs/" + jobId).then().statusCode(200)
                .body("state", equalTo("DONE")).body("processedRows", equalTo(6)).body("percent", equalTo(100))
                .body("filedRows", equalTo(3)).body("duplicateRows", equalTo(1)).body("refusedRows", equalTo(2));
        as(OWNER).get("/api/complaint-jobs/" + jobId + "/report").then().statusCode(200)
                .body("items.row", contains(2, 3, 4))
                .body("items.outcome", contains("REFUSED", "REFUSED", "DUPLICATE"))
                .body("items.field", contains("listing", "listing", "listing"))
                .body("items[1].message", containsString("No listing"))
                .body("nextCursor", nullValue());
        as(OWNER).accept("text/csv").get("/api/complaint-jobs/" + jobId + "/report").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("row,listing,outcome,field,message"));
        long complaintId = job.getLong("complaintId");
        as(OWNER).get("/api/complaints/" + complaintId).then().statusCode(200)
                .body("counts.pending", equalTo(3)).body("bulkJobId", equalTo((int) jobId));
        // The job and its report are the brand's: another brand user sees neither.
        as(AGENT).get("/api/complaint-jobs/" + jobId).then().statusCode(404);
        as(AGENT).get("/api/complaint-jobs/" + jobId + "/report").then().statusCode(404);
    }

    @Test
    void rowsWithGroundsOfTheirOwnGoIntoOneNoticePerGroundsAndRowsWithWrongGroundsAreRefusedByColumn() {
        Markguard.Brand brand = verifiedBrand("Northwind Row Grounds");
        long design = Markguard.right(brand.id(), "Northwind Row Grounds Design");
        Markguard.verify(brand.id(), design);
        Markguard.Brand other = verifiedBrand("Southwind Row Grounds");
        List<String> urls = listingUrls(merchantId("merchant-a"), 9);
        String handle = "\"The handle copies the registered design; photos of the test purchase attached.\"";
        String csv = "listing;rightId;infringementType;explanation;evidenceUrls;testPurchaseOrders\n"
                + urls.get(0) + ";;;;;\n"
                + urls.get(1) + ";" + design + ";DESIGN;" + handle + ";https://e.markguard.test/1 https://e.markguard.test/2;TP 9|TP 10\n"
                + urls.get(2) + ";" + design + ";DESIGN;" + handle + ";https://e.markguard.test/1|https://e.markguard.test/2;TP 9 | TP 10\n"
                + urls.get(3) + ";;PATENT;;;\n"
                + urls.get(4) + ";abc;;;;\n"
                + urls.get(5) + ";;FAKE;;;\n"
                + urls.get(6) + ";;;too short;;\n"
                + urls.get(7) + ";" + other.rightId() + ";;;;\n"
                + urls.get(8) + ";;;;ftp://e.markguard.test/3;\n";
        JsonPath job = upload(OWNER, brand, "text/csv", csv).then().statusCode(202)
                .body("totalRows", equalTo(9)).body("refusedRows", equalTo(5)).extract().jsonPath();
        long jobId = job.getLong("id");
        awaitDone(jobId);
        JsonPath done = as(OWNER).get("/api/complaint-jobs/" + jobId).then().statusCode(200)
                .body("filedRows", equalTo(4)).body("refusedRows", equalTo(5)).extract().jsonPath();
        // Three notices: the upload's own (one row), the design's (two rows of the same grounds), the patent's.
        assertEquals(List.of(1, 2, 1), done.getList("notices.filedRows"));
        assertEquals(job.getLong("complaintId"), done.getLong("notices[0].complaintId"));
        as(OWNER).get("/api/complaints/" + done.getLong("notices[1].complaintId")).then().statusCode(200)
                .body("right.id", equalTo((int) design)).body("infringementType", equalTo("DESIGN"))
                .body("explanation", startsWith("The handle copies")).body("bulkJobId", equalTo((int) jobId))
                .body("counts.items", equalTo(2))
                .body("evidence.reference", org.hamcrest.Matchers.containsInAnyOrder("https://e.markguard.test/1",
                        "https://e.markguard.test/2", "TP 9", "TP 10"));
        as(OWNER).get("/api/complaints/" + done.getLong("notices[2].complaintId")).then().statusCode(200)
                .body("right.id", equalTo((int) brand.rightId())).body("infringementType", equalTo("PATENT"))
                .body("explanation", equalTo(EXPLANATION));
        as(OWNER).get("/api/complaint-jobs/" + jobId + "/report").then().statusCode(200)
                .body("items.row", contains(5, 6, 7, 8, 9))
                .body("items.field", contains("rightId", "infringementType", "explanation", "rightId", "evidenceUrls"))
                .body("items.outcome", org.hamcrest.Matchers.everyItem(equalTo("REFUSED")));

        // JSON Lines: the same grounds as the design rows go into a notice of this upload's own.
        List<String> more = listingUrls(merchantId("merchant-a"), 2);
        long lines = upload(OWNER, brand, "application/x-ndjson", "\"" + more.get(0) + "\"\n{\"listing\": \"" + more.get(1)
                + "\", \"rightId\": " + design + ", \"infringementType\": \"DESIGN\", \"evidenceUrls\": [\"https://e.markguard.test/5\"]}\n")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        awaitDone(lines);
        JsonPath read = as(OWNER).get("/api/complaint-jobs/" + lines).then().statusCode(200).body("filedRows", equalTo(2))
                .extract().jsonPath();
        assertEquals(List.of(1, 1), read.getList("notices.filedRows"));
        as(OWNER).get("/api/complaints/" + read.getLong("notices[1].complaintId")).then().statusCode(200)
                .body("infringementType", equalTo("DESIGN")).body("explanation", equalTo(EXPLANATION))
                .body("evidence.reference", contains("https://e.markguard.test/5"));
    }

    @Test
    void aCsvSavedByExcelWithAByteOrderMarkIsFiledAndFormulasInItsReportStayText() throws IOException {
        Markguard.Brand brand = verifiedBrand("Northwind Excel");
        String url = listingUrls(merchantId("merchant-a"), 1).get(0);
        byte[] csv = ("\uFEFFlisting,note\n"
                + url + ",by URL\n"
                + "\"=HYPERLINK(\"\"https://evil.test/steal\"\",\"\"open\"\")\",a link\n"
                + "@SUM(A1:A9),a sum\n").getBytes(StandardCharsets.UTF_8);
        long jobId = as(OWNER).contentType("text/csv").body(csv).queryParams(params(brand)).post("/api/complaint-jobs")
                .then().statusCode(202).body("totalRows", equalTo(3)).body("refusedRows", equalTo(0))
                .extract().jsonPath().getLong("id");
        awaitDone(jobId);
        as(OWNER).get("/api/complaint-jobs/" + jobId).then().statusCode(200)
                .body("filedRows", equalTo(1)).body("refusedRows", equalTo(2));
        String report = as(OWNER).accept("text/csv").get("/api/complaint-jobs/" + jobId + "/report").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report)).getRecords();
        assertEquals(List.of("2", "3"), rows.stream().map(r -> r.get("row")).toList());
        // A spreadsheet opening the report shows what the brand typed, and runs none of it.
        assertEquals("'=HYPERLINK(\"https://evil.test/steal\",\"open\")", rows.get(0).get("listing"));
        assertEquals("'@SUM(A1:A9)", rows.get(1).get("listing"));
        assertEquals("REFUSED", rows.get(0).get("outcome"));
        // The JSON report keeps the listing exactly as it was uploaded.
        as(OWNER).get("/api/complaint-jobs/" + jobId + "/report").then().statusCode(200)
                .body("items.listing", contains("=HYPERLINK(\"https://evil.test/steal\",\"open\")", "@SUM(A1:A9)"));
    }

    @Test
    void aJsonUploadIsReadAsAStreamOfListings() {
        Markguard.Brand brand = verifiedBrand("Northwind Json");
        List<Long> ids = listings(merchantId("merchant-a"), 2);
        long jobId = upload(OWNER, brand, "application/json", "[" + ids.get(0) + ", {\"listing\": \"" + ids.get(1)
                + "\", \"note\": {\"ignored\": true}}, {\"note\": \"no listing\"}]").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        awaitDone(jobId);
        as(OWNER).get("/api/complaint-jobs/" + jobId).then().body("filedRows", equalTo(2)).body("refusedRows", equalTo(1));
    }

    @Test
    void jsonLinesAndASemicolonCsvAreFiledAsTheirRowsSay() {
        Markguard.Brand brand = verifiedBrand("Northwind Lines");
        List<Long> ids = listings(merchantId("merchant-a"), 4);
        long lines = upload(OWNER, brand, "application/x-ndjson", ids.get(0) + "\n{\"listing\": \"" + ids.get(1) + "\"}\n\n"
                + "{\"note\": \"no listing\"}\n").then().statusCode(202).body("totalRows", equalTo(3)).extract().jsonPath()
                .getLong("id");
        long semicolons = upload(OWNER, brand, "text/csv; charset=UTF-8", "note;listing\nfirst;" + ids.get(2) + "\nsecond;"
                + ids.get(3) + "\n").then().statusCode(202).body("totalRows", equalTo(2)).extract().jsonPath().getLong("id");
        awaitDone(lines);
        awaitDone(semicolons);
        as(OWNER).get("/api/complaint-jobs/" + lines).then().body("filedRows", equalTo(2)).body("refusedRows", equalTo(1));
        as(OWNER).get("/api/complaint-jobs/" + semicolons).then().body("filedRows", equalTo(2)).body("refusedRows", equalTo(0));
    }

    @Test
    void anUploadRepeatedWithItsIdempotencyKeyIsOneJobAndAnotherFileUnderTheKeyIsRefused() {
        Markguard.Brand brand = verifiedBrand("Northwind Repeat");
        List<String> urls = listingUrls(merchantId("merchant-a"), 2);
        String file = "listing\n" + urls.get(0) + "\n";
        RequestSpecification first = as(OWNER).contentType("text/csv").header("Idempotency-Key", "bulk-repeat-1")
                .body(file);
        params(brand).forEach(first::queryParam);
        long jobId = first.post("/api/complaint-jobs").then().statusCode(202).extract().jsonPath().getLong("id");
        RequestSpecification again = as(OWNER).contentType("text/csv").header("Idempotency-Key", "bulk-repeat-1")
                .body(file);
        params(brand).forEach(again::queryParam);
        again.post("/api/complaint-jobs").then().statusCode(202).body("id", equalTo((int) jobId));
        RequestSpecification other = as(OWNER).contentType("text/csv").header("Idempotency-Key", "bulk-repeat-1")
                .body("listing\n" + urls.get(1) + "\n");
        params(brand).forEach(other::queryParam);
        other.post("/api/complaint-jobs").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("Idempotency-Key"));
        awaitDone(jobId);
        as(OWNER).queryParam("brandId", brand.id()).get("/api/complaints").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void anUploadRefusedAsAWholeLeavesNothingBehind() {
        Markguard.Brand brand = verifiedBrand("Northwind Whole");
        String url = listingUrls(merchantId("merchant-a"), 1).get(0);
        upload(OWNER, brand, "text/csv", "url,note\n" + url + ",x\n").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("upload"))
                .body("detail", containsString("listing"));
        upload(OWNER, brand, "application/json", "{\"listing\": \"" + url + "\"}").then().statusCode(400)
                .body("violations.field", contains("upload"));
        upload(OWNER, brand, "text/csv", "listing\n").then().statusCode(400).body("violations.field", contains("upload"));
        as(OWNER).contentType("text/plain").body(url).queryParams(params(brand)).post("/api/complaint-jobs").then()
                .statusCode(415);
        java.util.Map<String, Object> inaccurate = new java.util.HashMap<>(params(brand));
        inaccurate.put("accurate", false);
        as(OWNER).contentType("text/csv").body("listing\n" + url + "\n").queryParams(inaccurate)
                .post("/api/complaint-jobs").then().statusCode(400)
                .body("violations.field", contains("accurate"));
        upload(AGENT, brand, "text/csv", "listing\n" + url + "\n").then().statusCode(403);
        as(OWNER).queryParam("brandId", brand.id()).get("/api/complaints").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void tenThousandListingsInOneUploadAreAllFiled() {
        Markguard.Brand brand = verifiedBrand("Northwind Ten Thousand");
        List<String> urls = listingUrls(merchantId("merchant-b"), 10_000);
        StringBuilder csv = new StringBuilder("listing\n");
        urls.forEach(u -> csv.append(u).append('\n'));
        long jobId = upload(OWNER, brand, "text/csv", csv.toString()).then().statusCode(202)
                .body("totalRows", equalTo(10_000)).extract().jsonPath().getLong("id");
        Markguard.await("10,000 rows processed", Duration.ofMinutes(15), () -> "DONE".equals(
                as(OWNER).get("/api/complaint-jobs/" + jobId).then().extract().path("state")));
        JsonPath job = as(OWNER).get("/api/complaint-jobs/" + jobId).then().extract().jsonPath();
        assertEquals(10_000, job.getInt("filedRows"));
        assertEquals(0, job.getInt("refusedRows"));
        as(OWNER).get("/api/complaint-jobs/" + jobId + "/report").then().body("items.size()", equalTo(0));
        // The complaint answers its counts and its first 50 items, and reads on through its items.
        long complaintId = job.getLong("complaintId");
        JsonPath complaint = as(OWNER).get("/api/complaints/" + complaintId).then().statusCode(200)
                .body("counts.items", equalTo(10_000)).body("counts.pending", equalTo(10_000))
                .body("items.size()", equalTo(50)).extract().jsonPath();
        as(OWNER).queryParam("cursor", complaint.getString("itemsNextCursor")).queryParam("limit", 200)
                .get("/api/complaints/" + complaintId + "/items").then().statusCode(200)
                .body("items.size()", equalTo(200)).body("nextCursor", notNullValue());
    }

    /**
     * A fast-track upload removes every listing: its chunks' takedowns go to merchant-service as one message per
     * chunk (200 rows), each listing removed once.
     */
    @Test
    void aFastTrackUploadRemovesEveryListingWithOneTakedownMessagePerChunk() {
        long merchant = merchantId("merchant-b");
        // The listings first: the brand's takedowns put the merchant on the penalty ladder, which holds new ones.
        List<String> urls = listingUrls(merchant, 450);
        Markguard.Brand brand = Markguard.fastTrackBrand("Northwind Bulk Fast", merchant, 3);
        StringBuilder csv = new StringBuilder("listing\n");
        urls.forEach(u -> csv.append(u).append('\n'));
        long jobId = upload(OWNER, brand, "text/csv", csv.toString()).then().statusCode(202)
                .extract().jsonPath().getLong("id");
        awaitDone(jobId);
        long complaintId = as(OWNER).get("/api/complaint-jobs/" + jobId).then().body("filedRows", equalTo(450))
                .extract().jsonPath().getLong("complaintId");
        await("every takedown applied", Duration.ofSeconds(60), () -> Markguard.allPages(() -> as(OWNER),
                "/api/complaints/" + complaintId + "/items", 200).stream()
                .allMatch(item -> item.get("takedownAppliedAt") != null && item.get("violationId") != null));
        List<java.util.Map<String, Object>> items = Markguard.allPages(() -> as(OWNER),
                "/api/complaints/" + complaintId + "/items", 200);
        assertEquals(450, items.size());
        items.forEach(item -> assertEquals("ACCEPTED", item.get("status")));
        // One violation per item: the violation ids are all different.
        assertEquals(450, items.stream().map(item -> item.get("violationId")).distinct().count());
        for (String url : List.of(urls.get(0), urls.get(199), urls.get(200), urls.get(449))) {
            long listing = Markguard.listingIdOf(url);
            assertEquals("REMOVED", Markguard.listingStatus(listing), url);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> messages = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT m.destination, m.status FROM outbox_message m JOIN complaint_item i
                  ON m.idempotency_key = 'takedowns-' || i.id WHERE i.complaint_id = ?1 ORDER BY m.id""")
                .setParameter(1, complaintId).getResultList());
        assertEquals(3, messages.size(), "one message per chunk of 200 rows");
        messages.forEach(m -> assertEquals("DELIVERED", m[1]));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    private static java.util.Map<String, Object> params(Markguard.Brand brand) {
        return java.util.Map.of("brandId", brand.id(), "rightId", brand.rightId(), "infringementType", "COUNTERFEIT",
                "explanation", EXPLANATION, "goodFaith", true, "accurate", true);
    }

    private static io.restassured.response.Response upload(String user, Markguard.Brand brand, String type, String body) {
        // As bytes: REST Assured has no encoder of its own for application/x-ndjson.
        RequestSpecification request = as(user).contentType(type).body(body.getBytes(StandardCharsets.UTF_8));
        params(brand).forEach(request::queryParam);
        return request.post("/api/complaint-jobs");
    }

    private static void awaitDone(long jobId) {
        await("job " + jobId + " done", Duration.ofSeconds(60),
                () -> "DONE".equals(as(OWNER).get("/api/complaint-jobs/" + jobId).then().extract().path("state")));
    }
}
