package io.markguard.merchant.rest;

import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The query parameters of a list as sent: read here rather than converted by the framework, so a value that is
 * not a number or not one of a filter's names is a 400 naming its field like any other bad input.
 */
final class ListParameters {

    private ListParameters() {
    }

    /** {@code limit}: {@code defaultSize} when none is sent, refused unless a whole number from 1 to {@code max}. */
    static int limit(String raw, int defaultSize, int max) {
        if (raw == null || raw.isBlank()) {
            return PageSize.of(null, defaultSize, max);
        }
        try {
            return PageSize.of(Integer.valueOf(raw.strip()), defaultSize, max);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("limit", "must be 1 to " + max);
        }
    }

    /** A filter by one of {@code names}; empty when none is sent. */
    static <E extends Enum<E>> Optional<E> constant(String field, String raw, E[] names) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(names).filter(c -> c.name().equals(raw.strip())).findFirst()
                .orElseThrow(() -> Refusal.invalid(field, "must be one of "
                        + String.join(", ", Arrays.stream(names).map(Enum::name).toList()))));
    }
}
