package org.rapport.agreement.statistic;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Cohen's (1960) kappa for two raters and weighted kappa (Cohen 1968) with linear, quadratic or custom agreement
 * weights, over the units both raters rated. Standard error: the large-sample (non-null) variance of Fleiss, Cohen &
 * Everitt (1969); 95% CI = kappa ± 1.96 SE.
 */
public final class CohenKappa {
    public static final String NAME = "cohen-kappa";
    private static final double Z975 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private CohenKappa() {
    }

    public static StatisticResult compute(RatingTable table, AgreementWeights weights) {
        if (table.raterCount() != 2) {
            throw new IllegalArgumentException("Cohen's kappa needs exactly two raters (found " + table.raterCount()
                    + "); use conger-kappa, fleiss-kappa or light-kappa for more");
        }
        RatingTable complete = weights.prepare(table.completeUnits());
        StatisticResult.Builder b = StatisticResult.builder(NAME, table)
                .variant("Cohen (1960/1968), " + weights.describe()).units(complete.unitCount());
        if (complete.unitCount() < table.unitCount()) {
            b.note((table.unitCount() - complete.unitCount()) + " unit(s) not rated by both raters left out");
        }
        Kappa k = kappa(complete, weights.matrix(complete));
        if (k == null) return b.undefined("no unit was rated by both raters").build();
        b.agreement(k.po, k.pe);
        if (Math.abs(1 - k.pe) < 1e-12) {
            return b.undefined("chance agreement is 1: both raters put every unit in the same single category").build();
        }
        b.value(k.value, "undefined");
        if (Double.isFinite(k.se) && k.se > 0) {
            b.se(k.se).ci95(new Interval(k.value - Z975 * k.se, k.value + Z975 * k.se).clippedToUnitRange(),
                    "Fleiss, Cohen & Everitt (1969) large-sample SE, normal, cut to [-1, 1]");
        }
        Benchmarks.kappaLike(b);
        return b.build();
    }

    /** Kappa with its parts. */
    record Kappa(double value, double po, double pe, double se) {
    }

    /** Kappa of the first two columns over complete units; null when there are none. */
    static Kappa kappa(RatingTable complete, double[][] w) {
        int n = complete.unitCount();
        if (n == 0) return null;
        int q = complete.categoryCount();
        double[][] p = new double[q][q];
        for (int u = 0; u < n; u++) p[complete.cell(u, 0)][complete.cell(u, 1)] += 1.0 / n;
        return ofProportions(p, n, w);
    }

    /**
     * Just the kappa of a q × q table of counts (rows: first rater), for resampling; NaN when the table is empty or
     * chance agreement is 1.
     */
    static double valueOfCounts(double[] counts, int q, double[][] w, double[] row, double[] col) {
        java.util.Arrays.fill(row, 0, q, 0);
        java.util.Arrays.fill(col, 0, q, 0);
        double n = 0;
        double po = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                double c = counts[k * q + l];
                if (c == 0) continue;
                n += c;
                row[k] += c;
                col[l] += c;
                po += w[k][l] * c;
            }
        }
        if (n == 0) return Double.NaN;
        double pe = 0;
        for (int k = 0; k < q; k++) {
            if (row[k] == 0) continue;
            for (int l = 0; l < q; l++) pe += w[k][l] * row[k] * col[l];
        }
        po /= n;
        pe /= n * n;
        return Math.abs(1 - pe) < 1e-12 ? Double.NaN : (po - pe) / (1 - pe);
    }

    private static Kappa ofProportions(double[][] p, double n, double[][] w) {
        int q = p.length;
        double[] row = new double[q];
        double[] col = new double[q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                row[k] += p[k][l];
                col[l] += p[k][l];
            }
        }
        double po = 0;
        double pe = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                po += w[k][l] * p[k][l];
                pe += w[k][l] * row[k] * col[l];
            }
        }
        double value = (po - pe) / (1 - pe);
        double[] wRow = new double[q];
        double[] wCol = new double[q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                wRow[k] += col[l] * w[k][l];
                wCol[l] += row[k] * w[k][l];
            }
        }
        double sum = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                double d = w[k][l] * (1 - pe) - (wRow[k] + wCol[l]) * (1 - po);
                sum += p[k][l] * d * d;
            }
        }
        double last = po * pe - 2 * pe + po;
        double var = (sum - last * last) / (n * Math.pow(1 - pe, 4));
        return new Kappa(value, po, pe, Math.sqrt(Math.max(var, 0)));
    }
}
