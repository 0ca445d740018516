package io.markguard.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    /** What Excel's "CSV UTF-8" writes before the first header name. */
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @Test
    void theFirstHeaderNameIsReadWithoutTheByteOrderMark() throws IOException {
        byte[] bytes = concat(BOM, "listing,note\nhttps://shop.test/c/1,première\n".getBytes(StandardCharsets.UTF_8));
        try (CSVParser parser = headed(CsvText.reader(new ByteArrayInputStream(bytes)))) {
            assertEquals(List.of("listing", "note"), parser.getHeaderNames());
            var row = parser.getRecords().get(0);
            assertEquals("https://shop.test/c/1", row.get("listing"));
            assertEquals("première", row.get("note"));
        }
    }

    @Test
    void textWithoutAByteOrderMarkIsReadAsItIs() throws IOException {
        try (CSVParser parser = headed(CsvText.reader(new ByteArrayInputStream("listing\n1\n".getBytes(StandardCharsets.UTF_8))))) {
            assertEquals(List.of("listing"), parser.getHeaderNames());
            assertEquals("1", parser.getRecords().get(0).get("listing"));
        }
        assertEquals("", read(CsvText.reader(new StringReader(""))));
        assertEquals("x", read(CsvText.reader(new StringReader("x"))));
    }

    @Test
    void onlyOneLeadingMarkIsSkippedAndNoneElsewhere() throws IOException {
        assertEquals("listing\n1", read(CsvText.reader(new StringReader("\uFEFFlisting\n1"))));
        assertEquals("\uFEFFlisting", read(CsvText.reader(new StringReader("\uFEFF\uFEFFlisting"))));
        assertEquals("a\uFEFFb", read(CsvText.reader(new StringReader("a\uFEFFb"))));
    }

    private static CSVParser headed(Reader reader) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }

    private static String read(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1) {
            text.append((char) c);
        }
        return text.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
