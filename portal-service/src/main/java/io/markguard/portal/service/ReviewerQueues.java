package io.markguard.portal.service;

import io.markguard.platform.metrics.DeadlineBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reviewers' queues as every page's navigation shows them, by queue name. The services read them on their metrics
 * schedule; this replica asks them again at most every {@link #FRESH} (every reviewer sees the same queues), so a
 * page view adds no call most of the time, and one that does waits at most the calls' short timeouts.
 */
@ApplicationScoped
public class ReviewerQueues {

    static final Duration FRESH = Duration.ofSeconds(10);

    private record Taken(Instant at, Map<String, DeadlineBacklog.Reading> queues) {
    }

    private final AtomicReference<Taken> last = new AtomicReference<>();

    @Inject
    SuiteStatus suite;

    @Inject
    Clock clock;

    /** Each queue's latest reading, asked with the signed-in reviewer's token when the last answer is too old. */
    public Map<String, DeadlineBacklog.Reading> byName() {
        Instant now = clock.instant();
        Taken taken = last.get();
        if (taken == null || taken.at().plus(FRESH).isBefore(now)) {
            List<DeadlineBacklog.Reading> read = suite.queues();
            taken = new Taken(now, read.stream().collect(
                    Collectors.toUnmodifiableMap(DeadlineBacklog.Reading::queue, Function.identity(), (a, b) -> a)));
            last.set(taken);
        }
        return taken.queues();
    }
}
