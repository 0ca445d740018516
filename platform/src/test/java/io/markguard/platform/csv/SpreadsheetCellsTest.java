package io.markguard.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaGetsALeadingQuote() {
        assertEquals("'=HYPERLINK(\"https://evil.test\",\"open\")", SpreadsheetCells.neutralise("=HYPERLINK(\"https://evil.test\",\"open\")"));
        assertEquals("'+1+1", SpreadsheetCells.neutralise("+1+1"));
        assertEquals("'-2+3", SpreadsheetCells.neutralise("-2+3"));
        assertEquals("'@SUM(A1:A9)", SpreadsheetCells.neutralise("@SUM(A1:A9)"));
        assertEquals("'\t=1", SpreadsheetCells.neutralise("\t=1"));
        assertEquals("'\r=1", SpreadsheetCells.neutralise("\r=1"));
    }

    @Test
    void everyOtherCellIsLeftAsItIs() {
        for (String cell : List.of("https://shop.test/c/1", "No listing =1 on the marketplace.", " =1", "a=b", "42",
                "'already quoted", "FAST_TRACK", "2021-03-01T00:00:00Z", "名牌")) {
            assertEquals(cell, SpreadsheetCells.neutralise(cell));
        }
        assertEquals("", SpreadsheetCells.neutralise(""));
        assertNull(SpreadsheetCells.neutralise(null));
    }

    @Test
    void numbersStayNumbersEvenWhenNegativeAndDecimalsHaveNoExponent() {
        assertEquals(-3L, SpreadsheetCells.cell(-3L));
        assertEquals(7, SpreadsheetCells.cell(7));
        assertEquals("-0.5", SpreadsheetCells.cell(new BigDecimal("-0.5")));
        assertEquals("0.0000001", SpreadsheetCells.cell(new BigDecimal("1E-7")));
        assertEquals("'-0.5", SpreadsheetCells.cell("-0.5"), "text that looks like a number is still text");
        assertNull(SpreadsheetCells.cell(null));
    }

    @Test
    void thePrinterNeutralisesTextAndLeavesNumbersAndItsHeaderAlone() throws IOException {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, CSVFormat.RFC4180.builder().setHeader("row", "listing", "share").get())) {
            csv.printRecord(2, "=HYPERLINK(\"https://evil.test\",\"open\")", new BigDecimal("-1.25"));
            csv.printRecord(3, "@SUM(A1:A9)", null);
            csv.printRecord(4, "https://shop.test/c/1", BigDecimal.ONE);
        }
        assertEquals("row,listing,share\r\n"
                + "2,\"'=HYPERLINK(\"\"https://evil.test\"\",\"\"open\"\")\",-1.25\r\n"
                + "3,'@SUM(A1:A9),\r\n"
                + "4,https://shop.test/c/1,1\r\n", out.toString());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals("'=HYPERLINK(\"https://evil.test\",\"open\")", rows.get(0).get("listing"));
        assertEquals("-1.25", rows.get(0).get("share"));
    }
}
