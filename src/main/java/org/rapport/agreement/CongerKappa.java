package org.rapport.agreement;

/**
 * Conger's (1980) exact kappa for any number of raters: chance agreement from each rater's own marginals, averaged
 * over all pairs of raters. With missing ratings it follows Gwet (2014): observed agreement over units with two or more
 * ratings, each rater's marginals over the units that rater rated. On two raters and complete data it is Cohen's kappa.
 */
public final class CongerKappa {
    public static final String NAME = "conger-kappa";

    private CongerKappa() {
    }

    public static StatisticResult compute(RatingTable table, AgreementWeights weights) {
        RatingTable t = weights.prepare(table);
        double[][] w = weights.matrix(t);
        UnitAgreement ua = UnitAgreement.of(t, w);
        StatisticResult.Builder b = StatisticResult.builder(NAME, table).variant("Conger (1980), " + weights.describe());
        int q = t.categoryCount();
        // Each rater's distribution over categories (over the units they rated).
        java.util.List<double[]> marginals = new java.util.ArrayList<>();
        for (int r = 0; r < t.raterCount(); r++) {
            double[] m = new double[q];
            int rated = 0;
            for (int u = 0; u < t.unitCount(); u++) {
                int c = t.cell(u, r);
                if (c == RatingTable.MISSING) continue;
                m[c]++;
                rated++;
            }
            if (rated == 0) continue;
            for (int k = 0; k < q; k++) m[k] /= rated;
            marginals.add(m);
        }
        int raters = marginals.size();
        if (raters < 2) return b.units(ua.n2).undefined("fewer than two raters gave ratings").build();
        double pe = 0;
        for (int g = 0; g < raters; g++) {
            for (int h = 0; h < raters; h++) {
                if (g == h) continue;
                double[] pg = marginals.get(g);
                double[] ph = marginals.get(h);
                for (int k = 0; k < q; k++) {
                    if (pg[k] == 0) continue;
                    for (int l = 0; l < q; l++) pe += w[k][l] * pg[k] * ph[l];
                }
            }
        }
        pe /= raters * (raters - 1.0);
        b.units(ua.n2);
        if (ua.n2 == 0) return b.undefined("no unit has two or more ratings").build();
        b.agreement(ua.pa, pe);
        if (Math.abs(1 - pe) < 1e-12) return b.undefined("chance agreement is 1: all raters used a single category").build();
        b.value((ua.pa - pe) / (1 - pe), "undefined");
        Benchmarks.kappaLike(b);
        return b.build();
    }
}
