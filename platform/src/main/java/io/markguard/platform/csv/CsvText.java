package io.markguard.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * CSV text as the suite reads it: UTF-8, with the byte-order mark (U+FEFF) that Excel's "CSV UTF-8" puts before the
 * header skipped, so that the first column's name is read without it.
 */
public final class CsvText {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private CsvText() {
    }

    /** The bytes read as UTF-8, without a leading byte-order mark. */
    public static Reader reader(InputStream utf8) throws IOException {
        return reader(new InputStreamReader(utf8, StandardCharsets.UTF_8));
    }

    /** The text without a leading byte-order mark; anything else is read as it is. */
    public static Reader reader(Reader text) throws IOException {
        PushbackReader reader = new PushbackReader(text, 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }
}
