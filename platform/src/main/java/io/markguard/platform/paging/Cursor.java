package io.markguard.platform.paging;

import io.markguard.platform.problem.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where a keyset page ends: the sort key of its last row, named for the list it belongs to. Clients see it as an
 * opaque base64url string and send it back as {@code cursor}; a cursor of another list, or one this service did
 * not write, is refused as a bad {@code cursor} field.
 *
 * <p>Values are written as text: an {@link Instant} in ISO-8601 (nanosecond precision), numbers in decimal,
 * {@link UUID}s and dates in their standard form. The separator is a unit separator (U+001F), which no value
 * written here contains.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';
    private static final String VERSION = "k1";

    private final String field;
    private final List<String> values;

    private Cursor(String field, List<String> values) {
        this.field = field;
        this.values = values;
    }

    /** The cursor after a row of {@code list} whose sort key is {@code key}, already encoded. */
    public static String after(String list, Object... key) {
        StringBuilder text = new StringBuilder(VERSION).append(SEPARATOR).append(list);
        for (Object value : key) {
            if (value == null) {
                throw new IllegalArgumentException("a sort key value of " + list + " is null");
            }
            String written = value instanceof Enum<?> e ? e.name() : value.toString();
            if (written.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a sort key value of " + list + " holds the separator");
            }
            text.append(SEPARATOR).append(written);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor a client sent back for {@code list}, whose key has {@code arity} values; null when none was
     * sent (the first page).
     */
    public static Cursor read(String field, String cursor, String list, int arity) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            List<String> parts = split(text);
            if (parts.size() == arity + 2 && VERSION.equals(parts.get(0)) && list.equals(parts.get(1))) {
                return new Cursor(field, List.copyOf(parts.subList(2, parts.size())));
            }
        } catch (IllegalArgumentException unreadable) {
            // Answered below, as for any cursor this list did not write.
        }
        throw refused(field);
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(values.get(index));
        } catch (RuntimeException e) {
            throw refused(field);
        }
    }

    public LocalDate date(int index) {
        try {
            return LocalDate.parse(values.get(index));
        } catch (RuntimeException e) {
            throw refused(field);
        }
    }

    public long number(int index) {
        try {
            return Long.parseLong(values.get(index));
        } catch (RuntimeException e) {
            throw refused(field);
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(values.get(index));
        } catch (RuntimeException e) {
            throw refused(field);
        }
    }

    public String text(int index) {
        return values.get(index);
    }

    public <E extends Enum<E>> E constant(Class<E> type, int index) {
        try {
            return Enum.valueOf(type, values.get(index));
        } catch (RuntimeException e) {
            throw refused(field);
        }
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == SEPARATOR) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private static Refusal refused(String field) {
        return Refusal.invalid(field, "is not a cursor of this list; send the nextCursor of the page before, or none for the first page");
    }
}
