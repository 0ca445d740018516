package io.markguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;

/**
 * The one-time codes the demo reviewer and administrator sign in with. Realm policy requires a second factor of both
 * roles; infra/keycloak/markguard-realm.json gives each demo user an authenticator with a known secret, and this
 * computes its current code (RFC 6238) the way their phone would.
 *
 * <p>Keycloak accepts a code once (the realm's OTP policy is not reusable), for the current 30-second step and one
 * either side. So each code this hands out is of a later step than any handed out before on this machine, by this JVM
 * or another test JVM of the run (the last step is kept in a file under the temporary directory, under a file lock):
 * the current step's, else the next step's, else it waits for the next step. Callers still try again after a refusal.
 */
public final class SecondFactor {

    /** The secret of each demo user's authenticator, as the realm file stores it (its UTF-8 bytes are the key). */
    private static final Map<String, String> DEMO_SECRETS = Map.of(
            "reviewer", "reviewer-demo-totp-1",
            "reviewer-b", "reviewerb-demo-totp1",
            "admin", "admin-demo-totp-key1");

    private static final Path STEPS = Path.of(System.getProperty("java.io.tmpdir"), "markguard-one-time-code-steps.properties");
    private static final Clock CLOCK = Clock.systemUTC();

    private SecondFactor() {
    }

    /** Whether signing in as this demo user of realm markguard asks for a one-time code. */
    public static boolean required(String username) {
        return DEMO_SECRETS.containsKey(username);
    }

    /** The key of the demo user's authenticator, if the user has one. */
    public static Optional<byte[]> key(String username) {
        return Optional.ofNullable(DEMO_SECRETS.get(username)).map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    /** A current code for the demo user that no test on this machine has used yet; waits up to one step for one. */
    public static synchronized String freshCode(String username) {
        byte[] key = key(username).orElseThrow(() -> new IllegalArgumentException(username + " has no demo authenticator"));
        while (true) {
            Instant now = CLOCK.instant();
            long step = Totp.step(now);
            OptionalLong handedOut = handOut(username, step);
            if (handedOut.isPresent()) {
                return Totp.code(key, handedOut.getAsLong());
            }
            long nextStepAt = (step + 1) * Totp.PERIOD_SECONDS * 1000L;
            sleep(nextStepAt - now.toEpochMilli() + 250);
        }
    }

    /** Claims the current or the next step for the user, if neither is at or before the last one claimed. */
    private static OptionalLong handOut(String username, long step) {
        try (FileChannel channel = FileChannel.open(STEPS, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Properties last = new Properties();
            last.load(Channels.newInputStream(channel));
            long lastStep = Long.parseLong(last.getProperty(username, "-1"));
            if (lastStep > step) {
                return OptionalLong.empty();
            }
            long claimed = Math.max(step, lastStep + 1);
            last.setProperty(username, String.valueOf(claimed));
            channel.truncate(0);
            channel.position(0);
            last.store(Channels.newOutputStream(channel), "one-time-code steps the tests have used (SecondFactor)");
            return OptionalLong.of(claimed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the used one-time-code steps in " + STEPS, e);
        }
    }

    /** A code Keycloak refuses now: that of a step far from the current one, differing from every accepted code. */
    public static String wrongCode(String username) {
        byte[] key = key(username).orElseThrow();
        long step = Totp.step(CLOCK.instant());
        Set<String> accepted = Set.of(Totp.code(key, step - 1), Totp.code(key, step), Totp.code(key, step + 1),
                Totp.code(key, step + 2));
        for (long far = step + 100; ; far++) {
            String code = Totp.code(key, far);
            if (!accepted.contains(code)) {
                return code;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the next one-time code", e);
        }
    }
}
