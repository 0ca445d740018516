package io.markguard.platform.paging;

import io.markguard.platform.problem.Refusal;

/** The {@code limit} of a list request: a default when none is sent, refused outside 1 to the list's maximum. */
public final class PageSize {

    private PageSize() {
    }

    public static int of(Integer requested, int defaultSize, int max) {
        if (requested == null) {
            return Math.min(defaultSize, max);
        }
        if (requested < 1 || requested > max) {
            throw Refusal.invalid("limit", "must be 1 to " + max);
        }
        return requested;
    }

    /**
     * {@code limit} as sent, read by the service rather than converted by the framework, so that a value that is not
     * a whole number is a 400 naming {@code limit} like any other bad input.
     */
    public static int parse(String raw, int defaultSize, int max) {
        if (raw == null || raw.isBlank()) {
            return of(null, defaultSize, max);
        }
        try {
            return of(Integer.valueOf(raw.strip()), defaultSize, max);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("limit", "must be 1 to " + max);
        }
    }

    /** What a query reads: one row more than the page shows, to tell whether a next page exists. */
    public static int fetch(int limit) {
        return limit + 1;
    }
}
