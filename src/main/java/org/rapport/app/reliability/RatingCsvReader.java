package org.rapport.app.reliability;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.model.BadInputException;
import org.rapport.model.InputFile;

/**
 * Reads ratings in long form: a CSV with the header {@code unit,rater,value} and one row per rating. An empty value,
 * {@code NA} (R's missing value) or an absent row is a missing rating. Remembers on which row each value first appeared, so later problems with a
 * value (not a number, not on the scale) can name the row.
 */
public final class RatingCsvReader {
    private static final List<String> HEADER = List.of("unit", "rater", "value");
    private static final String MISSING = "NA";

    /** The table and, for each value, the row (1 = header) where it first appeared. */
    public record RatingFile(Path path, RatingTable table, Map<String, Integer> firstRowOfValue) {
        public Integer rowOf(String value) {
            return firstRowOfValue.get(value);
        }
    }

    /** The largest table read: 50 MiB, a million ratings and more. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private RatingCsvReader() {
    }

    public static RatingFile read(Path file) {
        String name = file.toString();
        InputFile.check(file, name, MAX_BYTES, "rating tables");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(in)) {
            RatingTable.Builder builder = RatingTable.builder();
            Map<String, Integer> firstRow = new HashMap<>();
            Map<String, Long> ratedAt = new HashMap<>();
            boolean header = true;
            for (CSVRecord rec : parser) {
                long row = parser.getCurrentLineNumber();
                if (header) {
                    checkHeader(name, rec, (int) row);
                    header = false;
                    continue;
                }
                if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                if (rec.size() != 3) {
                    throw new BadInputException(name, (int) row, "expected 3 columns (unit,rater,value), found " + rec.size());
                }
                String unit = rec.get(0).trim();
                String rater = rec.get(1).trim();
                String value = missingAsEmpty(rec.get(2).trim());
                if (unit.isEmpty()) throw new BadInputException(name, (int) row, "the unit is empty");
                if (rater.isEmpty()) throw new BadInputException(name, (int) row, "the rater is empty");
                Long earlier = ratedAt.putIfAbsent(unit + "\u0000" + rater, row);
                if (earlier != null) {
                    throw new BadInputException(name, (int) row, "rater '" + rater + "' already rated unit '" + unit
                            + "' on row " + earlier + " (one row per unit and rater)");
                }
                if (!value.isEmpty()) firstRow.putIfAbsent(value, (int) row);
                builder.rate(unit, rater, value);
            }
            if (header) throw new BadInputException(name, null, "the file is empty: expected a header unit,rater,value");
            RatingTable table = builder.build();
            if (table.unitCount() == 0) throw new BadInputException(name, null, "no ratings after the header");
            return new RatingFile(file, table, Map.copyOf(firstRow));
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, null, "file not found");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(name, null, "cannot read the file: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            // commons-csv reports malformed quoting this way
            throw new BadInputException(name, null, "not a valid CSV file: " + e.getMessage(), e);
        }
    }

    /** R writes a missing value as NA: like an empty cell, it is a missing rating, never a category. */
    static String missingAsEmpty(String value) {
        return MISSING.equals(value) ? "" : value;
    }

    private static void checkHeader(String name, CSVRecord rec, int row) {
        List<String> found = rec.stream().map(s -> s.trim().toLowerCase().replace("\uFEFF", "")).toList();
        if (!found.equals(HEADER)) {
            throw new BadInputException(name, row, "the header must be unit,rater,value (found " + String.join(",", rec.toList()) + ")");
        }
    }
}
