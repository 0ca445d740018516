package io.markguard.platform.paging;

import io.markguard.platform.problem.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A list's filters as sent in its query: none when blank, otherwise a value allowed or a 400 naming the field. */
public final class Filters {

    private Filters() {
    }

    /** One of the names of {@code type}; null when none is sent. */
    public static <E extends Enum<E>> E constant(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** A UTC day as YYYY-MM-DD; null when none is sent. */
    public static LocalDate day(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "must be a day as YYYY-MM-DD");
        }
    }
}
