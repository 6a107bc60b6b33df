package org.rapport.agreement.statistic;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The single input of every reliability statistic: units (rows) by raters (columns), each cell a category or
 * missing. The categories are the points of the scale in scale order: a declared scale (from the codebook) when given,
 * else the values seen, numeric ones in numeric order and labels in alphabetical order. Immutable.
 */
public final class RatingTable {
    /** Cell value of a missing rating. */
    public static final int MISSING = -1;

    private final List<String> unitIds;
    private final List<String> raterIds;
    private final List<Category> categories;
    private final boolean declaredScale;
    private final int[] cells;
    /** Raters per unit: the row length of {@link #cells}. */
    private final int k;
    /** No cell is missing (aligned codings of raters who all coded every session): every unit has k ratings. */
    private final boolean complete;
    /** {@link #countsByUnit()}, once asked for. */
    private volatile int[][] countsByUnit;

    /**
     * @param unitIds an unmodifiable list that no one else holds a modifiable view of: it is kept as is, since
     *                tables of aligned codings have 10⁵ units and are derived from each other many times
     */
    private RatingTable(List<String> unitIds, List<String> raterIds, List<Category> categories, boolean declaredScale,
                        int[] cells) {
        this(unitIds, raterIds, categories, declaredScale, cells, noneMissing(cells));
    }

    /** @param complete whether no cell is missing (a selection from a complete table is complete too) */
    private RatingTable(List<String> unitIds, List<String> raterIds, List<Category> categories, boolean declaredScale,
                        int[] cells, boolean complete) {
        this.unitIds = unitIds;
        this.raterIds = List.copyOf(raterIds);
        this.categories = List.copyOf(categories);
        this.declaredScale = declaredScale;
        this.cells = cells;
        this.k = this.raterIds.size();
        this.complete = complete;
    }

    private static boolean noneMissing(int[] cells) {
        for (int c : cells) if (c == MISSING) return false;
        return true;
    }

    /** Units × raters labels, null or "" for missing; units are named 1..n and raters r1..rk. */
    public static RatingTable fromLabels(String[][] labels) {
        Builder b = builder();
        for (int u = 0; u < labels.length; u++) {
            for (int r = 0; r < labels[u].length; r++) {
                b.rate(Integer.toString(u + 1), "r" + (r + 1), labels[u][r]);
            }
            if (labels[u].length == 0) b.unit(Integer.toString(u + 1));
        }
        int raters = Arrays.stream(labels).mapToInt(row -> row.length).max().orElse(0);
        for (int r = 0; r < raters; r++) b.rater("r" + (r + 1));
        return b.build();
    }

    /** Units × raters numbers, null for missing. */
    public static RatingTable fromNumbers(Double[][] values) {
        String[][] labels = new String[values.length][];
        for (int u = 0; u < values.length; u++) {
            labels[u] = new String[values[u].length];
            for (int r = 0; r < values[u].length; r++) {
                labels[u][r] = values[u][r] == null ? null : Category.numeric(values[u][r]).label();
            }
        }
        return fromLabels(labels);
    }

    /**
     * A table from cells that index a list of labels, as a file reader collects them: {@code labelCells[u * k + r]}
     * is the index in {@code labels} of what rater r gave unit u, or {@link #MISSING}. The categories are those of
     * the declared scale (when not null; a label outside it is refused) or the labels seen, ordered as
     * {@link Builder} orders them. The lists and the array are kept as they are: callers hand them over.
     *
     * @throws NotOnScaleException when a label is not a point of the declared scale
     */
    public static RatingTable fromLabelCells(List<String> unitIds, List<String> raterIds, List<String> labels,
                                             int[] labelCells, List<Category> declaredScale) {
        if (labelCells.length != unitIds.size() * raterIds.size()) {
            throw new IllegalArgumentException(labelCells.length + " cells for " + unitIds.size() + " units × "
                    + raterIds.size() + " raters");
        }
        List<Category> categories = declaredScale != null ? List.copyOf(declaredScale) : seenCategories(labels);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) position.put(categories.get(i).label(), i);
        Map<Double, Integer> byNumber = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).isNumeric()) byNumber.putIfAbsent(categories.get(i).numeric(), i);
        }
        int[] labelToCategory = new int[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            String label = labels.get(l);
            Integer p = position.get(label);
            if (p == null) {
                Double num = Category.parseNumber(label);
                p = num == null ? null : byNumber.get(num);
            }
            if (p == null) throw new NotOnScaleException(label);
            labelToCategory[l] = p;
        }
        for (int i = 0; i < labelCells.length; i++) {
            if (labelCells[i] != MISSING) labelCells[i] = labelToCategory[labelCells[i]];
        }
        return new RatingTable(unitIds, raterIds, categories, declaredScale != null, labelCells);
    }

    /** Numbers in numeric order (2, 10 not "10", "2"); when any label is not a number, labels alphabetically. */
    private static List<Category> seenCategories(List<String> labels) {
        List<Category> seen = new ArrayList<>();
        for (String l : labels) seen.add(Category.of(l));
        if (seen.stream().allMatch(Category::isNumeric)) {
            seen.sort(Comparator.comparingDouble(Category::numeric));
            // "1" and "1.0" are the same point of the scale: keep the first label.
            List<Category> distinct = new ArrayList<>();
            for (Category c : seen) {
                if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).numeric().equals(c.numeric())) distinct.add(c);
            }
            return distinct;
        }
        seen.sort(Comparator.comparing(Category::label));
        return seen;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int unitCount() {
        return unitIds.size();
    }

    public int raterCount() {
        return raterIds.size();
    }

    public int categoryCount() {
        return categories.size();
    }

    public List<String> unitIds() {
        return unitIds;
    }

    public List<String> raterIds() {
        return raterIds;
    }

    /** The scale in order. */
    public List<Category> categories() {
        return categories;
    }

    /** True when the categories come from a declared scale rather than from the values seen. */
    public boolean hasDeclaredScale() {
        return declaredScale;
    }

    /** Index into {@link #categories()} of the rating, or {@link #MISSING}. */
    public int cell(int unit, int rater) {
        return cells[unit * k + rater];
    }

    public boolean isMissing(int unit, int rater) {
        return cell(unit, rater) == MISSING;
    }

    /** Number of raters who rated the unit. */
    public int ratingsOf(int unit) {
        if (complete) return k;
        int n = 0;
        for (int i = unit * k, end = i + k; i < end; i++) if (cells[i] != MISSING) n++;
        return n;
    }

    /** True when every category has a numeric value (needed by weights, interval/ratio alpha and ICC). */
    public boolean isNumeric() {
        return categories.stream().allMatch(Category::isNumeric);
    }

    /** Numeric values of the categories in scale order; fails when a category is not numeric. */
    public double[] categoryValues() {
        double[] x = new double[categories.size()];
        for (int k = 0; k < x.length; k++) {
            Category c = categories.get(k);
            if (!c.isNumeric()) throw new NotNumericException(c.label());
            x[k] = c.numeric();
        }
        return x;
    }

    /**
     * Units × categories: how many raters put each unit in each category. The rows are read-only: they are computed
     * once per table (several statistics ask), and a unit rated exactly like the unit before it shares that unit's row
     * (aligned codings give long runs of identical units).
     */
    public int[][] countsByUnit() {
        int[][] counts = countsByUnit;
        if (counts == null) {
            counts = countRatings();
            countsByUnit = counts;
        }
        return counts.clone();
    }

    private int[][] countRatings() {
        int q = categories.size();
        int[][] counts = new int[unitIds.size()][];
        for (int u = 0; u < counts.length; u++) {
            if (u > 0 && sameAsUnitBefore(u)) {
                counts[u] = counts[u - 1];
                continue;
            }
            int[] row = new int[q];
            for (int i = u * k, end = i + k; i < end; i++) {
                if (cells[i] != MISSING) row[cells[i]]++;
            }
            counts[u] = row;
        }
        return counts;
    }

    private boolean sameAsUnitBefore(int u) {
        for (int i = u * k, end = i + k; i < end; i++) if (cells[i] != cells[i - k]) return false;
        return true;
    }

    /** The same table with only the units that every rater rated (listwise deletion). */
    public RatingTable completeUnits() {
        if (complete) return this; // immutable, so a table with no missing rating is its own complete-units table
        int[] keep = new int[unitIds.size()];
        int kept = 0;
        for (int u = 0; u < keep.length; u++) if (ratingsOf(u) == k) keep[kept++] = u;
        return selectUnits(keep, kept);
    }

    /** The same units with only the given raters (columns), in the given order. */
    public RatingTable selectRaters(int... raters) {
        int[] out = new int[unitIds.size() * raters.length];
        List<String> ids = new ArrayList<>();
        for (int r : raters) ids.add(raterIds.get(r));
        int m = raters.length;
        for (int from = 0, to = 0; to < out.length; from += k, to += m) {
            for (int j = 0; j < m; j++) out[to + j] = cells[from + raters[j]];
        }
        return new RatingTable(unitIds, ids, categories, declaredScale, out, complete || noneMissing(out));
    }

    /** The same table keeping only the listed units (by index, in the given order; repeats allowed). */
    public RatingTable selectUnits(List<Integer> units) {
        return selectUnits(units.stream().mapToInt(Integer::intValue).toArray(), units.size());
    }

    /** The same table keeping the first {@code count} listed units (by index, in order; repeats allowed). */
    RatingTable selectUnits(int[] units, int count) {
        int[] out = new int[count * k];
        for (int i = 0; i < count; i++) System.arraycopy(cells, units[i] * k, out, i * k, k);
        List<String> ids = SelectedIds.of(unitIds, Arrays.copyOf(units, count));
        return new RatingTable(ids, raterIds, categories, declaredScale, out, complete || noneMissing(out));
    }

    /** Unit ids picked from another table's by index, read through rather than copied (10⁵ units, few distinct). */
    private static final class SelectedIds extends AbstractList<String> implements RandomAccess {
        private final List<String> source;
        private final int[] picked;

        private SelectedIds(List<String> source, int[] picked) {
            this.source = source;
            this.picked = picked;
        }

        /** A selection of a selection reads the first source directly. */
        static List<String> of(List<String> ids, int[] picked) {
            if (!(ids instanceof SelectedIds s)) return new SelectedIds(ids, picked);
            int[] composed = new int[picked.length];
            for (int i = 0; i < picked.length; i++) composed[i] = s.picked[picked[i]];
            return new SelectedIds(s.source, composed);
        }

        @Override
        public String get(int i) {
            return source.get(picked[i]);
        }

        @Override
        public int size() {
            return picked.length;
        }
    }

    /** The same ratings on a scale of only the categories that were used (the "rank among observed" convention). */
    public RatingTable observedCategoriesOnly() {
        boolean[] used = new boolean[categories.size()];
        for (int c : cells) if (c != MISSING) used[c] = true;
        int[] map = new int[categories.size()];
        List<Category> kept = new ArrayList<>();
        for (int c = 0; c < used.length; c++) {
            map[c] = used[c] ? kept.size() : MISSING;
            if (used[c]) kept.add(categories.get(c));
        }
        int[] out = new int[cells.length];
        for (int i = 0; i < cells.length; i++) out[i] = cells[i] == MISSING ? MISSING : map[cells[i]];
        return new RatingTable(unitIds, raterIds, kept, declaredScale, out, complete);
    }

    /** Thrown when a numeric method meets a category that has no numeric value. */
    public static final class NotNumericException extends IllegalArgumentException {
        private final String label;

        NotNumericException(String label) {
            super("value '" + label + "' is not a number");
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Collects ratings one at a time, as read from a file or from codings. */
    public static final class Builder {
        private final Map<String, Integer> units = new LinkedHashMap<>();
        private final Map<String, Integer> raters = new LinkedHashMap<>();
        private final Map<String, Integer> labels = new HashMap<>();
        private final List<String> labelList = new ArrayList<>();
        private final Map<Long, Integer> ratings = new HashMap<>();
        private List<Category> scale;

        /** Declares the scale (the codebook's categories in order); a rating outside it is refused. */
        public Builder scale(List<Category> declared) {
            this.scale = List.copyOf(declared);
            return this;
        }

        /** Registers a unit even if nobody rated it. */
        public Builder unit(String unitId) {
            units.computeIfAbsent(unitId, k -> units.size());
            return this;
        }

        /** Registers a rater even if they rated nothing. */
        public Builder rater(String raterId) {
            raters.computeIfAbsent(raterId, k -> raters.size());
            return this;
        }

        /**
         * Adds one rating; a null or blank label records the unit and rater with the rating missing.
         *
         * @throws DuplicateRatingException when this rater already rated this unit
         */
        public Builder rate(String unitId, String raterId, String label) {
            int u = units.computeIfAbsent(unitId, k -> units.size());
            int r = raters.computeIfAbsent(raterId, k -> raters.size());
            long key = ((long) u << 32) | r;
            if (ratings.containsKey(key)) throw new DuplicateRatingException(unitId, raterId);
            String value = label == null ? "" : label.trim();
            int c = MISSING;
            if (!value.isEmpty()) {
                c = labels.computeIfAbsent(value, k -> {
                    labelList.add(k);
                    return labelList.size() - 1;
                });
            }
            ratings.put(key, c);
            return this;
        }

        public RatingTable build() {
            int k = raters.size();
            int[] labelCells = new int[units.size() * k];
            Arrays.fill(labelCells, MISSING);
            for (Map.Entry<Long, Integer> e : ratings.entrySet()) {
                long key = e.getKey();
                labelCells[(int) (key >>> 32) * k + (int) key] = e.getValue();
            }
            return fromLabelCells(List.copyOf(units.keySet()), new ArrayList<>(raters.keySet()), labelList, labelCells, scale);
        }
    }

    /** A rater rated the same unit twice. */
    public static final class DuplicateRatingException extends IllegalArgumentException {
        DuplicateRatingException(String unit, String rater) {
            super("rater '" + rater + "' rated unit '" + unit + "' more than once");
        }
    }

    /** A rating is not a point of the declared scale. */
    public static final class NotOnScaleException extends IllegalArgumentException {
        NotOnScaleException(String label) {
            super("value '" + label + "' is not on the declared scale");
        }
    }
}
