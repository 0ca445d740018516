package io.markguard.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the list's order, and the cursor of the next page ({@code null} on the last). A page
 * promises a next cursor only when a further row existed when it was read, so a client that follows it never
 * gets an empty page unless those rows went away in between.
 */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * The page of {@code limit} rows out of {@code rows}, which were read with {@code limit + 1} as their maximum:
     * the extra row only tells that there is more.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> view, Function<R, String> cursorAfter) {
        List<R> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? cursorAfter.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    public <U> Page<U> map(Function<T, U> view) {
        return new Page<>(items.stream().map(view).toList(), nextCursor);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null);
    }
}
