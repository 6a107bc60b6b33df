package org.rapport.agreement.statistic;

/**
 * Conger's (1980) exact kappa for any number of raters: chance agreement from each rater's own marginals, averaged
 * over all pairs of raters. With missing ratings it follows Gwet (2014): observed agreement over units with two or more
 * ratings, each rater's marginals over the units that rater rated. On two raters and complete data it is Cohen's kappa.
 * Standard error, CI and t test follow Gwet's (2014) linearisation.
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
        Marginals m = Marginals.of(t);
        if (m.raters.length < 2) return b.units(ua.n2).undefined("fewer than two raters gave ratings").build();
        double pe = m.chanceAgreement(w);
        ua.fill(b, pe, m.chanceAgreementByUnit(t, w), "chance agreement is 1: all raters used a single category");
        Benchmarks.kappaLike(b);
        return b.build();
    }

    /** Each rater's distribution over the categories, over the units that rater rated (raters with no rating left out). */
    private static final class Marginals {
        /** Table columns of the raters that gave ratings. */
        final int[] raters;
        /** Units each of those raters rated. */
        final int[] rated;
        /** p[g][k]: share of rater g's ratings in category k. */
        final double[][] p;
        /** Mean over raters of p[g][k]. */
        final double[] mean;

        private Marginals(int[] raters, int[] rated, double[][] p, int q) {
            this.raters = raters;
            this.rated = rated;
            this.p = p;
            this.mean = new double[q];
            for (double[] pg : p) for (int k = 0; k < q; k++) mean[k] += pg[k] / p.length;
        }

        static Marginals of(RatingTable t) {
            int q = t.categoryCount();
            java.util.List<Integer> columns = new java.util.ArrayList<>();
            java.util.List<Integer> counts = new java.util.ArrayList<>();
            java.util.List<double[]> shares = new java.util.ArrayList<>();
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
                columns.add(r);
                counts.add(rated);
                shares.add(m);
            }
            return new Marginals(columns.stream().mapToInt(Integer::intValue).toArray(),
                    counts.stream().mapToInt(Integer::intValue).toArray(), shares.toArray(double[][]::new), q);
        }

        /** pe = Σ_{g≠h} Σ_kl w_kl p_gk p_hl / (r (r - 1)). */
        double chanceAgreement(double[][] w) {
            int r = p.length;
            int q = mean.length;
            double pe = 0;
            for (int g = 0; g < r; g++) {
                for (int h = 0; h < r; h++) {
                    if (g == h) continue;
                    for (int k = 0; k < q; k++) {
                        if (p[g][k] == 0) continue;
                        for (int l = 0; l < q; l++) pe += w[k][l] * p[g][k] * p[h][l];
                    }
                }
            }
            return pe / (r * (r - 1.0));
        }

        /**
         * Each rated unit's contribution to chance agreement, for Gwet's (2014, ch. 5) linearised variance of Conger's
         * kappa: pe_i = Σ_g λ_ig / (r (r - 1)) with λ_ig = Σ_k (n / n_g) [ε_ig w_{k,x_ig} - (ε_ig - n_g / n) Σ_l w_kl
         * p_gl] (r p̄_k - p_gk), where ε_ig says whether rater g rated unit i and x_ig is the category given. Units
         * are in the order {@link UnitAgreement} keeps them (rated units in table order).
         */
        double[] chanceAgreementByUnit(RatingTable t, double[][] w) {
            int r = p.length;
            int q = mean.length;
            int n = 0;
            for (int u = 0; u < t.unitCount(); u++) if (t.ratingsOf(u) > 0) n++;
            // a[g][k] = Σ_l w_kl p_gl and c[g][k] = r p̄_k - p_gk do not depend on the unit.
            double[][] a = new double[r][q];
            double[][] c = new double[r][q];
            double[] missingTerm = new double[r];
            for (int g = 0; g < r; g++) {
                for (int k = 0; k < q; k++) {
                    for (int l = 0; l < q; l++) a[g][k] += w[k][l] * p[g][l];
                    c[g][k] = r * mean[k] - p[g][k];
                    missingTerm[g] += a[g][k] * c[g][k];
                }
            }
            double[] out = new double[n];
            int i = 0;
            for (int u = 0; u < t.unitCount(); u++) {
                if (t.ratingsOf(u) == 0) continue;
                double sum = 0;
                for (int g = 0; g < r; g++) {
                    double scale = (double) n / rated[g];
                    double share = (double) rated[g] / n;
                    int x = t.cell(u, raters[g]);
                    double lambda;
                    if (x == RatingTable.MISSING) {
                        lambda = share * missingTerm[g]; // ε = 0: only the centring term remains
                    } else {
                        lambda = 0;
                        for (int k = 0; k < q; k++) lambda += (w[k][x] - (1 - share) * a[g][k]) * c[g][k];
                    }
                    sum += scale * lambda;
                }
                out[i++] = sum / (r * (r - 1.0));
            }
            return out;
        }
    }
}
