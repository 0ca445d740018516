package io.markguard.complaint.service;

import io.markguard.complaint.config.TrustPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Random;

/**
 * The draw of fast-track items into the review queue as spot checks: each item on its own, at random, at the
 * policy's share, so neither the brand nor anyone counting its items can tell which one will be checked. The source
 * is a {@link SecureRandom} unless {@code markguard.trust.spot-check-seed} is set, which only tests do: a seeded
 * source gives the same draws again. Nothing is counted per JVM, so any number of replicas draw side by side.
 */
@Singleton
public class SpotCheckDraw {

    private final Optional<Long> seed;
    private volatile Random source;

    @Inject
    SpotCheckDraw(TrustPolicy policy) {
        this(policy.spotCheckSeed());
    }

    private SpotCheckDraw(Optional<Long> seed) {
        this.seed = seed;
        this.source = source(seed);
    }

    /** Draws from an unpredictable source, as in production. */
    public static SpotCheckDraw unseeded() {
        return new SpotCheckDraw(Optional.empty());
    }

    /** Draws the same sequence for the same seed. */
    public static SpotCheckDraw seeded(long seed) {
        return new SpotCheckDraw(Optional.of(seed));
    }

    /** Whether the next item is a spot check: true with probability {@code share} (0 never, 1 always). */
    public boolean draw(double share) {
        if (share <= 0) {
            return false;
        }
        return share >= 1 || source.nextDouble() < share;
    }

    /** Starts the seeded sequence again from its seed, so a test knows the draws that follow. */
    public void restart() {
        if (seed.isEmpty()) {
            throw new IllegalStateException("An unseeded draw cannot be restarted: set markguard.trust.spot-check-seed");
        }
        source = source(seed);
    }

    private static Random source(Optional<Long> seed) {
        // java.util.Random and SecureRandom are both safe to share between threads.
        return seed.map(Random::new).orElseGet(SecureRandom::new);
    }
}
