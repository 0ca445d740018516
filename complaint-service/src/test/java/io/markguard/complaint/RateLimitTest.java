package io.markguard.complaint;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.platform.ratelimit.RateLimitPurge;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The limits as a caller meets them: a reviewer who reads too fast, a brand's script that files too fast and an
 * address that asks the public figures too often are each answered 429 with Retry-After and a problem body, while
 * everyone else (another reviewer, another address, the services' own accounts) goes on; a bucket refills with
 * time, and an idle one is forgotten.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Low.class)
class RateLimitTest {

    public static class Low implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Writes keep their default, so every bucket is full again within the hour an idle one is kept.
            return Map.of("markguard.rate-limits.write.capacity", "120",
                    "markguard.rate-limits.read.capacity", "5", "markguard.rate-limits.read.per-second", "0.5",
                    "markguard.rate-limits.filing.capacity", "2", "markguard.rate-limits.filing.per-second", "0.01",
                    "markguard.rate-limits.public.capacity", "3", "markguard.rate-limits.public.per-second", "0.01");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    RateLimitPurge purge;

    @Test
    void aReviewerReadingTooFastWaitsAsToldWhileAnotherReadsOn() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            queue("reviewer").then().statusCode(200);
        }
        Response refused = queue("reviewer");
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .body("code", equalTo("TOO_MANY_REQUESTS")).body("detail", containsString("read"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "a read comes back at 0.5 a second: " + retryAfter);
        // Another reviewer has a bucket of their own.
        queue("reviewer-b").then().statusCode(200);
        // After the wait the reviewer was told, one more read goes through.
        Thread.sleep(retryAfter * 1000L + 200);
        queue("reviewer").then().statusCode(200);
    }

    @Test
    void filingHasItsOwnBucketAndEmptyingItLeavesReadsOpen() {
        // Each attempt counts, a malformed one too: the limit protects the intake, whatever is sent.
        for (int i = 0; i < 2; i++) {
            file().then().statusCode(400);
        }
        file().then().statusCode(429).header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThan(60))
                .body("detail", containsString("filing"));
        given().auth().oauth2(TestKeycloak.userToken(Markguard.OWNER)).get("/api/complaint-items?mine=true").then()
                .statusCode(org.hamcrest.Matchers.not(429));
    }

    @Test
    void theFiguresArePublicButEachAddressHasItsShareAndTheServicesAreNotCounted() {
        String address = "198.51.100." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < 3; i++) {
            figures(address).then().statusCode(200);
        }
        figures(address).then().statusCode(429).contentType("application/problem+json");
        figures("203.0.113.9").then().statusCode(200);
        // merchant-service's account is the platform at work: never limited, whatever it asks.
        for (int i = 0; i < 8; i++) {
            given().auth().oauth2(TestKeycloak.serviceToken("merchant-service")).get("/api/review/queue").then()
                    .statusCode(403);
        }
    }

    @Test
    void aBucketNobodyTouchedForAnHourIsForgottenAndFullAgain() {
        String address = "192.0.2." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < 3; i++) {
            figures(address).then().statusCode(200);
        }
        figures(address).then().statusCode(429);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE rate_limit_bucket SET touched_at = now() - interval '61 minutes' WHERE bucket = ?1")
                .setParameter(1, "public:a:" + address).executeUpdate());
        assertTrue(purge.purge() >= 1);
        assertEquals(0L, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT count(*) FROM rate_limit_bucket WHERE bucket = ?1").setParameter(1, "public:a:" + address)
                .getSingleResult())).longValue());
        figures(address).then().statusCode(200);
    }

    private static Response queue(String reviewer) {
        return given().auth().oauth2(TestKeycloak.userToken(reviewer)).get("/api/review/queue");
    }

    private static Response file() {
        return given().auth().oauth2(TestKeycloak.userToken(Markguard.OWNER)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("listings", java.util.List.of()))
                .post("/api/complaints");
    }

    private static Response figures(String address) {
        return given().header("X-Forwarded-For", address).get("/api/transparency");
    }
}
