package org.rapport.app.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

import org.rapport.agreement.statistic.RatingTable;
import org.rapport.model.BadInputException;

/**
 * The wide layout, as R's irr, irrCAC and psych take ratings: a header of rater names and one row per unit, a cell
 * per rater. A first column named unit, id, subject or item, or with no name (R's {@code write.csv} writes row
 * names so), holds the unit ids; otherwise units are numbered 1, 2, ... in row order, as R numbers them.
 */
final class WideRatingRows {
    /** Names of a first column that holds unit ids rather than a rater's ratings. */
    private static final Set<String> UNIT_COLUMNS = Set.of("", "unit", "id", "subject", "item");

    private WideRatingRows() {
    }

    static RatingCsvReader.RatingFile read(CsvRecords r, Path file) throws IOException {
        String name = file.toString();
        int columns = r.size();
        boolean unitColumn = UNIT_COLUMNS.contains(LongRatingRows.headerName(r.text(0)));
        int first = unitColumn ? 1 : 0;
        List<String> raters = new ArrayList<>();
        for (int i = first; i < columns; i++) {
            String rater = r.text(i).replace("\uFEFF", "").trim();
            if (rater.isEmpty()) throw new BadInputException(name, r.line(), "column " + (i + 1) + " of the header has no rater name");
            if (raters.contains(rater)) throw new BadInputException(name, r.line(), "rater '" + rater + "' is named twice in the header");
            raters.add(rater);
        }
        if (raters.isEmpty()) throw new BadInputException(name, r.line(), "the header names no raters");
        int k = raters.size();
        CellIndex units = new CellIndex();
        CellIndex values = new CellIndex();
        int[] cells = new int[1024 * k];
        int n = 0;
        while (r.next()) {
            if (r.size() == 1 && r.isEmpty(0) && columns > 1) continue;
            if (r.size() != columns) {
                throw new BadInputException(name, r.line(), "expected " + columns + " cells as in the header, found " + r.size());
            }
            if (unitColumn) {
                if (r.isEmpty(0)) throw new BadInputException(name, r.line(), "the unit is empty");
                if (units.idOf(r, 0) != n) {
                    int earlier = units.firstLine(units.idOf(r, 0));
                    throw new BadInputException(name, r.line(), "unit '" + r.text(0) + "' is already on row " + earlier
                            + " (one row per unit)");
                }
            }
            if ((n + 1) * k > cells.length) cells = Arrays.copyOf(cells, cells.length * 2);
            for (int j = 0, at = n * k; j < k; j++, at++) {
                cells[at] = RatingCsvReader.isMissing(r, first + j) ? RatingTable.MISSING : values.idOf(r, first + j);
            }
            n++;
        }
        if (n == 0) throw new BadInputException(name, null, "no ratings after the header");
        List<String> unitIds = unitColumn ? Collections.unmodifiableList(units.texts()) : new RowNumbers(n);
        RatingTable table = RatingTable.fromLabelCells(unitIds, raters, values.texts(), Arrays.copyOf(cells, n * k), null);
        return new RatingCsvReader.RatingFile(file, table, RatingCsvReader.firstLines(values));
    }

    /** Units named by their row, 1..n, made when asked for (a wide file without ids can have 10⁶ rows). */
    private static final class RowNumbers extends AbstractList<String> implements RandomAccess {
        private final int size;

        RowNumbers(int size) {
            this.size = size;
        }

        @Override
        public String get(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
            return Integer.toString(i + 1);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
