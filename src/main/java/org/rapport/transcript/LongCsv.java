package org.rapport.transcript;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.rapport.model.BadInputException;

/**
 * The shared machinery of the long (one row per observation) CSV files R and SPSS read directly: UTF-8 without BOM,
 * comma-separated, RFC 4180 quoting, a header row, empty fields for missing values (R reads them as NA).
 */
public final class LongCsv {
    private LongCsv() {
    }

    /** A row's columns by name, for converting it to a record. */
    public interface Fields {
        String get(String column);

        int line();
    }

    /**
     * Reads every row and converts it; any bad row is an error naming its line, and nothing is returned. Every bad
     * row of the file is listed at once.
     *
     * @param aliases  accepted header names per column
     * @param required columns that must be present
     */
    public static <T> List<T> read(Path file, Map<String, List<String>> aliases, List<String> required,
                            Function<Fields, T> convert) throws IOException {
        SourceText source = SourceText.read(file);
        List<CsvTable.Row> rows = CsvTable.parse(source, ',');
        CsvColumns columns = CsvColumns.of(source, rows.get(0), aliases, required);
        List<T> result = new ArrayList<>(rows.size() - 1);
        Problems problems = new Problems(source.name());
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            Fields fields = new Fields() {
                @Override
                public String get(String column) {
                    return columns.get(row, column);
                }

                @Override
                public int line() {
                    return row.line();
                }
            };
            String tooWide = columns.widthProblem(row);
            if (tooWide != null) {
                problems.add(row.line(), tooWide);
                continue;
            }
            try {
                result.add(convert.apply(fields));
            } catch (BadInputException e) {
                problems.add(e);
            } catch (IllegalArgumentException e) {
                problems.add(row.line(), e.getMessage());
            }
        }
        problems.throwIfAny();
        return result;
    }

    /** Writes a header and rows (to a file atomically), text cells guarded against spreadsheet formulas. */
    public static void write(Output out, List<String> header, List<? extends List<?>> rows) throws IOException {
        out.write(stream -> CsvTable.print(stream, ',', header, rows));
    }

    public static long parseLong(String text, String column) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number");
        }
    }

    public static int parseInt(String text, String column) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number");
        }
    }

    /** A number, or null for an empty field. */
    public static Double parseOptionalDouble(String text, String column) {
        if (text.isEmpty() || text.equalsIgnoreCase("NA")) return null;
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a number");
        }
    }

    /** A number without exponent or needless zeros ("2", "2.5"); empty for null. */
    public static String formatNumber(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
