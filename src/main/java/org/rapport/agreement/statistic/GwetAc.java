package org.rapport.agreement.statistic;

/**
 * Gwet's AC1 (unweighted) and AC2 (weighted) for any number of raters with missing ratings (Gwet 2008, 2014): chance
 * agreement pe = T_w / (q (q - 1)) · Σ_k π_k (1 - π_k), where q is the number of categories on the scale.
 */
public final class GwetAc {
    public static final String NAME = "gwet-ac";

    private GwetAc() {
    }

    public static StatisticResult compute(RatingTable table, AgreementWeights weights) {
        RatingTable t = weights.prepare(table);
        double[][] w = weights.matrix(t);
        UnitAgreement ua = UnitAgreement.of(t, w);
        String form = weights.isIdentity() ? "AC1" : "AC2";
        StatisticResult.Builder b = StatisticResult.builder(NAME, table).variant(form + " (Gwet 2014), " + weights.describe());
        int q = ua.q;
        if (q < 2) {
            return b.units(ua.n2).undefined("only one category on the scale: chance agreement is undefined").build();
        }
        double factor = ua.weightSum() / (q * (q - 1.0));
        double pe = 0;
        for (int k = 0; k < q; k++) pe += ua.pi[k] * (1 - ua.pi[k]);
        pe *= factor;
        double[] peUnit = new double[ua.n];
        for (int i = 0; i < ua.n; i++) {
            for (int k = 0; k < q; k++) peUnit[i] += ua.share(i, k) * (1 - ua.pi[k]);
            peUnit[i] *= factor;
        }
        ua.fill(b, pe, peUnit, "chance agreement is 1");
        Benchmarks.kappaLike(b);
        return b.build();
    }
}
