package org.rapport.agreement.statistic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap interval of Light's kappa (Efron & Tibshirani 1993): clusters (units, or sessions when each pair
 * of raters was compared over its own matched events) are drawn with replacement; every rater pair's confusion table is
 * summed over the drawn clusters and its Cohen's kappa recomputed with the weights of the estimate; Light's kappa is
 * their mean. Resampling whole clusters keeps what the pairs share together. A resample in which some pair's kappa is
 * undefined (no shared units, or a single category) is left out and counted in a note.
 */
public final class LightBootstrap {
    /** Below this many clusters the resamples are too few distinct tables for a percentile interval. */
    static final int MIN_CLUSTERS = 10;
    private final int[] categories;
    private final double[][][] weights;
    private final List<int[]> clusters = new ArrayList<>();

    /**
     * @param categories each pair's number of categories
     * @param weights    each pair's agreement weight matrix, as used for its kappa
     */
    public LightBootstrap(int[] categories, double[][][] weights) {
        this.categories = categories.clone();
        this.weights = weights.clone();
    }

    /** Light's bootstrap over the units of a table: each unit is a cluster. */
    static LightBootstrap overUnits(RatingTable table, AgreementWeights weights) {
        int k = table.raterCount();
        int pairs = k * (k - 1) / 2;
        int[] q = new int[pairs];
        double[][][] w = new double[pairs][][];
        int[][] map = new int[pairs][];
        int p = 0;
        for (int g = 0; g < k; g++) {
            for (int h = g + 1; h < k; h++, p++) {
                RatingTable complete = weights.prepare(table.selectRaters(g, h).completeUnits());
                q[p] = complete.categoryCount();
                w[p] = weights.matrix(complete);
                map[p] = categoryMap(table, complete);
            }
        }
        LightBootstrap bootstrap = new LightBootstrap(q, w);
        for (int u = 0; u < table.unitCount(); u++) {
            List<int[]> cells = new ArrayList<>();
            p = 0;
            for (int g = 0; g < k; g++) {
                for (int h = g + 1; h < k; h++, p++) {
                    int a = table.cell(u, g);
                    int b = table.cell(u, h);
                    if (a == RatingTable.MISSING || b == RatingTable.MISSING) continue;
                    cells.add(new int[] {p, map[p][a] * q[p] + map[p][b], 1});
                }
            }
            if (!cells.isEmpty()) bootstrap.addCluster(cells);
        }
        return bootstrap;
    }

    /** Index in the pair's (prepared) scale of each category of the full table, by label. */
    private static int[] categoryMap(RatingTable table, RatingTable pair) {
        int[] map = new int[table.categoryCount()];
        Arrays.fill(map, -1);
        for (int c = 0; c < table.categoryCount(); c++) {
            String label = table.categories().get(c).label();
            for (int d = 0; d < pair.categoryCount(); d++) if (pair.categories().get(d).label().equals(label)) map[c] = d;
        }
        return map;
    }

    /** Adds one cluster: its (pair, cell = row · q + column, count) contributions. */
    public void addCluster(List<int[]> pairCellCounts) {
        int[] flat = new int[pairCellCounts.size() * 3];
        int i = 0;
        for (int[] t : pairCellCounts) {
            flat[i++] = t[0];
            flat[i++] = t[1];
            flat[i++] = t[2];
        }
        clusters.add(flat);
    }

    /** Sets the percentile 95% CI (and the bootstrap SE) on the builder; nothing when too few resamples are defined. */
    public void fill(StatisticResult.Builder b, Bootstrap settings, String clusterName) {
        if (clusters.size() < MIN_CLUSTERS) {
            b.note("no bootstrap interval: " + clusters.size() + " " + clusterName + " are too few to resample (at least "
                    + MIN_CLUSTERS + ")");
            return;
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        int pairs = categories.length;
        double[][] counts = new double[pairs][];
        double[] lights = new double[settings.samples()];
        int widest = Arrays.stream(categories).max().orElse(0);
        double[] row = new double[widest];
        double[] col = new double[widest];
        int defined = 0;
        for (int s = 0; s < settings.samples(); s++) {
            for (int p = 0; p < pairs; p++) {
                if (counts[p] == null) counts[p] = new double[categories[p] * categories[p]];
                else Arrays.fill(counts[p], 0);
            }
            for (int draw = 0; draw < clusters.size(); draw++) {
                int[] cluster = clusters.get(random.nextInt(clusters.size()));
                for (int i = 0; i < cluster.length; i += 3) counts[cluster[i]][cluster[i + 1]] += cluster[i + 2];
            }
            double sum = 0;
            boolean ok = true;
            for (int p = 0; p < pairs && ok; p++) {
                double kappa = CohenKappa.valueOfCounts(counts[p], categories[p], weights[p], row, col);
                ok = !Double.isNaN(kappa);
                sum += kappa;
            }
            if (ok) lights[defined++] = sum / pairs;
        }
        if (defined < Math.max(2, settings.samples() / 2)) {
            b.note("bootstrap: Light's kappa was undefined in " + (settings.samples() - defined) + " of "
                    + settings.samples() + " resamples, too many for an interval");
            return;
        }
        double[] sorted = Arrays.copyOf(lights, defined);
        Arrays.sort(sorted);
        double mean = 0;
        for (double x : sorted) mean += x / defined;
        double ss = 0;
        for (double x : sorted) ss += (x - mean) * (x - mean);
        b.se(Math.sqrt(ss / (defined - 1)));
        b.ci95(new Interval(Percentile.of(sorted, 0.025), Percentile.of(sorted, 0.975)),
                String.format(Locale.ROOT, "percentile bootstrap over %s, %d resamples, seed %d", clusterName,
                        settings.samples(), settings.seed()));
        if (defined < settings.samples()) {
            b.note("bootstrap: " + (settings.samples() - defined) + " resample(s) with an undefined pair kappa left out");
        }
    }
}
