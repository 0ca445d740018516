package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the portal's breakers count, as an operator reads it in {@code /q/metrics}. merchant-service is a port that
 * takes connections and never answers (every request times out: a slow answer, not a failure of the service);
 * complaint-service is a port nothing listens on (the service is down). Timed-out requests are neither retried nor
 * counted, so one user's slow page never opens the breaker that every other user's page goes through; refused
 * connections are retried once and open it.
 */
@QuarkusTest
@TestProfile(PeerBreakersTest.SilentMerchantService.class)
class PeerBreakersTest {

    /** Accepts connections into its backlog and never reads them: whatever is sent there waits for an answer. */
    static final ServerSocket SILENT = silent();

    public static class SilentMerchantService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.merchant-service.url", "http://127.0.0.1:" + SILENT.getLocalPort(),
                    "quarkus.rest-client.complaint-service.url", "http://127.0.0.1:1");
        }
    }

    private static final String STANDING = "io.markguard.portal.client.MerchantClient.standing";
    private static final String QUEUE = "io.markguard.portal.client.ComplaintClient.queue";

    @Test
    void aPageThatTimesOutIsNotRetriedAndDoesNotOpenTheBreakerForEveryoneElse() {
        BrowserSession merchant = BrowserSession.signIn("merchant-a");
        for (int view = 0; view < 10; view++) {
            merchant.get("/merchant").then().statusCode(503).body(containsString("merchant-service cannot be reached"));
        }
        given().redirects().follow(false).cookies(merchant.cookies).cookie("mg_lang", "zh-CN").get("/merchant").then()
                .statusCode(503).body(containsString("暂时无法连接 merchant-service"));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metric(metrics, "ft_invocations_total", STANDING) >= 11, "every view asked merchant-service once");
        assertEquals(0, metric(metrics, "ft_retry_retries_total", STANDING), "no timed-out request was sent again");
        assertEquals(0, metric(metrics, "ft_circuitbreaker_opened_total", STANDING),
                "the breaker of the standing stays closed for the other merchants");
    }

    @Test
    void aServiceThatIsDownIsTriedOnceMoreAndOpensItsBreaker() {
        BrowserSession reviewer = BrowserSession.signIn("reviewer");
        for (int view = 0; view < 10; view++) {
            reviewer.get("/review/complaints").then().statusCode(503).body(containsString("complaint-service cannot be reached"));
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metric(metrics, "ft_retry_retries_total", QUEUE) >= 1, "a refused connection is tried once more");
        assertTrue(metric(metrics, "ft_circuitbreaker_opened_total", QUEUE) >= 1, "the breaker opened on refused connections");
    }

    /** The sum of a counter's series for one method, 0 when it has none yet. */
    private static double metric(String metrics, String name, String method) {
        Matcher lines = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        double sum = 0;
        while (lines.find()) {
            if (lines.group(1).contains("method=\"" + method + "\"")) {
                sum += Double.parseDouble(lines.group(2));
            }
        }
        return sum;
    }

    private static ServerSocket silent() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
