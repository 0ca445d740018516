package io.markguard.complaint.service;

import io.markguard.platform.problem.Refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a bulk upload's body becomes rows, without a database: header names, per-row problems, shapes refused. */
class ListingRowsTest {

    private record Row(String ref, String problem) {
    }

    @Test
    void aCsvRowPerLineUnderTheListingColumnOtherColumnsIgnoredCellsTrimmedEmptyLinesSkipped() throws IOException {
        List<Row> rows = csv("note,listing\nby URL, https://shop.test/c/1 \n\nby id,42\nquoted,\"https://shop.test/c/2?a=1,b\"\n");
        assertEquals(List.of(new Row("https://shop.test/c/1", null), new Row("42", null),
                new Row("https://shop.test/c/2?a=1,b", null)), rows);
    }

    @Test
    void aCsvFromExcelWithAByteOrderMarkHasItsListingColumn() throws IOException {
        byte[] csv = "\uFEFFlisting,note\n42,first\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new Row("42", null)), read(csv, ListingRows::csv));
    }

    @Test
    void aBlankOrOverlongCellIsRefusedForItsRowAlone() throws IOException {
        String tooLong = "https://shop.test/c/" + "x".repeat(ListingRows.MAX_REF);
        List<Row> rows = csv("listing,note\n,blank\n42,fine\n" + tooLong + ",long\n");
        assertEquals(3, rows.size());
        assertEquals("must name a listing id or URL", rows.get(0).problem());
        assertEquals(new Row("42", null), rows.get(1));
        assertEquals("is longer than 2048 characters", rows.get(2).problem());
    }

    @Test
    void aRowShortOfTheListingColumnNamesNoListing() throws IOException {
        assertEquals(List.of(new Row(null, "must name a listing id or URL")), csv("note,listing\nonly a note\n"));
    }

    @Test
    void aCsvWithoutAListingColumnIsRefusedAsAWhole() {
        for (String body : List.of("url,note\nhttps://shop.test/c/1,x\n", "Listing\n42\n", "")) {
            Refusal refusal = assertThrows(Refusal.class, () -> csv(body), body);
            assertEquals("upload", refusal.field());
            assertEquals(400, refusal.status());
            assertTrue(refusal.getMessage().contains("column named listing"), refusal.getMessage());
        }
    }

    @Test
    void aCsvWithAnUnclosedQuoteCannotBeRead() {
        assertThrows(UncheckedIOException.class, () -> csv("listing\n\"https://shop.test/c/1\n"));
    }

    @Test
    void aJsonArrayOfIdsUrlsAndObjectsWithAListingField() throws IOException {
        List<Row> rows = json("[42, \"https://shop.test/c/1\", {\"listing\": \"43\", \"note\": {\"x\": [1]}}, {\"note\": \"none\"}, [1]]");
        assertEquals(List.of(new Row("42", null), new Row("https://shop.test/c/1", null), new Row("43", null),
                new Row(null, "must name a listing id or URL"), new Row(null, "must name a listing id or URL")), rows);
    }

    @Test
    void jsonThatIsNoArrayOrIsNotClosedIsRefusedAsAWhole() {
        assertEquals("upload", assertThrows(Refusal.class, () -> json("{\"listing\": 42}")).field());
        assertThrows(IOException.class, () -> json("[42, 43"));
    }

    @Test
    void aCsvSavedWithSemicolonsAsAEuropeanSpreadsheetDoesIsReadByItsHeader() throws IOException {
        // A price with a decimal comma and a quoted URL with a semicolon stay whole.
        byte[] csv = "\uFEFFnote;listing;price\nby URL;\"https://shop.test/c/1?a=1;b=2\";19,90\nby id;42;5,00\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new Row("https://shop.test/c/1?a=1;b=2", null), new Row("42", null)), read(csv, ListingRows::csv));
        // A comma header with a semicolon inside quotes is still a comma file.
        assertEquals(List.of(new Row("7", null)), csv("listing,\"note; more\"\n7,x\n"));
    }

    @Test
    void jsonLinesHoldOneListingALine() throws IOException {
        List<Row> rows = read("42\n\"https://shop.test/c/1\"\n\n{\"listing\": \"43\", \"note\": [1]}\n{\"note\": \"none\"}\n"
                .getBytes(StandardCharsets.UTF_8), ListingRows::jsonLines);
        assertEquals(List.of(new Row("42", null), new Row("https://shop.test/c/1", null), new Row("43", null),
                new Row(null, "must name a listing id or URL")), rows);
        assertThrows(IOException.class, () -> read("42\n{\"listing\": \"43\"\n".getBytes(StandardCharsets.UTF_8),
                ListingRows::jsonLines));
    }

    @Test
    void aRowCarriesItsOwnGroundsInCsvAndJsonAndEmptyCellsOverrideNothing() throws IOException {
        String csv = "listing;rightId;infringementType;explanation;evidenceUrls;testPurchaseOrders;note\n"
                + "42;12;DESIGN;\"The handle copies the registered design, see photos.\";https://e.test/1 https://e.test/2;TP-1|TP-2;x\n"
                + "43;;;;;;\n";
        List<ListingRows.Row> rows = new ArrayList<>();
        ListingRows.csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), rows::add);
        assertEquals(Map.of("rightId", "12", "infringementType", "DESIGN", "explanation",
                "The handle copies the registered design, see photos.", "evidenceUrls", "https://e.test/1 https://e.test/2",
                "testPurchaseOrders", "TP-1|TP-2"), rows.get(0).overrides());
        assertEquals(Map.of(), rows.get(1).overrides());

        String json = "[{\"listing\": 44, \"rightId\": 12, \"evidenceUrls\": [\"https://e.test/3\", \"https://e.test/4\"],"
                + " \"testPurchaseOrders\": \"TP-3\", \"other\": {\"rightId\": 99}}, 45]";
        rows.clear();
        ListingRows.json(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), rows::add);
        assertEquals("44", rows.get(0).ref());
        assertEquals(Map.of("rightId", "12", "evidenceUrls", "https://e.test/3|https://e.test/4", "testPurchaseOrders", "TP-3"),
                rows.get(0).overrides());
        assertEquals(Map.of(), rows.get(1).overrides());
    }

    private interface Reading {
        void read(InputStream body, ListingRows.Sink sink) throws IOException;
    }

    private static List<Row> csv(String body) throws IOException {
        return read(body.getBytes(StandardCharsets.UTF_8), ListingRows::csv);
    }

    private static List<Row> json(String body) throws IOException {
        return read(body.getBytes(StandardCharsets.UTF_8), ListingRows::json);
    }

    private static List<Row> read(byte[] body, Reading reading) throws IOException {
        List<Row> rows = new ArrayList<>();
        reading.read(new ByteArrayInputStream(body), row -> rows.add(new Row(row.ref(), row.problem())));
        return rows;
    }
}
