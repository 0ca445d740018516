package io.markguard.platform.csv;

import java.io.Closeable;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the suite writes CSV: commons-csv's printer with every cell passed through
 * {@link SpreadsheetCells#cell(Object)}, so no text a user typed reaches a spreadsheet as a formula.
 */
public final class SpreadsheetCsv implements Closeable {

    private final CSVPrinter printer;

    /** Prints to {@code out} in {@code format}, its header (the suite's own column names) first if it has one. */
    public SpreadsheetCsv(Appendable out, CSVFormat format) throws IOException {
        this.printer = new CSVPrinter(out, format);
    }

    public void printRecord(Object... cells) throws IOException {
        Object[] printed = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            printed[i] = SpreadsheetCells.cell(cells[i]);
        }
        printer.printRecord(printed);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
