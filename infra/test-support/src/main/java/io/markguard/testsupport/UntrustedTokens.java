package io.markguard.testsupport;

import static io.restassured.RestAssured.given;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Tokens a service must refuse with 401: forged, expired, from another realm, not for a Markguard service
 * (an ID token, another client's access token), or not a JWT at all.
 */
public final class UntrustedTokens {

    private UntrustedTokens() {
    }

    /**
     * Claims exactly like a real admin token of realm markguard, for every service and carrying the realm's
     * current key id, but signed with a key Keycloak never issued.
     */
    public static String forged() {
        String kid = given().baseUri(TestKeycloak.issuer()).get("/protocol/openid-connect/certs")
                .jsonPath().getString("keys.find { it.use == 'sig' && it.alg == 'RS256' }.kid");
        long now = Instant.now().getEpochSecond();
        return Jwt.issuer(TestKeycloak.issuer())
                .audience(new HashSet<>(TestKeycloak.SERVICE_AUDIENCES))
                .subject("6f1c2a10-0000-4000-8000-000000000006")
                .claim("preferred_username", "admin")
                .claim("typ", "Bearer")
                .claim("azp", "markguard-cli")
                .claim("realm_access", Map.of("roles", List.of("admin", "brand", "merchant", "reviewer",
                        "complaint-service", "merchant-service", "portal-service")))
                .issuedAt(now)
                .expiresAt(now + 300)
                .jws().keyId(kid)
                .sign(freshKeyPair().getPrivate());
    }

    /**
     * A token Keycloak really issued and signed, for user admin and every service, that has expired: it comes
     * from a client whose access tokens live one second, created in the test realm for this purpose.
     */
    public static String expired() {
        testClient(Map.of(
                "clientId", "expiring-tokens",
                "publicClient", true,
                "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true,
                "attributes", Map.of("access.token.lifespan", "1"),
                "protocolMappers", TestKeycloak.SERVICE_AUDIENCES.stream().map(UntrustedTokens::audience).toList()));
        String token = TestKeycloak.passwordGrant(TestKeycloak.REALM, "expiring-tokens", "admin");
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return token;
    }

    /** The ID token of a real user of realm markguard, signed by Keycloak, sent as if it were an access token. */
    public static String idToken() {
        return TestKeycloak.idToken("reviewer");
    }

    /**
     * A genuine access token of realm markguard for user reviewer, from a client no Markguard service accepts:
     * {@code markguard-elsewhere-app}, an application of some other team in the same realm, created in the test
     * realm for this purpose, whose tokens carry no Markguard audience.
     */
    public static String otherClient() {
        testClient(Map.of(
                "clientId", "markguard-elsewhere-app",
                "publicClient", true,
                "standardFlowEnabled", false,
                "directAccessGrantsEnabled", true));
        return TestKeycloak.passwordGrant(TestKeycloak.REALM, "markguard-elsewhere-app", "reviewer");
    }

    public static String otherRealm() {
        return TestKeycloak.otherRealmToken();
    }

    public static String garbage() {
        return "not-a-jwt";
    }

    /** Creates a client in the test realm through Keycloak's admin API, unless an earlier test did. */
    private static void testClient(Map<String, Object> client) {
        String adminToken = TestKeycloak.tokenRequest("master", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
        int status = given().baseUri(TestKeycloak.url()).auth().oauth2(adminToken)
                .contentType("application/json")
                .body(client)
                .post("/admin/realms/" + TestKeycloak.REALM + "/clients")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not create the test client " + client.get("clientId") + ": " + status);
        }
    }

    private static Map<String, Object> audience(String service) {
        return Map.of(
                "name", "audience " + service,
                "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.client.audience", service, "access.token.claim", "true"));
    }

    private static KeyPair freshKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
