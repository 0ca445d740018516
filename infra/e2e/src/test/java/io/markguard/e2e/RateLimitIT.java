package io.markguard.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.PackagedService;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A limit holds across replicas: two complaint-service processes on one database answer one address's requests in
 * turn, and together they grant that address its one share of the public figures (120 at once, then 2 a second),
 * not a share each; both refuse beyond it, and another address is served by both.
 */
@ExtendWith(RunningSuite.class)
class RateLimitIT {

    private static final int CAPACITY = 120;
    private static final double PER_SECOND = 2;
    private static final String SECOND = "http://localhost:8291";

    @Test
    void anAddressHasOneShareOfThePublicFiguresWhicheverReplicaAnswers() throws Exception {
        Process replica = RunningSuite.complaintReplica(8291);
        try {
            String address = "198.51.100." + (1 + (int) (Math.random() * 200));
            int granted = 0;
            int[] refusedBy = new int[2];
            Instant start = Instant.now();
            for (int i = 0; i < 2 * CAPACITY + 60; i++) {
                Response answer = figures(i % 2 == 0 ? RunningSuite.COMPLAINTS : SECOND, address);
                if (answer.statusCode() == 200) {
                    granted++;
                } else {
                    assertEquals(429, answer.statusCode(), answer.asString());
                    assertTrue(Integer.parseInt(answer.header("Retry-After")) >= 1);
                    refusedBy[i % 2]++;
                }
            }
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            long most = CAPACITY + (long) Math.ceil(seconds * PER_SECOND) + 1;
            assertTrue(granted >= CAPACITY && granted <= most, granted + " granted in " + seconds + " s; the share allows "
                    + CAPACITY + " to " + most + ", a share per replica would have been about " + 2 * CAPACITY);
            assertTrue(refusedBy[0] > 0 && refusedBy[1] > 0, "both replicas refuse beyond the share: " + refusedBy[0]
                    + " and " + refusedBy[1]);
            String other = "203.0.113." + (1 + (int) (Math.random() * 200));
            assertEquals(200, figures(RunningSuite.COMPLAINTS, other).statusCode());
            assertEquals(200, figures(SECOND, other).statusCode());
        } finally {
            PackagedService.stop(replica);
        }
    }

    private static Response figures(String service, String address) {
        return given().baseUri(service).header("X-Forwarded-For", address).get("/api/transparency");
    }
}
