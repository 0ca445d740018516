package io.markguard.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} + {1} working days")
    @CsvSource({
            "2026-11-23T10:00:00Z, 1, 2026-11-24T10:00:00Z", // Monday to Tuesday
            "2026-11-27T15:30:00Z, 1, 2026-11-30T15:30:00Z", // Friday to Monday
            "2026-11-28T09:00:00Z, 1, 2026-11-30T09:00:00Z", // Saturday to Monday
            "2026-11-29T09:00:00Z, 1, 2026-11-30T09:00:00Z", // Sunday to Monday
            "2026-11-26T12:00:00Z, 3, 2026-12-01T12:00:00Z" }) // Thursday + 3 to Tuesday
    void deadlinesSkipWeekends(String from, int days, String expected) {
        assertEquals(Instant.parse(expected), WorkingDays.after(Instant.parse(from), days, ZoneOffset.UTC));
    }
}
