package io.markguard.platform.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.markguard.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Token buckets kept in PostgreSQL ({@code rate_limit_bucket}), so that every replica of a service takes from the same
 * bucket. Taking is one statement on the bucket's own row: it refills the bucket for the time since it was last
 * touched, by the database's clock, and takes one request if a whole one is there. Callers contend only for their
 * own row; nobody else's volume slows them.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    // The refill is capped at the capacity; a request is granted if a whole token is there after it.
    private static final String TAKE = """
            INSERT INTO rate_limit_bucket AS b (bucket, tokens, granted, touched_at)
            VALUES (?, ? - 1, TRUE, clock_timestamp())
            ON CONFLICT (bucket) DO UPDATE SET (tokens, granted, touched_at) = (
                SELECT CASE WHEN refilled >= 1 THEN refilled - 1 ELSE refilled END, refilled >= 1, now_
                  FROM (SELECT LEAST(?, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM (clock_timestamp() - b.touched_at))) * ?)
                               AS refilled, clock_timestamp() AS now_) r)
            RETURNING granted, tokens""";

    /** What a caller's request may do: go on, or wait this long. */
    public record Decision(boolean granted, Duration retryAfter) {
    }

    @Inject
    RateLimitRules rules;

    @Inject
    AgroalDataSource dataSource;


    public boolean enabled() {
        return rules.enabled();
    }

    public java.util.List<String> exemptRoles() {
        return rules.exemptRoles();
    }

    public java.util.List<String> filingEndpoints() {
        return rules.filingEndpoints().orElse(java.util.List.of());
    }

    public int capacity(RateLimitClass kind) {
        return rules.of(kind).capacity().orElse(kind.defaultCapacity());
    }

    public double perSecond(RateLimitClass kind) {
        return rules.of(kind).perSecond().orElse(kind.defaultPerSecond());
    }

    /**
     * Takes one request from the caller's bucket of that class, or refuses with 429 and the time until a whole
     * request is there again. A database that does not answer lets the request through (and says so in the log):
     * the limit guards the services, it must not become the reason they fail.
     */
    public void take(RateLimitClass kind, String caller) {
        Decision decision;
        try {
            decision = decide(kind, caller);
        } catch (SQLException e) {
            LOG.warnf("Rate limit %s not checked for one request: %s", kind.configName(), e.getMessage());
            return;
        }
        if (!decision.granted()) {
            throw Refusal.tooManyRequests("Too many requests of this kind (" + kind.configName() + "): "
                    + capacity(kind) + " at once, then " + perSecond(kind) + " a second. Try again after "
                    + decision.retryAfter().toSeconds() + " s.", decision.retryAfter());
        }
    }

    Decision decide(RateLimitClass kind, String caller) throws SQLException {
        int capacity = capacity(kind);
        double perSecond = perSecond(kind);
        String bucket = kind.configName() + ":" + caller;
        if (bucket.length() > 300) {
            bucket = bucket.substring(0, 300);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, bucket);
            take.setDouble(2, capacity);
            take.setDouble(3, capacity);
            take.setDouble(4, perSecond);
            try (ResultSet row = take.executeQuery()) {
                row.next();
                boolean granted = row.getBoolean(1);
                double tokens = row.getDouble(2);
                if (granted) {
                    return new Decision(true, Duration.ZERO);
                }
                long seconds = (long) Math.ceil((1 - tokens) / perSecond);
                return new Decision(false, Duration.ofSeconds(Math.max(1, seconds)));
            }
        }
    }

    /** How long a bucket must lie untouched before its row may go: long enough for any class to have refilled. */
    public Duration idleAfter() {
        Duration longest = rules.forgetIdleAfter();
        for (RateLimitClass kind : RateLimitClass.values()) {
            Duration refill = Duration.ofMillis((long) Math.ceil(capacity(kind) / perSecond(kind) * 1000));
            if (refill.compareTo(longest) > 0) {
                longest = refill;
            }
        }
        return longest;
    }
}
