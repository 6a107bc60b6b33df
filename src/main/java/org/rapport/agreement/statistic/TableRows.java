package org.rapport.agreement.statistic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rows of a large rating table (one per unit: a category index per rater, or {@link RatingTable#MISSING})
 * and builds it cheaply. Aligned codings give hundreds of thousands of units but only a handful of distinct rows, so
 * each distinct row is rated once through {@link RatingTable.Builder} and the table is assembled with
 * {@link RatingTable#selectUnits} (which allows repeats). The statistics only read cells: the units of the built
 * table are named after their row pattern ("p0", "p1" ...), not after the unit they came from.
 */
public final class TableRows {
    private final List<String> raters;
    private final List<Category> scale;
    private final Map<String, Integer> labels = new HashMap<>();
    private final Map<RowKey, Integer> patterns = new HashMap<>();
    private final List<int[]> distinct = new ArrayList<>();
    private int[] rows = new int[1024];
    private int[] lastRow;
    private int lastPattern = -1;
    private int size;

    /**
     * @param raters the table's raters, in column order
     * @param scale  the declared categories in order
     */
    public TableRows(List<String> raters, List<Category> scale) {
        this.raters = List.copyOf(raters);
        this.scale = List.copyOf(scale);
        for (int i = 0; i < scale.size(); i++) labels.putIfAbsent(scale.get(i).label(), i);
    }

    public List<String> raters() {
        return raters;
    }

    /** Index of a category label in the scale. */
    public int category(String label) {
        Integer i = labels.get(label);
        if (i == null) throw new IllegalArgumentException("'" + label + "' is not on the scale");
        return i;
    }

    /** Adds a unit: one category index (or {@link RatingTable#MISSING}) per rater, in column order. */
    public void add(int[] row) {
        if (row.length != raters.size()) throw new IllegalArgumentException("a row needs " + raters.size() + " cells");
        if (lastPattern >= 0 && Arrays.equals(row, lastRow)) { // runs of "absent" for everyone are the common case
            append(lastPattern);
            return;
        }
        RowKey key = new RowKey(row.clone());
        Integer p = patterns.get(key);
        if (p == null) {
            p = distinct.size();
            patterns.put(key, p);
            distinct.add(key.cells);
        }
        lastRow = key.cells;
        lastPattern = p;
        append(p);
    }

    private void append(int pattern) {
        if (size == rows.length) rows = Arrays.copyOf(rows, size * 2);
        rows[size++] = pattern;
    }

    public int size() {
        return size;
    }

    public RatingTable build() {
        RatingTable.Builder b = RatingTable.builder().scale(scale);
        raters.forEach(b::rater);
        for (int p = 0; p < distinct.size(); p++) {
            int[] cells = distinct.get(p);
            b.unit("p" + p);
            for (int r = 0; r < cells.length; r++) {
                if (cells[r] != RatingTable.MISSING) b.rate("p" + p, raters.get(r), scale.get(cells[r]).label());
            }
        }
        return b.build().selectUnits(rows, size);
    }

    private record RowKey(int[] cells) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey k && Arrays.equals(cells, k.cells);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cells);
        }
    }
}
