package io.markguard.complaint.rest;

import io.markguard.complaint.InfringementType;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.service.ComplaintLists;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The filters lists take as query parameters; a value that is none of the allowed ones is 400 naming it. */
final class ListFilters {

    private ListFilters() {
    }

    /** The page size asked for: {@code limit} as a whole number (its range is the list's, {@code PageSize}). */
    static int pageSize(String value, int defaultSize, int max) {
        if (value == null || value.isBlank()) {
            return PageSize.of(null, defaultSize, max);
        }
        try {
            return PageSize.of(Integer.valueOf(value.strip()), defaultSize, max);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("limit", "must be 1 to " + max);
        }
    }

    static ItemStatus status(String value) {
        return constant("status", value, ItemStatus.class);
    }

    static InfringementType infringementType(String value) {
        return constant("infringementType", value, InfringementType.class);
    }

    /** {@code from} and {@code to} as YYYY-MM-DD, UTC days, both included. */
    static ComplaintLists.Days days(String from, String to) {
        return new ComplaintLists.Days(day("from", from), day("to", to));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "must be a day as YYYY-MM-DD");
        }
    }

    private static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }
}
