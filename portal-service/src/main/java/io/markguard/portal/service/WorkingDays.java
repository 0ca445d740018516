package io.markguard.portal.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Review deadlines count working days: Saturdays and Sundays do not count. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static Instant after(Instant from, int workingDays, ZoneId zone) {
        ZonedDateTime at = from.atZone(zone);
        int counted = 0;
        while (counted < workingDays) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return at.toInstant();
    }
}
