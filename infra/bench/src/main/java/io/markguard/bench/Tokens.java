package io.markguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from Keycloak (the demo users through the public {@code markguard-cli} client), kept until a
 * minute before they expire. While Keycloak is away a token still valid is handed out as it is.
 */
public final class Tokens {

    private record Token(String value, Instant expiresAt) {
    }

    private final Http http;
    private final String realm;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final OneTimeCodes codes = new OneTimeCodes();

    public Tokens(Http http, String realm) {
        this.http = http;
        this.realm = realm;
    }

    /**
     * One sign-in per user at a time: with brute-force detection on, Keycloak 26 refuses a user's concurrent
     * logins as if they were an attack.
     */
    public String of(String user) {
        Token token = cache.get(user);
        if (token != null && Instant.now().isBefore(token.expiresAt().minusSeconds(60))) {
            return token.value();
        }
        synchronized (locks.computeIfAbsent(user, u -> new Object())) {
            token = cache.get(user);
            if (token != null && Instant.now().isBefore(token.expiresAt().minusSeconds(60))) {
                return token.value();
            }
            try {
                return fetch(user);
            } catch (RuntimeException e) {
                if (token != null && Instant.now().isBefore(token.expiresAt())) {
                    return token.value();
                }
                throw e;
            }
        }
    }

    /** A new token from Keycloak now, whatever is cached. */
    public String fresh(String user) {
        synchronized (locks.computeIfAbsent(user, u -> new Object())) {
            return fetch(user);
        }
    }

    /** The subject (claim {@code sub}) of an access token: the user's id in the realm. */
    public static String subject(String token) {
        String[] parts = token.split("\\.");
        try {
            return Http.JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1])).get("sub").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an access token without a readable subject", e);
        }
    }

    private String fetch(String user) {
        String form = "grant_type=password&client_id=markguard-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo";
        Http.Reply reply = http.postForm(realm + "/protocol/openid-connect/token",
                OneTimeCodes.required(user) ? form + "&otp=" + codes.next(user) : form);
        if (reply.status() == 401 && OneTimeCodes.required(user)) {
            // The code of this 30-second step was taken already (a sign-in of `up`'s demo data, or a run just before):
            // Keycloak takes each code once, and the next step's code, which it also accepts, is this user's next.
            reply = http.postForm(realm + "/protocol/openid-connect/token", form + "&otp=" + codes.next(user));
        }
        JsonNode body = reply.expectOk("Keycloak's token endpoint for " + user).json();
        Token token = new Token(body.get("access_token").asText(),
                Instant.now().plusSeconds(body.get("expires_in").asLong()));
        cache.put(user, token);
        return token.value();
    }
}
