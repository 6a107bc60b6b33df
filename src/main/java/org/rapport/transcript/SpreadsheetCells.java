package org.rapport.transcript;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running CSV cells as formulas (CSV injection): a text cell that starts with {@code = + - @},
 * a tab or a carriage return is written with an apostrophe in front, which Excel, LibreOffice and Google Sheets take
 * as "text, not a formula". Numbers ({@code -2.5}) are left as they are. Rapport's readers take the apostrophe off
 * again, so an export reads back as it was; a cell that already starts with apostrophes before such a character gets
 * one more, so that taking one off is always right (docs/exports.md, "Formulas in CSV cells").
 */
public final class SpreadsheetCells {
    private static final Pattern TRIGGERED = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCells() {
    }

    /** The cell as it is written to a CSV or TSV file. */
    public static String guard(String cell) {
        if (cell.isEmpty() || !TRIGGERED.matcher(cell).matches() || NUMBER.matcher(cell).matches()) return cell;
        return "'" + cell;
    }

    /** The cell as it was before {@link #guard}. */
    public static String unguard(String cell) {
        return GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
