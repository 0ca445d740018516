import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Prints the current one-time code of a demo user's authenticator (the demo reviewer and administrator must give one
 * to sign in), from the known secret in infra/keycloak/markguard-realm.json: RFC 6238, HMAC-SHA1, 30 s, six digits.
 * An authenticator app given the Base32 key printed beside it shows the same codes.
 *
 * <p>{@code java infra/scripts/OneTimeCode.java reviewer}
 */
public class OneTimeCode {

    private static final Map<String, String> DEMO_SECRETS = Map.of(
            "reviewer", "reviewer-demo-totp-1",
            "reviewer-b", "reviewerb-demo-totp1",
            "admin", "admin-demo-totp-key1");

    public static void main(String[] args) throws Exception {
        String secret = args.length == 1 ? DEMO_SECRETS.get(args[0]) : null;
        if (secret == null) {
            System.err.println("usage: java OneTimeCode.java " + String.join("|", DEMO_SECRETS.keySet().stream().sorted().toList()));
            System.exit(2);
        }
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        long now = System.currentTimeMillis();
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(now / 30_000).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        System.out.printf("%06d  (valid for %d s more; authenticator key %s)%n", binary % 1_000_000,
                30 - (now / 1000) % 30, base32(key));
    }

    private static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
