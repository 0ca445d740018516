package io.markguard.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-time codes realm policy asks of the demo reviewer and administrator, from the known secrets of their demo
 * authenticators in infra/keycloak/markguard-realm.json (RFC 6238: HMAC-SHA1, 30 s, six digits). Keycloak takes each
 * code once, so a user's next code is of a later 30-second step than the last one handed out.
 */
final class OneTimeCodes {

    private static final Map<String, String> DEMO_SECRETS = Map.of(
            "reviewer", "reviewer-demo-totp-1",
            "admin", "admin-demo-totp-key1");

    private final Map<String, Long> lastStep = new ConcurrentHashMap<>();

    static boolean required(String user) {
        return DEMO_SECRETS.containsKey(user);
    }

    /** A code of the current step, or, if this user's was handed out already, of the next one (Keycloak takes it too). */
    synchronized String next(String user) {
        long step = System.currentTimeMillis() / 30_000;
        Long last = lastStep.get(user);
        if (last != null && last >= step + 1) {
            sleep((last + 1) * 30_000 - System.currentTimeMillis() + 250);
            step = System.currentTimeMillis() / 30_000;
        }
        long use = last != null && last >= step ? last + 1 : step;
        lastStep.put(user, use);
        return code(DEMO_SECRETS.get(user).getBytes(StandardCharsets.UTF_8), use);
    }

    static String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
