package io.markguard.merchant.rest;

import io.markguard.platform.paging.Filters;
import io.markguard.platform.paging.PageSize;
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
        return PageSize.parse(raw, defaultSize, max);
    }

    /** A filter by one of the names of {@code type}; empty when none is sent. */
    static <E extends Enum<E>> Optional<E> constant(String field, String raw, Class<E> type) {
        return Optional.ofNullable(Filters.constant(field, raw, type));
    }
}
