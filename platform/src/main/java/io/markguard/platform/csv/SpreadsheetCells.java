package io.markguard.platform.csv;

import java.math.BigDecimal;

/**
 * What a cell of a CSV the suite writes holds, so that a spreadsheet opening the file shows text as text: a text
 * cell a spreadsheet would run as a formula (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) gets a leading {@code '}, as OWASP's guidance on CSV injection says; numbers stay numbers.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The text with a leading {@code '} when a spreadsheet would read it as a formula, otherwise as it is. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /**
     * A value as the cell to print: a number as a number (a decimal without an exponent), anything else as its text,
     * neutralised; {@code null} stays empty.
     */
    public static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value;
        }
        return neutralise(value.toString());
    }
}
