package org.rapport.app.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.rapport.agreement.statistic.RatingTable;
import org.rapport.model.BadInputException;

/**
 * The long layout: the header {@code unit,rater,value} and one row per rating, in any order. A unit and rater
 * given twice is refused naming both rows; an absent row is a missing rating.
 */
final class LongRatingRows {
    private LongRatingRows() {
    }

    static RatingCsvReader.RatingFile read(CsvRecords r, Path file) throws IOException {
        String name = file.toString();
        if (r.size() != 3 || !RatingCsvReader.isName(r, 0, "unit") || !RatingCsvReader.isName(r, 1, "rater")
                || !RatingCsvReader.isName(r, 2, "value")) {
            throw new BadInputException(name, r.line(), "the header must be unit,rater,value (found " + r.joined() + ")");
        }
        CellIndex units = new CellIndex();
        CellIndex raters = new CellIndex();
        CellIndex values = new CellIndex();
        // per rater, indexed by unit: the value's number, and the line it was given on (0: not rated)
        List<int[]> valueOf = new ArrayList<>();
        List<int[]> lineOf = new ArrayList<>();
        while (r.next()) {
            if (r.size() == 1 && r.isEmpty(0)) continue;
            if (r.size() != 3) {
                throw new BadInputException(name, r.line(), "expected 3 columns (unit,rater,value), found " + r.size());
            }
            if (r.isEmpty(0)) throw new BadInputException(name, r.line(), "the unit is empty");
            if (r.isEmpty(1)) throw new BadInputException(name, r.line(), "the rater is empty");
            int unit = units.idOf(r, 0);
            int rater = raters.idOf(r, 1);
            if (rater == valueOf.size()) {
                valueOf.add(new int[Math.max(16, units.size())]);
                lineOf.add(new int[Math.max(16, units.size())]);
            }
            if (unit >= lineOf.get(rater).length) {
                int size = Math.max(unit + 1, lineOf.get(rater).length * 2);
                valueOf.set(rater, Arrays.copyOf(valueOf.get(rater), size));
                lineOf.set(rater, Arrays.copyOf(lineOf.get(rater), size));
            }
            int earlier = lineOf.get(rater)[unit];
            if (earlier != 0) {
                throw new BadInputException(name, r.line(), "rater '" + raters.text(rater) + "' already rated unit '"
                        + units.text(unit) + "' on row " + earlier + " (one row per unit and rater)");
            }
            lineOf.get(rater)[unit] = r.line();
            valueOf.get(rater)[unit] = RatingCsvReader.isMissing(r, 2) ? RatingTable.MISSING : values.idOf(r, 2);
        }
        if (units.size() == 0) throw new BadInputException(name, null, "no ratings after the header");
        int n = units.size();
        int k = raters.size();
        int[] cells = new int[n * k];
        for (int j = 0; j < k; j++) {
            int[] value = valueOf.get(j);
            int[] line = lineOf.get(j);
            int known = Math.min(n, line.length);
            for (int u = 0; u < n; u++) cells[u * k + j] = u < known && line[u] != 0 ? value[u] : RatingTable.MISSING;
        }
        RatingTable table = RatingTable.fromLabelCells(Collections.unmodifiableList(units.texts()),
                raters.texts(), values.texts(), cells, null);
        return new RatingCsvReader.RatingFile(file, table, RatingCsvReader.firstLines(values));
    }

    /** A header cell as compared with the expected names. */
    static String headerName(String cell) {
        return cell.trim().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
    }
}
