package io.markguard.complaint;

import static io.markguard.complaint.Markguard.EXPLANATION;
import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.listingUrls;
import static io.markguard.complaint.Markguard.merchantId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The channel of a bulk job's chunks. A class of its own: its hundreds of takedowns put the merchant on the penalty
 * ladder, which would hold the new listings of the bulk tests beside it.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class BulkJobChannelTest {

    @Inject
    EntityManager em;

    @Inject
    MovableClock clock;

    @AfterEach
    void timeAsItIs() {
        clock.shift(Duration.ZERO);
    }

    /**
     * Each chunk of a bulk job takes the channel the brand has when it is applied: a brand whose fast track is revoked
     * after the first chunk files the rest on the standard queue, each item with its own channel, and the receipt
     * counts only the first chunk's listings as taken down at once. The test holds the second chunk's first row, so
     * the revocation falls between the chunks; merchant-service is down while the upload is stored, so no chunk can
     * run before that row is held.
     */
    @Test
    void aBulkJobWhoseBrandLosesTheFastTrackBetweenChunksFilesTheLaterItemsAsStandard() throws Exception {
        long merchant = merchantId("merchant-b");
        // The listings first: the takedowns to come put the merchant on the penalty ladder, which holds new ones.
        List<String> urls = listingUrls(merchant, 201);
        Markguard.Brand brand = Markguard.fastTrackBrand("Northwind Bulk Revoked", merchant, 3);
        StringBuilder csv = new StringBuilder("listing\n");
        urls.forEach(u -> csv.append(u).append('\n'));
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService holder = java.util.concurrent.Executors.newSingleThreadExecutor();
        long jobId;
        java.util.concurrent.Future<String> secondChunk;
        PeerServices.stopMerchant();
        try {
            jobId = upload(OWNER, brand, "text/csv", csv.toString()).then().statusCode(202)
                    .body("totalRows", equalTo(201)).extract().jsonPath().getLong("id");
            long job = jobId;
            secondChunk = holder.submit(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().timeout(180).call(() -> {
                String outcome = (String) em.createNativeQuery(
                        "SELECT outcome FROM bulk_job_row WHERE job_id = ?1 AND row_number = 201 FOR UPDATE")
                        .setParameter(1, job).getSingleResult();
                held.countDown();
                release.await();
                return outcome;
            }));
            held.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            PeerServices.startMerchant();
        }
        try {
            // The attempt made while merchant-service was down holds the job's lease: let it run out.
            clock.shift(Duration.ofMinutes(1));
            long job = jobId;
            await("the first chunk filed", Duration.ofSeconds(60), () -> Integer.valueOf(200)
                    .equals(as(OWNER).get("/api/complaint-jobs/" + job).then().extract().path("filedRows")));
            long complaintId = as(OWNER).get("/api/complaint-jobs/" + jobId).then().statusCode(200)
                    .body("state", equalTo("RUNNING")).extract().jsonPath().getLong("complaintId");
            List<java.util.Map<String, Object>> first = Markguard.allPages(() -> as(OWNER),
                    "/api/complaints/" + complaintId + "/items", 200);
            assertEquals(200, first.size());
            first.forEach(item -> assertEquals("FAST_TRACK", item.get("channel"), item.toString()));
            first.forEach(item -> assertEquals("ACCEPTED", item.get("status"), item.toString()));

            // Twelve of the 203 takedowns retracted is above the 5 % the bar allows: the fast track is revoked.
            for (java.util.Map<String, Object> item : first.subList(0, 12)) {
                as(OWNER).contentType(io.restassured.http.ContentType.JSON)
                        .body(java.util.Map.of("reason", "Licensed stock after all."))
                        .post("/api/complaint-items/" + item.get("id") + "/retraction").then().statusCode(200);
            }
            as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().statusCode(200)
                    .body("fastTrack.active", equalTo(false)).body("fastTrack.revokedAt", notNullValue());
        } finally {
            release.countDown();
            holder.shutdown();
            // The classes that share this service after this one read the real time.
            clock.shift(Duration.ZERO);
        }
        assertEquals("PENDING", secondChunk.get(30, java.util.concurrent.TimeUnit.SECONDS),
                "the second chunk had not run when its row was held");
        awaitDone(jobId);

        JsonPath done = as(OWNER).get("/api/complaint-jobs/" + jobId).then().statusCode(200)
                .body("filedRows", equalTo(201)).extract().jsonPath();
        long complaintId = done.getLong("complaintId");
        // The notice keeps the channel its upload was given; its last item carries the one its chunk was given.
        as(OWNER).get("/api/complaints/" + complaintId).then().statusCode(200)
                .body("channel", equalTo("FAST_TRACK"))
                .body("counts.items", equalTo(201)).body("counts.pending", equalTo(1))
                .body("counts.retracted", equalTo(12)).body("counts.accepted", equalTo(188));
        List<java.util.Map<String, Object>> items = Markguard.allPages(() -> as(OWNER),
                "/api/complaints/" + complaintId + "/items", 200);
        long lastListing = Markguard.listingIdOf(urls.get(200));
        java.util.Map<String, Object> last = items.stream()
                .filter(item -> ((Number) ((java.util.Map<?, ?>) item.get("listing")).get("id")).longValue() == lastListing).findFirst().orElseThrow();
        assertEquals("STANDARD", last.get("channel"));
        assertEquals("PENDING", last.get("status"));
        assertEquals(1, items.stream().filter(item -> "STANDARD".equals(item.get("channel"))).count());
        // The standard item waits for a reviewer; its listing is not taken down.
        assertTrue(Markguard.queueIds().contains(((Number) last.get("id")).longValue()));
        org.junit.jupiter.api.Assertions.assertNotEquals("REMOVED", Markguard.listingStatus(lastListing));

        // The receipt: 201 listings, the 200 of the fast-track chunk taken down at once.
        List<String> receipts = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT payload FROM outbox_message WHERE idempotency_key = ?1", String.class)
                .setParameter(1, "notification-complaint-" + complaintId + "-receipt").getResultList());
        assertEquals(1, receipts.size());
        com.fasterxml.jackson.databind.JsonNode receipt = new com.fasterxml.jackson.databind.ObjectMapper().readTree(receipts.get(0));
        assertEquals("201", receipt.path("params").path("items").asText());
        assertEquals("200", receipt.path("params").path("removed").asText());
    }

    private static io.restassured.response.Response upload(String user, Markguard.Brand brand, String type, String body) {
        RequestSpecification request = as(user).contentType(type).body(body);
        java.util.Map.of("brandId", brand.id(), "rightId", brand.rightId(), "infringementType", "COUNTERFEIT",
                "explanation", EXPLANATION, "goodFaith", true, "accurate", true).forEach(request::queryParam);
        return request.post("/api/complaint-jobs");
    }

    private static void awaitDone(long jobId) {
        await("job " + jobId + " done", Duration.ofSeconds(60),
                () -> "DONE".equals(as(OWNER).get("/api/complaint-jobs/" + jobId).then().extract().path("state")));
    }
}
