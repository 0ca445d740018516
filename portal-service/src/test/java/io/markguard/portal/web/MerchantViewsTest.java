package io.markguard.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Countdowns are counted from merchant-service's asOf, never from the portal's or the browser's clock. */
class MerchantViewsTest {

    private static final Instant AS_OF = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void wholeDaysAreCountedDown() {
        assertEquals(new MerchantViews.Countdown("DAYS", 12),
                MerchantViews.Countdown.of(AS_OF, AS_OF.plus(Duration.ofDays(12)).plusSeconds(3_600)));
        assertEquals(new MerchantViews.Countdown("DAY", 1), MerchantViews.Countdown.of(AS_OF, AS_OF.plus(Duration.ofHours(30))));
    }

    @Test
    void theLastDayIsCountedInHours() {
        assertEquals(new MerchantViews.Countdown("HOURS", 5), MerchantViews.Countdown.of(AS_OF, AS_OF.plus(Duration.ofMinutes(330))));
        assertEquals(new MerchantViews.Countdown("HOUR", 1), MerchantViews.Countdown.of(AS_OF, AS_OF.plusSeconds(90)));
    }

    @Test
    void aMomentAtOrBeforeAsOfHasPassed() {
        assertTrue(MerchantViews.Countdown.of(AS_OF, AS_OF).past());
        assertTrue(MerchantViews.Countdown.of(AS_OF, AS_OF.minusSeconds(1)).past());
        assertEquals("NONE", MerchantViews.Countdown.of(AS_OF, null).kind());
    }
}
