package org.rapport.agreement.statistic;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.rapport.model.codebook.MeasurementLevel;

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's alpha-reliability") for any number of raters,
 * missing ratings and the nominal, ordinal, interval and ratio metrics: alpha = 1 - D_o / D_e from the coincidence
 * of values within units. Units with fewer than two ratings are not pairable and drop out. Computed from per-unit value
 * counts and value marginals, so the cost grows with units × raters (plus categories² for ordinal and ratio).
 * <p>Unlike R irr's {@code kripp.alpha}, which is wrong on complete data with three or more raters, this matches
 * Krippendorff's worked examples.
 */
public final class KrippendorffAlpha {
    public static final String NAME = "krippendorff-alpha";

    private KrippendorffAlpha() {
    }

    public static StatisticResult compute(RatingTable table, MeasurementLevel level) {
        return compute(table, level, null);
    }

    public static StatisticResult compute(RatingTable table, MeasurementLevel level, Bootstrap bootstrap) {
        StatisticResult.Builder b = StatisticResult.builder(NAME, table).variant(level.name().toLowerCase() + " metric");
        Metric metric = new Metric(table, level);
        int pairableUnits = 0;
        int ratedUnits = 0;
        double observed = 0;
        double[] unitDisagreement = new double[table.unitCount()];
        for (int u = 0; u < table.unitCount(); u++) {
            int m = table.ratingsOf(u);
            if (m > 0) ratedUnits++;
            if (m < 2) continue;
            pairableUnits++;
            unitDisagreement[u] = metric.unitDisagreement(u, m);
            observed += unitDisagreement[u] / (m - 1);
        }
        b.units(pairableUnits);
        double n = metric.pairableValues;
        if (pairableUnits == 0) return b.undefined("no unit has two or more ratings").build();
        double expected = metric.expectedDisagreement();
        if (expected <= 0) {
            return b.undefined("no variation: every pairable value is the same, so expected disagreement is 0").build();
        }
        double alpha = 1 - (n - 1) * observed / expected;
        b.value(alpha, "undefined");
        if (pairableUnits < table.unitCount()) {
            b.note((table.unitCount() - pairableUnits) + " unit(s) with fewer than two ratings are not pairable");
        }
        if (bootstrap != null && bootstrap.alphaResampling() == Bootstrap.AlphaResampling.PAIRS) {
            bootstrap(b, table, metric, expected / (n * (n - 1)), bootstrap);
        } else if (bootstrap != null) {
            new AlphaUnitBootstrap(table, metric).fill(b, bootstrap);
        } else if (level == MeasurementLevel.ORDINAL) {
            b.note("no closed-form SE for the ordinal metric (it depends on the data's marginals): ask for a bootstrap CI");
        } else {
            new AlphaStandardError(table, metric, unitDisagreement, pairableUnits, ratedUnits).fill(b, alpha);
        }
        b.interpret(Benchmarks.krippendorff(alpha));
        return b.build();
    }

    /**
     * Hayes & Krippendorff (2007), KALPHA ({@link Bootstrap.AlphaResampling#PAIRS}): draw as many within-unit pairs of
     * values as the data hold, with replacement and with a pair of a unit rated m times weighted 1 / (m - 1) as in the
     * coincidence matrix; alpha* = 1 - mean δ² of the drawn pairs / D_e, with D_e kept from the data. The 95% interval is read from the percentiles.
     */
    private static void bootstrap(StatisticResult.Builder b, RatingTable table, Metric metric, double expectedPerPair,
                                  Bootstrap settings) {
        int k = table.raterCount();
        // Pairs grouped by how many ratings their unit has: within a group every pair has the same weight.
        double[][] deltas = new double[k + 1][];
        int[] filled = new int[k + 1];
        int[] pairsIn = new int[k + 1];
        int[] rated = new int[k];
        for (int u = 0; u < table.unitCount(); u++) {
            int m = table.ratingsOf(u);
            if (m >= 2) pairsIn[m] += m * (m - 1) / 2;
        }
        for (int m = 2; m <= k; m++) deltas[m] = new double[pairsIn[m]];
        long pairs = 0;
        for (int u = 0; u < table.unitCount(); u++) {
            int m = 0;
            for (int r = 0; r < k; r++) if (table.cell(u, r) != RatingTable.MISSING) rated[m++] = table.cell(u, r);
            if (m < 2) continue;
            for (int x = 0; x < m; x++) {
                for (int y = x + 1; y < m; y++) deltas[m][filled[m]++] = metric.delta2(rated[x], rated[y]);
            }
            pairs += m * (m - 1) / 2;
        }
        double[] groupCumulative = new double[k + 1];
        double total = 0;
        int lastGroup = 2;
        for (int m = 2; m <= k; m++) {
            total += pairsIn[m] / (m - 1.0);
            groupCumulative[m] = total;
            if (pairsIn[m] > 0) lastGroup = m;
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] alphas = new double[settings.samples()];
        double sum = 0;
        double sumSq = 0;
        for (int s = 0; s < alphas.length; s++) {
            double d = 0;
            for (long j = 0; j < pairs; j++) {
                // One uniform number picks the group and, by its position inside the group, the pair.
                double pick = random.nextDouble() * total;
                int m = 2;
                while (m < lastGroup && (pairsIn[m] == 0 || groupCumulative[m] <= pick)) m++;
                int index = (int) ((pick - groupCumulative[m - 1]) * (m - 1));
                d += deltas[m][Math.min(Math.max(index, 0), pairsIn[m] - 1)];
            }
            alphas[s] = 1 - (d / pairs) / expectedPerPair;
            sum += alphas[s];
            sumSq += alphas[s] * alphas[s];
        }
        Arrays.sort(alphas);
        int below667 = 0;
        int below800 = 0;
        for (double a : alphas) {
            if (a < 0.667) below667++;
            if (a < 0.800) below800++;
        }
        double mean = sum / alphas.length;
        b.se(Math.sqrt(Math.max(0, sumSq / alphas.length - mean * mean)));
        b.ci95(new Interval(Percentile.of(alphas, 0.025), Percentile.of(alphas, 0.975)),
                "bootstrap (Hayes & Krippendorff 2007), " + alphas.length + " resamples of within-unit value pairs, seed "
                        + settings.seed() + ", percentile interval");
        b.note(String.format(java.util.Locale.ROOT, "bootstrap: P(alpha < .667) = %.3f, P(alpha < .800) = %.3f",
                (double) below667 / alphas.length, (double) below800 / alphas.length));
    }


    /** The difference function δ² of a level of measurement over the table's categories. */
    static final class Metric {
        private final RatingTable table;
        final MeasurementLevel level;
        final double[] x;
        /** n_c: pairable values per category. */
        final double[] marginal;
        final double pairableValues;
        /** Cumulative marginals for the ordinal metric: cum[c] = n_0 + ... + n_{c-1}. */
        private final double[] cum;

        /** The metric of a resample: the same categories and values, the resample's pairable values per category. */
        Metric(Metric of, double[] resampleMarginal) {
            this.table = null;
            this.level = of.level;
            this.x = of.x;
            this.marginal = resampleMarginal;
            double total = 0;
            for (double m : resampleMarginal) total += m;
            this.pairableValues = total;
            cum = new double[resampleMarginal.length + 1];
            for (int c = 0; c < resampleMarginal.length; c++) cum[c + 1] = cum[c] + resampleMarginal[c];
        }

        Metric(RatingTable table, MeasurementLevel level) {
            this.table = table;
            this.level = level;
            boolean numeric = level == MeasurementLevel.INTERVAL || level == MeasurementLevel.RATIO;
            this.x = numeric ? table.categoryValues() : null;
            int q = table.categoryCount();
            marginal = new double[q];
            double total = 0;
            for (int u = 0; u < table.unitCount(); u++) {
                if (table.ratingsOf(u) < 2) continue;
                for (int r = 0; r < table.raterCount(); r++) {
                    int c = table.cell(u, r);
                    if (c != RatingTable.MISSING) {
                        marginal[c]++;
                        total++;
                    }
                }
            }
            pairableValues = total;
            cum = new double[q + 1];
            for (int c = 0; c < q; c++) cum[c + 1] = cum[c] + marginal[c];
        }

        double delta2(int c, int k) {
            if (c == k) return 0;
            switch (level) {
                case NOMINAL:
                    return 1;
                case ORDINAL: {
                    int lo = Math.min(c, k);
                    int hi = Math.max(c, k);
                    double d = cum[hi + 1] - cum[lo] - (marginal[c] + marginal[k]) / 2;
                    return d * d;
                }
                case INTERVAL: {
                    double d = x[c] - x[k];
                    return d * d;
                }
                default: {
                    double s = x[c] + x[k];
                    if (s == 0) return 0;
                    double d = (x[c] - x[k]) / s;
                    return d * d;
                }
            }
        }

        /** Σ over ordered pairs i ≠ j of the unit's values of δ²; interval in closed form 2 m Σ (x - mean)². */
        double unitDisagreement(int u, int m) {
            int k = table.raterCount();
            if (level == MeasurementLevel.INTERVAL) {
                double mean = 0;
                for (int r = 0; r < k; r++) {
                    int c = table.cell(u, r);
                    if (c != RatingTable.MISSING) mean += x[c];
                }
                mean /= m;
                double ss = 0;
                for (int r = 0; r < k; r++) {
                    int c = table.cell(u, r);
                    if (c != RatingTable.MISSING) ss += (x[c] - mean) * (x[c] - mean);
                }
                return 2 * m * ss;
            }
            double sum = 0;
            for (int r = 0; r < k; r++) {
                int c = table.cell(u, r);
                if (c == RatingTable.MISSING) continue;
                for (int s = r + 1; s < k; s++) {
                    int d = table.cell(u, s);
                    if (d != RatingTable.MISSING) sum += 2 * delta2(c, d);
                }
            }
            return sum;
        }

        /** Σ_c Σ_k n_c n_k δ²(c, k) over pairable values. */
        double expectedDisagreement() {
            int q = marginal.length;
            double n = pairableValues;
            switch (level) {
                case NOMINAL: {
                    double sq = 0;
                    for (double nc : marginal) sq += nc * nc;
                    return n * n - sq;
                }
                case INTERVAL: {
                    double mean = 0;
                    for (int c = 0; c < q; c++) mean += marginal[c] * x[c];
                    mean /= n;
                    double ss = 0;
                    for (int c = 0; c < q; c++) ss += marginal[c] * (x[c] - mean) * (x[c] - mean);
                    return 2 * n * ss;
                }
                default: {
                    double sum = 0;
                    for (int c = 0; c < q; c++) {
                        if (marginal[c] == 0) continue;
                        for (int k = c + 1; k < q; k++) {
                            if (marginal[k] != 0) sum += 2 * marginal[c] * marginal[k] * delta2(c, k);
                        }
                    }
                    return sum;
                }
            }
        }
    }
}
