package io.markguard.complaint.rest;

import io.markguard.complaint.InfringementType;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.service.ComplaintLists;
import io.markguard.platform.paging.Filters;
import io.markguard.platform.paging.PageSize;

/** The filters complaint-service's lists take as query parameters; a value not allowed is 400 naming it. */
final class ListFilters {

    private ListFilters() {
    }

    /** The page size asked for: {@code limit} as a whole number (its range is the list's, {@code PageSize}). */
    static int pageSize(String value, int defaultSize, int max) {
        return PageSize.parse(value, defaultSize, max);
    }

    static ItemStatus status(String value) {
        return Filters.constant("status", value, ItemStatus.class);
    }

    static InfringementType infringementType(String value) {
        return Filters.constant("infringementType", value, InfringementType.class);
    }

    /** A positive id, or null when not sent. */
    static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw io.markguard.platform.problem.Refusal.invalid(field, "must be a positive whole number");
    }

    /** {@code from} and {@code to} as YYYY-MM-DD, UTC days, both included. */
    static ComplaintLists.Days days(String from, String to) {
        return new ComplaintLists.Days(Filters.day("from", from), Filters.day("to", to));
    }
}
