package org.rapport.agreement.statistic;

import org.apache.commons.math3.special.Erf;

/**
 * Fleiss' (1971) kappa for any number of raters, in Gwet's (2014) generalisation to missing ratings: observed agreement
 * over units with two or more ratings, chance agreement from the mean share of each category per rated unit. On
 * complete data it is Fleiss' kappa exactly; with two raters it is Scott's pi. Standard error and CI follow Gwet's
 * (2014) linearisation. The test of kappa = 0 is Fleiss, Nee & Landis's (1979) z when every unit has the same number
 * of ratings (unweighted), else Gwet's t with n - 1 df. Per-category kappas (each category against the others) are
 * given always.
 */
public final class FleissKappa {
    public static final String NAME = "fleiss-kappa";

    private FleissKappa() {
    }

    public static StatisticResult compute(RatingTable table, AgreementWeights weights) {
        return compute(NAME, table, weights);
    }

    static StatisticResult compute(String name, RatingTable table, AgreementWeights weights) {
        RatingTable t = weights.prepare(table);
        double[][] w = weights.matrix(t);
        UnitAgreement ua = UnitAgreement.of(t, w);
        StatisticResult.Builder b = StatisticResult.builder(name, table).variant(
                (name.equals(NAME) ? "Fleiss (1971), Gwet's (2014) form for missing ratings, " : "Scott (1955), ") + weights.describe());
        double pe = 0;
        double[] piW = new double[ua.q];
        for (int k = 0; k < ua.q; k++) {
            for (int l = 0; l < ua.q; l++) {
                pe += w[k][l] * ua.pi[k] * ua.pi[l];
                piW[k] += (w[k][l] + w[l][k]) / 2 * ua.pi[l];
            }
        }
        double[] peUnit = new double[ua.n];
        for (int i = 0; i < ua.n; i++) for (int k = 0; k < ua.q; k++) peUnit[i] += ua.share(i, k) * piW[k];
        ua.fill(b, pe, peUnit, "chance agreement is 1: all ratings are in one category");
        if (ua.n2 < ua.n) {
            b.note((ua.n - ua.n2) + " unit(s) with a single rating count towards category prevalence only");
        }
        if (b.value() != null) {
            perCategory(b, t, ua);
            if (!weights.isIdentity()) b.note("per-category kappas are unweighted: each category against all the others");
            if (weights.isIdentity()) zTest(b, ua);
        }
        Benchmarks.kappaLike(b);
        return b.build();
    }

    /** kappa_j = 1 - sum_i x_ij (r_i - x_ij) / (r_i (r_i - 1)) / (n2 p_j q_j), Fleiss (1971) eq. 13 generalised. */
    private static void perCategory(StatisticResult.Builder b, RatingTable t, UnitAgreement ua) {
        for (int k = 0; k < ua.q; k++) {
            double disagree = 0;
            for (int i = 0; i < ua.n; i++) {
                int r = ua.ratings[i];
                if (r < 2) continue;
                disagree += (double) ua.counts[i][k] * (r - ua.counts[i][k]) / ((double) r * (r - 1));
            }
            double pq = ua.pi[k] * (1 - ua.pi[k]);
            b.perCategory(t.categories().get(k).label(), pq == 0 ? Double.NaN : 1 - disagree / (ua.n2 * pq));
        }
    }

    /** Fleiss, Nee & Landis (1979) standard error under kappa = 0; only for a constant number of raters per unit. */
    private static void zTest(StatisticResult.Builder b, UnitAgreement ua) {
        int m = ua.ratings.length == 0 ? 0 : ua.ratings[0];
        for (int r : ua.ratings) if (r != m) return;
        if (m < 2) return;
        double sumPq = 0;
        double sumPqqp = 0;
        for (int k = 0; k < ua.q; k++) {
            double p = ua.pi[k];
            double qq = 1 - p;
            sumPq += p * qq;
            sumPqqp += p * qq * (qq - p);
        }
        double se0 = Math.sqrt(2.0 / (ua.n * (double) m * (m - 1))) * Math.sqrt(sumPq * sumPq - sumPqqp) / sumPq;
        double z = b.value() / se0;
        double p = Erf.erfc(Math.abs(z) / Math.sqrt(2)); // two-sided, accurate in the far tail
        b.zTest(z, p, "z = kappa / SE0 under kappa = 0 (Fleiss, Nee & Landis 1979), two-sided");
    }
}
