package org.rapport.agreement.statistic;

/**
 * Brennan & Prediger's (1981) free-marginal kappa, pe = T_w / q^2 with q the categories on the scale, for any number of
 * raters with missing ratings (Gwet 2014). With two categories and two raters it is PABAK = 2 po - 1 (Byrt, Bishop &
 * Carlin 1993).
 */
public final class BrennanPrediger {
    public static final String NAME = "brennan-prediger";

    private BrennanPrediger() {
    }

    public static StatisticResult compute(RatingTable table, AgreementWeights weights) {
        RatingTable t = weights.prepare(table);
        double[][] w = weights.matrix(t);
        UnitAgreement ua = UnitAgreement.of(t, w);
        StatisticResult.Builder b = StatisticResult.builder(NAME, table)
                .variant("Brennan & Prediger (1981) free-marginal, " + weights.describe());
        int q = ua.q;
        if (q < 2) return b.units(ua.n2).undefined("only one category on the scale: chance agreement is 1").build();
        double pe = ua.weightSum() / ((double) q * q);
        ua.fill(b, pe, null, "chance agreement is 1");
        if (q == 2 && weights.isIdentity() && b.value() != null) b.note("with two categories this is PABAK = 2·pa - 1");
        Benchmarks.kappaLike(b);
        return b.build();
    }
}
