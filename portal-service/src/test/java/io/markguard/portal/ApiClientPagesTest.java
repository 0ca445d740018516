package io.markguard.portal;

import static io.markguard.portal.BrandApi.OWNER;
import static io.markguard.portal.BrandApi.brand;
import static io.markguard.portal.BrandApi.right;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.markguard.testsupport.TestKeycloak;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The owner's API clients page: a client made there signs in at Keycloak with the secret shown once, and its tokens
 * say what complaint- and merchant-service need (role brand, their audience, the client and a contact address); a
 * new secret replaces the old one, a revoked client gets no token, and a form refused keeps what was typed.
 */
@QuarkusTest
class ApiClientPagesTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret-value\">([^<]+)<");
    private static final Pattern CLIENT_ID = Pattern.compile("id=\"secret-client-id\">([^<]+)<");

    @Test
    void anOwnerMakesAClientWhoseSecretSignsInOnceShownAndRotatesAndRevokesIt() {
        long brandId = brand(OWNER, "Cobalt Crawl", "Cobalt Crawl Inc.", "cobaltcrawl.test");
        long rightId = right(OWNER, brandId, "USPTO", String.valueOf(ThreadLocalRandom.current().nextInt(7_000_000, 8_000_000)),
                "COBALT", "Cobalt Crawl Inc.");
        BrowserSession owner = BrowserSession.signIn(OWNER);
        Response page = owner.get("/brands/" + brandId + "/clients");
        assertEquals(200, page.statusCode(), page.asString());
        assertTrue(page.asString().contains("/realms/markguard-integrations/protocol/openid-connect/token"), page.asString());

        // Refused: no name. The page comes back with the actions that were ticked, and nothing was made.
        Response refused = owner.post("/brands/" + brandId + "/clients", page, Map.of("name", "", "action", List.of("FILE", "READ")));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("id=\"client-action-FILE\" checked"), refused.asString());
        assertFalse(refused.asString().contains("id=\"rotate-"), "nothing was made");

        Response made = owner.post("/brands/" + brandId + "/clients", page, Map.of("name", "Nightly crawler",
                "rightId", List.of(String.valueOf(rightId)), "action", List.of("FILE", "READ")));
        assertEquals(200, made.statusCode(), made.asString());
        String clientId = group(CLIENT_ID, made.asString());
        String secret = group(SECRET, made.asString());
        assertTrue(clientId.startsWith("brand-" + brandId + "-"), clientId);

        JsonPath claims = claims(token(clientId, secret));
        assertTrue(claims.getList("realm_access.roles").contains("brand"), claims.prettify());
        assertTrue(claims.getList("aud").containsAll(List.of("complaint-service", "merchant-service")), claims.prettify());
        assertEquals(clientId, claims.getString("markguard_client"));
        assertEquals("brand-owner@markguard.test", claims.getString("email"));
        assertTrue(claims.getLong("exp") - claims.getLong("iat") <= 300, "tokens live five minutes at most");

        // The list shows the client and never its secret again.
        Response listed = owner.get("/brands/" + brandId + "/clients");
        assertTrue(listed.asString().contains(clientId) && !listed.asString().contains(secret), listed.asString());
        long id = Long.parseLong(group(Pattern.compile("id=\"rotate-(\\d+)\""), listed.asString()));

        Response rotated = owner.post("/brands/" + brandId + "/clients/" + id + "/secret", listed, Map.of());
        assertEquals(200, rotated.statusCode());
        String second = group(SECRET, rotated.asString());
        assertNotEquals(secret, second);
        assertEquals(401, tokenCall(clientId, secret).statusCode());
        token(clientId, second);

        Response revoked = owner.post("/brands/" + brandId + "/clients/" + id + "/revocation", owner.get("/brands/" + brandId
                + "/clients"), Map.of());
        assertEquals(303, revoked.statusCode());
        assertTrue(owner.get("/brands/" + brandId + "/clients").asString().contains("id=\"client-" + id + "-revoked\""));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (tokenCall(clientId, second).statusCode() != 401) {
            assertTrue(Instant.now().isBefore(deadline), "Keycloak still signs in a revoked client");
            sleep();
        }
        // In Chinese, the page is in Chinese.
        assertTrue(owner.getInChinese("/brands/" + brandId + "/clients").asString().contains("创建 API 客户端"));
    }

    private static String group(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertTrue(m.find(), pattern + " not in the page: " + html);
        return m.group(1);
    }

    private static Response tokenCall(String clientId, String secret) {
        return TestKeycloak.apiClientSignIn(clientId, secret);
    }

    private static String token(String clientId, String secret) {
        return TestKeycloak.apiClientToken(clientId, secret);
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
