package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.markguard.platform.csv.CsvText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The listings of a bulk upload, read row by row as they stream in: a CSV with a {@code listing} column (other columns
 * ignored, a UTF-8 byte-order mark skipped, commas or, as a spreadsheet set to a European locale saves it,
 * semicolons between fields), a JSON array of ids, URLs or objects with a {@code listing} field, or JSON Lines (one
 * such value a line). Each row reaches the sink with its problem, or none; a header or shape that is wrong refuses
 * the whole upload.
 */
final class ListingRows {

    static final String LISTING_COLUMN = "listing";
    static final int MAX_REF = 2048;
    // How far the header line is read ahead to tell its separator.
    private static final int HEADER_LOOKAHEAD = 8192;

    @FunctionalInterface
    interface Sink {
        void accept(String ref, String problem);
    }

    private ListingRows() {
    }

    static void csv(InputStream body, Sink sink) throws IOException {
        BufferedReader reader = new BufferedReader(CsvText.reader(body), HEADER_LOOKAHEAD);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(reader)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey(LISTING_COLUMN)) {
                throw Refusal.invalid("upload", "The CSV header must have a column named " + LISTING_COLUMN + ".");
            }
            for (CSVRecord record : parser) {
                String ref = record.isSet(LISTING_COLUMN) ? record.get(LISTING_COLUMN) : null;
                sink.accept(ref, problem(ref));
            }
        }
    }

    /**
     * The header line's field separator: a semicolon when the line has more semicolons than commas outside quotes
     * (how Excel saves CSV where the comma is the decimal sign), else a comma. The line is read ahead and left unread.
     */
    static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0, c; i < HEADER_LOOKAHEAD - 1 && (c = reader.read()) != -1 && (quoted || c != '\n' && c != '\r'); i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** JSON Lines: one listing id, URL or object with a "listing" field a line, read value by value. */
    static void jsonLines(InputStream body, Sink sink) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String ref = value(parser, token);
                sink.accept(ref, problem(ref));
            }
        }
    }

    /** A JSON array of listing ids or URLs, or of objects with a "listing" field, read token by token. */
    static void json(InputStream body, Sink sink) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw Refusal.invalid("upload", "The JSON upload must be an array of listings.");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw Refusal.invalid("upload", "The JSON array is not closed.");
                }
                String ref = value(parser, token);
                sink.accept(ref, problem(ref));
            }
        }
    }

    /** The listing a JSON value names: the value itself (an id or URL) or an object's "listing" field; else null. */
    private static String value(JsonParser parser, JsonToken token) throws IOException {
        String ref = null;
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
            ref = parser.getText();
        } else if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() != JsonToken.END_OBJECT) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (LISTING_COLUMN.equals(name) && value.isScalarValue()) {
                    ref = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } else {
            parser.skipChildren();
        }
        return ref;
    }

    /** Why a row names no listing, or null when it names one. */
    static String problem(String ref) {
        if (ref == null || ref.isBlank()) {
            return "must name a listing id or URL";
        }
        if (ref.length() > MAX_REF) {
            return "is longer than " + MAX_REF + " characters";
        }
        return null;
    }
}
