package org.rapport.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The rows of a comma- or tab-separated file (RFC 4180 quoting), each with the line it starts on. */
final class CsvTable {
    /** One record and the file line it starts on (from 1). */
    record Row(int line, List<String> values) {
        String get(int column) {
            return column < values.size() ? values.get(column).trim() : "";
        }

        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }
    }

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private CsvTable() {
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setRecordSeparator("\n").get();
    }

    /**
     * Prints a header and rows with RFC 4180 quoting, UTF-8, LF line ends; every cell is guarded against spreadsheet
     * formulas ({@link SpreadsheetCells}). The one CSV and TSV writer of Rapport.
     */
    static void print(OutputStream out, char delimiter, List<String> header, Iterable<? extends List<?>> rows)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format(delimiter));
        printer.printRecord(header.stream().map(SpreadsheetCells::guard));
        for (List<?> row : rows) {
            printer.printRecord(row.stream().map(CsvTable::cell));
        }
        printer.flush();
    }

    /** A cell as written: text guarded, a fraction without exponent or needless zeros, other numbers as they are. */
    private static Object cell(Object value) {
        if (value instanceof String s) return SpreadsheetCells.guard(s);
        if (value instanceof Double d) return LongCsv.formatNumber(d);
        return value;
    }

    /** All non-blank rows, the header included; a cell guarded by {@link #print} reads as it was. */
    static List<Row> parse(SourceText source, char delimiter) {
        String text = source.text();
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format(delimiter))) {
            try {
                for (CSVRecord record : parser) {
                    Row row = new Row(lineAt(lineStarts, record.getCharacterPosition()),
                            record.stream().map(SpreadsheetCells::unguard).toList());
                    if (!row.isBlank()) rows.add(row);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw source.error(errorLine(e, parser), "malformed "
                        + (delimiter == '\t' ? "TSV" : "CSV") + ": " + cause(e) + " (an unclosed quote or a truncated file?)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) throw source.error(null, "file is empty");
        return rows;
    }

    /** The line a broken record starts on (commons-csv names it as "startline N"), else the line reached. */
    private static int errorLine(RuntimeException e, CSVParser parser) {
        Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()) + " " + cause(e));
        return m.find() ? Integer.parseInt(m.group(1)) : (int) parser.getCurrentLineNumber() + 1;
    }

    private static String cause(RuntimeException e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.replaceFirst("^IOException reading next record: ", "").replaceFirst("^java.io.IOException: ", "")
                .replaceFirst("^\\(startline \\d+\\) ", "");
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineAt(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
