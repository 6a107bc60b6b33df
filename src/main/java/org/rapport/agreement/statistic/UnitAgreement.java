package org.rapport.agreement.statistic;

/**
 * The shared core of the chance-corrected coefficients in Gwet's (2014) form, which use all the data: observed
 * agreement is averaged over the units with two or more ratings, category prevalence over all rated units, and the
 * standard error follows Gwet's linearisation. Fleiss, Gwet's AC1/AC2, Brennan–Prediger, Conger and pairwise percent
 * agreement all start from here.
 */
final class UnitAgreement {
    final int[][] counts;
    final int[] ratings;
    final double[][] w;
    final int q;
    /** Units with at least one rating. */
    final int n;
    /** Units with at least two ratings (pairable). */
    final int n2;
    final double pa;
    final double[] paUnit;
    /** Mean over rated units of the share of a unit's ratings in each category. */
    final double[] pi;

    private UnitAgreement(int[][] counts, int[] ratings, double[][] w) {
        this.counts = counts;
        this.ratings = ratings;
        this.w = w;
        this.q = w.length;
        this.n = counts.length;
        int pairable = 0;
        double sum = 0;
        paUnit = new double[n];
        pi = new double[q];
        for (int i = 0; i < n; i++) {
            int r = ratings[i];
            for (int k = 0; k < q; k++) pi[k] += (double) counts[i][k] / r;
            if (r < 2) continue;
            pairable++;
            double agree = 0;
            for (int k = 0; k < q; k++) {
                if (counts[i][k] == 0) continue;
                double weighted = 0;
                for (int l = 0; l < q; l++) weighted += w[k][l] * counts[i][l];
                agree += counts[i][k] * (weighted - 1);
            }
            paUnit[i] = agree / ((double) r * (r - 1));
            sum += paUnit[i];
        }
        for (int k = 0; k < q; k++) pi[k] /= n;
        this.n2 = pairable;
        this.pa = pairable == 0 ? Double.NaN : sum / pairable;
    }

    /** Counts over the units that have at least one rating. */
    static UnitAgreement of(RatingTable table, double[][] weights) {
        int[][] all = table.countsByUnit();
        int rated = 0;
        for (int u = 0; u < all.length; u++) if (table.ratingsOf(u) > 0) rated++;
        int[][] counts = new int[rated][];
        int[] ratings = new int[rated];
        int i = 0;
        for (int u = 0; u < all.length; u++) {
            int r = table.ratingsOf(u);
            if (r == 0) continue;
            counts[i] = all[u];
            ratings[i++] = r;
        }
        return new UnitAgreement(counts, ratings, weights);
    }

    /** Sum of all weights (Gwet's T_w). */
    double weightSum() {
        double t = 0;
        for (double[] row : w) for (double x : row) t += x;
        return t;
    }

    /** Share of unit i's ratings in category k. */
    double share(int i, int k) {
        return (double) counts[i][k] / ratings[i];
    }

    /**
     * Gwet's (2014) variance of a coefficient (pa - pe)/(1 - pe) given each unit's contribution to chance agreement
     * (null when pe does not depend on the data, as for Brennan–Prediger).
     */
    double variance(double coefficient, double pe, double[] peUnit) {
        if (n < 2 || n2 == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double pePairable = ratings[i] >= 2 ? pe : 0;
            double ki = ((double) n / n2) * (paUnit[i] - pePairable) / (1 - pe);
            if (peUnit != null) ki -= 2 * (1 - coefficient) * (peUnit[i] - pe) / (1 - pe);
            sum += (ki - coefficient) * (ki - coefficient);
        }
        return sum / ((double) n * (n - 1));
    }

    /** Fills value, agreement, SE and t-based 95% CI (Gwet 2014, n - 1 df) of a chance-corrected coefficient. */
    void fill(StatisticResult.Builder b, double pe, double[] peUnit, String undefinedBecause) {
        b.units(n2);
        if (n2 == 0) {
            b.undefined("no unit has two or more ratings");
            return;
        }
        b.agreement(pa, pe);
        if (Math.abs(1 - pe) < 1e-12) {
            b.undefined(undefinedBecause);
            return;
        }
        double value = (pa - pe) / (1 - pe);
        b.value(value, undefinedBecause);
        GwetInference.fill(b, value, Math.sqrt(variance(value, pe, peUnit)), n, "coefficient");
    }
}
