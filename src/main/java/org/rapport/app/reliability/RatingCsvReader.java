package org.rapport.app.reliability;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.rapport.agreement.statistic.RatingTable;
import org.rapport.model.BadInputException;
import org.rapport.model.InputFile;

/**
 * Reads a rating file in either layout: long (the header {@code unit,rater,value}, one row per rating;
 * {@link LongRatingRows}) or wide (a header of rater names, one row per unit; {@link WideRatingRows}), told or
 * detected from the header. An empty cell, or R's {@code NA}, is a missing rating. Remembers on which line each value
 * first appeared, so later problems with a value (not a number, not on the scale) can name the line.
 */
public final class RatingCsvReader {
    /** The table and, for each value, the row (1 = header) where it first appeared. */
    public record RatingFile(Path path, RatingTable table, Map<String, Integer> firstRowOfValue) {
        public Integer rowOf(String value) {
            return firstRowOfValue.get(value);
        }
    }

    /** The largest table read: 512 MiB (a million units by four raters in the long layout is about 60 MiB). */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private RatingCsvReader() {
    }

    /** Reads a file in the layout its header shows. */
    public static RatingFile read(Path file) {
        return read(file, null);
    }

    /** Reads a file in the given layout, or (null) in the layout its header shows. */
    public static RatingFile read(Path file, RatingLayout layout) {
        String name = file.toString();
        InputFile.check(file, name, MAX_BYTES, "rating tables");
        try (CsvRecords records = CsvRecords.open(file)) {
            if (!records.next()) {
                throw new BadInputException(name, null, "the file is empty: expected a header unit,rater,value"
                        + " (long layout) or a header of rater names (wide layout)");
            }
            RatingLayout chosen = layout != null ? layout : detect(records, name);
            return chosen == RatingLayout.LONG ? LongRatingRows.read(records, file) : WideRatingRows.read(records, file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, null, "file not found");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(name, null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Long when the header starts with unit,rater,value; wide when it names raters. A header with a number in it is
     * more likely a first row of data than rater names, so it is refused rather than guessed at.
     */
    private static RatingLayout detect(CsvRecords header, String name) {
        if (header.size() >= 3 && isName(header, 0, "unit") && isName(header, 1, "rater") && isName(header, 2, "value")) {
            return RatingLayout.LONG;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!header.isEmpty(i) && isNumber(header.text(i))) {
                throw new BadInputException(name, header.line(), "the header must be unit,rater,value (long layout) or"
                        + " rater names (wide layout), found " + header.joined() + "; if these numbers are the raters'"
                        + " names, give --layout wide");
            }
        }
        return RatingLayout.WIDE;
    }

    static boolean isName(CsvRecords header, int cell, String name) {
        return LongRatingRows.headerName(header.text(cell)).equals(name);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** R's missing value, or nothing. */
    static boolean isMissing(CsvRecords r, int cell) {
        return r.isEmpty(cell) || r.is(cell, "NA");
    }

    /** For each value, the line it first appeared on. */
    static Map<String, Integer> firstLines(CellIndex values) {
        Map<String, Integer> lines = new HashMap<>();
        for (int id = 0; id < values.size(); id++) lines.put(values.text(id), values.firstLine(id));
        return Map.copyOf(lines);
    }
}
