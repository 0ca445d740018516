package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.markguard.platform.csv.CsvText;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The listings of a bulk upload, read row by row as they stream in: a CSV with a {@code listing} column (other columns
 * ignored, a UTF-8 byte-order mark skipped), or a JSON array of ids, URLs or objects with a {@code listing} field.
 * Each row reaches the sink with its problem, or none; a header or shape that is wrong refuses the whole upload.
 */
final class ListingRows {

    static final String LISTING_COLUMN = "listing";
    static final int MAX_REF = 2048;

    @FunctionalInterface
    interface Sink {
        void accept(String ref, String problem);
    }

    private ListingRows() {
    }

    static void csv(InputStream body, Sink sink) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(CsvText.reader(body)).setFormat(format).get()) {
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
                sink.accept(ref, problem(ref));
            }
        }
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
