package io.markguard.portal.web;

import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The next and previous links of a paged list. A page is named by the list's cursor ({@code cursor}, none for the
 * first page); the cursors of the pages before it travel in {@code back}, newest last, so Previous needs no
 * reversed query and a link keeps working when copied. {@code back} holds at most {@link #MAX_BACK} pages; beyond
 * that Previous gives way to First. Filters ride along on every link, and a page whose filters change starts again
 * at the first page.
 *
 * <p>Where a page shows several lists, each list's parameters carry a prefix ({@code rights.cursor}).
 */
public record Pager(String previous, String next, String first) {

    /** How many earlier pages a link remembers. */
    static final int MAX_BACK = 20;
    /** The first page in {@code back}; no cursor is this short. */
    private static final String FIRST = "0";
    private static final String SEPARATOR = ".";
    private static final java.util.regex.Pattern CURSOR = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,512}");

    public static final Pager NONE = new Pager(null, null, null);

    public boolean shown() {
        return previous != null || next != null || first != null;
    }

    /**
     * Where the next, the previous and the first page are, as the cursor and {@code back} each is read with: what a
     * link carries, or a form that pages through a list with everything typed into it ({@code previousCursor} null
     * with {@code hasPrevious} is the first page). {@code here} is the page's own place, for a form to stay on it.
     */
    public record Steps(String nextCursor, String nextBack, boolean hasPrevious, String previousCursor,
            String previousBack, boolean hasFirst, String hereCursor, String hereBack) {
    }

    static Steps steps(String cursor, String back, String nextCursor) {
        List<String> before = pages(back);
        String here = blank(cursor) || !CURSOR.matcher(cursor).matches() ? FIRST : cursor;
        String nextBack = null;
        if (nextCursor != null) {
            List<String> after = new ArrayList<>(before);
            after.add(here);
            while (after.size() > MAX_BACK) {
                after.remove(0);
            }
            nextBack = String.join(SEPARATOR, after);
        }
        if (!before.isEmpty()) {
            String last = before.get(before.size() - 1);
            return new Steps(nextCursor, nextBack, true, FIRST.equals(last) ? null : last,
                    String.join(SEPARATOR, before.subList(0, before.size() - 1)), false,
                    FIRST.equals(here) ? null : here, String.join(SEPARATOR, before));
        }
        return new Steps(nextCursor, nextBack, false, null, null, !FIRST.equals(here), FIRST.equals(here) ? null : here,
                "");
    }

    /**
     * The links of the page read with {@code cursor} (after the pages in {@code back}) whose list answered
     * {@code nextCursor}.
     */
    static Pager of(String path, String prefix, Map<String, String> filters, String cursor, String back, String nextCursor) {
        Steps steps = steps(cursor, back, nextCursor);
        String next = steps.nextCursor() == null ? null
                : link(path, prefix, filters, steps.nextCursor(), pages(steps.nextBack()));
        String previous = steps.hasPrevious()
                ? link(path, prefix, filters, steps.previousCursor(), pages(steps.previousBack())) : null;
        String first = steps.hasFirst() ? link(path, prefix, filters, null, List.of()) : null;
        return new Pager(previous, next, first);
    }

    static Pager of(String path, Map<String, String> filters, String cursor, String back, String nextCursor) {
        return of(path, "", filters, cursor, back, nextCursor);
    }

    private static List<String> pages(String back) {
        if (blank(back)) {
            return List.of();
        }
        // Only what a cursor can be (base64url) is carried on; anything else in a hand-made link is dropped.
        List<String> pages = Arrays.stream(back.split("\\.")).filter(p -> CURSOR.matcher(p).matches()).toList();
        return pages.size() > MAX_BACK ? pages.subList(pages.size() - MAX_BACK, pages.size()) : pages;
    }

    private static String link(String path, String prefix, Map<String, String> filters, String cursor, List<String> back) {
        UriBuilder uri = UriBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (!blank(value)) {
                uri.queryParam(name, value);
            }
        });
        if (cursor != null) {
            uri.queryParam(prefix + "cursor", cursor);
        }
        if (!back.isEmpty()) {
            uri.queryParam(prefix + "back", String.join(SEPARATOR, back));
        }
        return uri.build().toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
