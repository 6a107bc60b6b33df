package org.rapport.agreement.statistic;

import org.rapport.model.codebook.MeasurementLevel;

/**
 * Gwet's (2014, ch. 6) linearised standard error of Krippendorff's alpha, for metrics with a fixed difference function
 * (nominal, interval, ratio). Alpha is (pa - pe) / (1 - pe) with agreement weights w = 1 - δ²; the result does not
 * depend on how δ² is scaled, so it is written here in disagreements. Over the n pairable units (r̄ values on average):
 * <pre>
 *   Do' = (1/n) Σ_i S_i / (r̄ (r_i - 1)),  De' = Σ_ck n_c n_k δ²(c,k) / N²,  α' = 1 - Do' / De'
 *   κ_i = (pa_i - pe) / De'  with pa_i = r_i/r̄ - S_i/(r̄ (r_i - 1)) - pa' (r_i - r̄)/r̄
 *   pe_i = r_i/r̄ - G_i/r̄ - pe (r_i - r̄)/r̄,  G_i = Σ over the unit's values v of Σ_k n_k δ²(v,k) / N
 *   κ*_i = κ_i - 2 (1 - α') (pe_i - pe) / De',   Var = Σ_i (κ*_i - α')² / (n (n - 1))
 * </pre>
 * where S_i is the sum of δ² over ordered pairs of unit i's values. The 95% CI is alpha ± t(.975) SE with one degree of
 * freedom less than the rated units, as in Gwet's irrCAC ({@code krippen.alpha.raw}).
 */
final class AlphaStandardError {
    private final RatingTable table;
    private final KrippendorffAlpha.Metric metric;
    private final double[] unitDisagreement;
    private final int pairableUnits;
    private final int ratedUnits;

    AlphaStandardError(RatingTable table, KrippendorffAlpha.Metric metric, double[] unitDisagreement, int pairableUnits,
                       int ratedUnits) {
        this.table = table;
        this.metric = metric;
        this.unitDisagreement = unitDisagreement;
        this.pairableUnits = pairableUnits;
        this.ratedUnits = ratedUnits;
    }

    /** Sets SE, CI and the t test of alpha = 0 on the builder; nothing when there are too few units. */
    void fill(StatisticResult.Builder b, double alpha) {
        int n = pairableUnits;
        if (n < 2 || ratedUnits < 2) return;
        double bigN = metric.pairableValues;
        double meanRatings = bigN / n;
        double[] g = disagreementWithAll();
        double expected = 0;
        for (int c = 0; c < g.length; c++) expected += metric.marginal[c] * g[c];
        expected /= bigN; // De'
        double observed = 0;
        for (int u = 0; u < table.unitCount(); u++) {
            int m = table.ratingsOf(u);
            if (m >= 2) observed += unitDisagreement[u] / (meanRatings * (m - 1));
        }
        observed /= n; // Do'
        double paPrime = 1 - observed;
        double pe = 1 - expected;
        double alphaPrime = 1 - observed / expected;
        double sum = 0;
        for (int u = 0; u < table.unitCount(); u++) {
            int m = table.ratingsOf(u);
            if (m < 2) continue;
            double spread = (m - meanRatings) / meanRatings;
            double paUnit = m / meanRatings - unitDisagreement[u] / (meanRatings * (m - 1)) - paPrime * spread;
            double withAll = 0;
            for (int r = 0; r < table.raterCount(); r++) {
                int c = table.cell(u, r);
                if (c != RatingTable.MISSING) withAll += g[c];
            }
            double peUnit = m / meanRatings - withAll / meanRatings - pe * spread;
            double k = (paUnit - pe) / expected - 2 * (1 - alphaPrime) * (peUnit - pe) / expected;
            sum += (k - alphaPrime) * (k - alphaPrime);
        }
        GwetInference.fill(b, alpha, Math.sqrt(sum / (n * (n - 1.0))), ratedUnits, "alpha");
    }

    /** g_c = Σ_k n_k δ²(c, k) / N: the mean disagreement of category c with all pairable values. */
    private double[] disagreementWithAll() {
        double[] marginal = metric.marginal;
        int q = marginal.length;
        double bigN = metric.pairableValues;
        double[] g = new double[q];
        if (metric.level == MeasurementLevel.NOMINAL) {
            for (int c = 0; c < q; c++) g[c] = (bigN - marginal[c]) / bigN;
        } else if (metric.level == MeasurementLevel.INTERVAL) {
            // Σ_k n_k (x_c - x_k)² / N = (x_c - mean)² + variance, in closed form for many distinct values.
            double[] x = metric.x;
            double mean = 0;
            for (int c = 0; c < q; c++) mean += marginal[c] * x[c];
            mean /= bigN;
            double variance = 0;
            for (int c = 0; c < q; c++) variance += marginal[c] * (x[c] - mean) * (x[c] - mean);
            variance /= bigN;
            for (int c = 0; c < q; c++) g[c] = (x[c] - mean) * (x[c] - mean) + variance;
        } else {
            for (int c = 0; c < q; c++) {
                double sum = 0;
                for (int k = 0; k < q; k++) if (marginal[k] != 0) sum += marginal[k] * metric.delta2(c, k);
                g[c] = sum / bigN;
            }
        }
        return g;
    }
}
