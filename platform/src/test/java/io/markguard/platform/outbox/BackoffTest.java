package io.markguard.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void eachFailureDoublesTheWait() {
        assertEquals(Duration.ofSeconds(2), backoff.after(1));
        assertEquals(Duration.ofSeconds(4), backoff.after(2));
        assertEquals(Duration.ofSeconds(8), backoff.after(3));
        assertEquals(Duration.ofSeconds(256), backoff.after(8));
    }

    @Test
    void theWaitNeverPassesTheCeilingHoweverManyFailures() {
        assertEquals(Duration.ofMinutes(5), backoff.after(9));
        assertEquals(Duration.ofMinutes(5), backoff.after(60));
        assertEquals(Duration.ofMinutes(5), backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void noFailureMeansNoWait() {
        assertEquals(Duration.ZERO, backoff.after(0));
    }
}
