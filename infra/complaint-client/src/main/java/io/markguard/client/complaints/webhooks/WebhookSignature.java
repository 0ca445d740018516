package io.markguard.client.complaints.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a Markguard webhook delivery as docs/integrating.md describes it: the header
 * {@code Markguard-Signature: t=<unix seconds>,v1=<hex>} carries the HMAC-SHA256, keyed with the subscription's
 * secret, of the timestamp, a full stop and the raw body; a delivery whose timestamp is further from now than the
 * tolerance is refused, so that a recorded delivery cannot be replayed later. Events are applied once per
 * {@code Markguard-Event-Id}: a redelivery carries the same id.
 */
public final class WebhookSignature {

    public static final String HEADER = "Markguard-Signature";
    public static final String EVENT_ID_HEADER = "Markguard-Event-Id";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /** Whether {@code header} signs {@code body} with {@code secret} at an instant within the default tolerance of now. */
    public static boolean verify(String secret, String header, byte[] body) {
        return verify(secret, header, body, Instant.now(), DEFAULT_TOLERANCE);
    }

    public static boolean verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (secret == null || header == null || body == null) {
            return false;
        }
        long timestamp = -1;
        byte[] claimed = null;
        for (String element : header.split(",")) {
            int eq = element.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = element.substring(0, eq).trim();
            String value = element.substring(eq + 1).trim();
            try {
                if (name.equals("t")) {
                    timestamp = Long.parseLong(value);
                } else if (name.equals("v1")) {
                    claimed = HexFormat.of().parseHex(value);
                }
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        if (timestamp < 0 || claimed == null
                || Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] signed = new byte[0];
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            hmac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            signed = hmac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
        // A comparison whose time does not depend on where the bytes differ.
        return MessageDigest.isEqual(signed, claimed);
    }
}
