package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.markguard.platform.csv.CsvText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The listings of a bulk upload, read row by row as they stream in: a CSV with a {@code listing} column (a UTF-8
 * byte-order mark skipped, commas or, as a spreadsheet set to a European locale saves it, semicolons between
 * fields), a JSON array of ids, URLs or objects with a {@code listing} field, or JSON Lines (one such value a line).
 * A row may also carry its own grounds, overriding the upload's: the columns or fields {@code rightId},
 * {@code infringementType}, {@code explanation}, {@code evidenceUrls} and {@code testPurchaseOrders} (in CSV links
 * separated by spaces or {@code |} and order numbers by {@code |}; in JSON arrays or such strings); other columns are
 * ignored. Each row reaches
 * the sink with its problem, or none; a header or shape that is wrong refuses the whole upload.
 */
final class ListingRows {

    static final String LISTING_COLUMN = "listing";
    static final int MAX_REF = 2048;
    // How far the header line is read ahead to tell its separator.
    private static final int HEADER_LOOKAHEAD = 8192;

    /** The columns (and JSON fields) a row may override the upload's grounds with. */
    static final List<String> OVERRIDES = List.of("rightId", "infringementType", "explanation", "evidenceUrls",
            "testPurchaseOrders");

    /** A row as read: the listing it names, why it names none (or null), and the overrides it carries, as written. */
    record Row(String ref, String problem, Map<String, String> overrides) {
    }

    @FunctionalInterface
    interface Sink {
        void accept(Row row);
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
            List<String> overridden = OVERRIDES.stream().filter(header::containsKey).toList();
            for (CSVRecord record : parser) {
                String ref = record.isSet(LISTING_COLUMN) ? record.get(LISTING_COLUMN) : null;
                Map<String, String> overrides = new HashMap<>();
                for (String column : overridden) {
                    if (record.isSet(column) && !record.get(column).isBlank()) {
                        overrides.put(column, record.get(column));
                    }
                }
                sink.accept(new Row(ref, problem(ref), overrides));
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
                sink.accept(value(parser, token));
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
                sink.accept(value(parser, token));
            }
        }
    }

    /**
     * The row a JSON value is: the value itself (an id or URL), or an object's "listing" field with its overrides
     * (a list field as an array of strings or one string); anything else names no listing.
     */
    private static Row value(JsonParser parser, JsonToken token) throws IOException {
        String ref = null;
        Map<String, String> overrides = new HashMap<>();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
            ref = parser.getText();
        } else if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() != JsonToken.END_OBJECT) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (LISTING_COLUMN.equals(name) && value.isScalarValue()) {
                    ref = parser.getText();
                } else if (OVERRIDES.contains(name) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    overrides.put(name, parser.getText());
                } else if (OVERRIDES.contains(name) && value == JsonToken.START_ARRAY) {
                    List<String> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (parser.currentToken().isScalarValue()) {
                            items.add(parser.getText());
                        } else {
                            parser.skipChildren();
                        }
                    }
                    overrides.put(name, String.join("|", items));
                } else {
                    parser.skipChildren();
                }
            }
        } else {
            parser.skipChildren();
        }
        return new Row(ref, problem(ref), overrides);
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
