package org.rapport.agreement.statistic;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The unit bootstrap of Krippendorff's alpha ({@link Bootstrap.AlphaResampling#UNITS}): draw as many pairable units as
 * the data hold, with replacement and each with all its ratings, and recompute alpha from the resample, expected
 * disagreement (and, for the ordinal metric, the metric itself) included. The 95% interval is read from the
 * percentiles (Efron &amp; Tibshirani 1993). Because a unit's ratings stay together, the interval reflects how many
 * units there are, not how many pairs of values: with ten raters a unit holds 45 pairs, which a bootstrap of pairs
 * treats as independent.
 * <p>Each resample is summed as a coincidence matrix: o_ck = Σ_u n_uc n_uk / (m_u − 1) over its units (c ≠ k) and
 * n_c = Σ_u n_uc, so alpha* = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 */
final class AlphaUnitBootstrap {
    private final KrippendorffAlpha.Metric metric;
    private final int categories;
    /** Per pairable unit: its categories, how many ratings in each, and 1 / (m_u − 1). */
    private final int[][] unitCategories;
    private final int[][] unitCounts;
    private final double[] unitWeight;

    AlphaUnitBootstrap(RatingTable table, KrippendorffAlpha.Metric metric) {
        this.metric = metric;
        this.categories = table.categoryCount();
        int pairable = 0;
        for (int u = 0; u < table.unitCount(); u++) if (table.ratingsOf(u) >= 2) pairable++;
        unitCategories = new int[pairable][];
        unitCounts = new int[pairable][];
        unitWeight = new double[pairable];
        int[] counts = new int[categories];
        int i = 0;
        for (int u = 0; u < table.unitCount(); u++) {
            int m = table.ratingsOf(u);
            if (m < 2) continue;
            Arrays.fill(counts, 0);
            int distinct = 0;
            for (int r = 0; r < table.raterCount(); r++) {
                int c = table.cell(u, r);
                if (c != RatingTable.MISSING && counts[c]++ == 0) distinct++;
            }
            unitCategories[i] = new int[distinct];
            unitCounts[i] = new int[distinct];
            int d = 0;
            for (int c = 0; c < categories; c++) {
                if (counts[c] == 0) continue;
                unitCategories[i][d] = c;
                unitCounts[i][d++] = counts[c];
            }
            unitWeight[i++] = 1.0 / (m - 1);
        }
    }

    /** Sets SE (the bootstrap SD), the percentile 95% CI and the chances of alpha below .667 and .800. */
    void fill(StatisticResult.Builder b, Bootstrap settings) {
        int n = unitWeight.length;
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] alphas = new double[settings.samples()];
        int defined = 0;
        double[][] coincidence = new double[categories][categories];
        double[] marginal = new double[categories];
        for (int s = 0; s < settings.samples(); s++) {
            for (double[] row : coincidence) Arrays.fill(row, 0);
            Arrays.fill(marginal, 0);
            for (int j = 0; j < n; j++) add(random.nextInt(n), coincidence, marginal);
            double alpha = alpha(coincidence, marginal);
            if (!Double.isNaN(alpha)) alphas[defined++] = alpha;
        }
        if (defined == 0) {
            b.note("bootstrap: alpha was undefined in every resample (no variation in any), so there is no interval");
            return;
        }
        double[] sorted = Arrays.copyOf(alphas, defined);
        Arrays.sort(sorted);
        double sum = 0;
        double sumSq = 0;
        int below667 = 0;
        int below800 = 0;
        for (double a : sorted) {
            sum += a;
            sumSq += a * a;
            if (a < 0.667) below667++;
            if (a < 0.800) below800++;
        }
        double mean = sum / defined;
        b.se(Math.sqrt(Math.max(0, sumSq / defined - mean * mean)));
        b.ci95(new Interval(Percentile.of(sorted, 0.025), Percentile.of(sorted, 0.975)),
                "bootstrap over units (Efron & Tibshirani 1993), " + settings.samples() + " resamples of the " + n
                        + " pairable units, seed " + settings.seed() + ", percentile interval");
        b.note(String.format(Locale.ROOT, "bootstrap: P(alpha < .667) = %.3f, P(alpha < .800) = %.3f",
                (double) below667 / defined, (double) below800 / defined));
        if (defined < settings.samples()) {
            b.note("bootstrap: " + (settings.samples() - defined) + " of " + settings.samples()
                    + " resamples without variation (alpha undefined) left out");
        }
    }

    private void add(int unit, double[][] coincidence, double[] marginal) {
        int[] cats = unitCategories[unit];
        int[] counts = unitCounts[unit];
        double w = unitWeight[unit];
        for (int a = 0; a < cats.length; a++) {
            marginal[cats[a]] += counts[a];
            for (int c = a + 1; c < cats.length; c++) {
                double o = counts[a] * counts[c] * w;
                coincidence[cats[a]][cats[c]] += o;
                coincidence[cats[c]][cats[a]] += o;
            }
        }
    }

    /** Alpha of a resample, or NaN when it has no expected disagreement. */
    private double alpha(double[][] coincidence, double[] marginal) {
        KrippendorffAlpha.Metric m = new KrippendorffAlpha.Metric(metric, marginal);
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < categories; c++) {
            if (marginal[c] == 0) continue;
            for (int k = c + 1; k < categories; k++) {
                if (marginal[k] == 0) continue;
                double d = m.delta2(c, k);
                observed += 2 * coincidence[c][k] * d;
                expected += 2 * marginal[c] * marginal[k] * d;
            }
        }
        if (expected <= 0) return Double.NaN;
        return 1 - (m.pairableValues - 1) * observed / expected;
    }
}
