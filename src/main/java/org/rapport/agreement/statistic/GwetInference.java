package org.rapport.agreement.statistic;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * What Gwet (2014) builds on a linearised standard error: the 95% interval value ± t(.975) · SE and the two-sided t test
 * of value = 0, both with n - 1 degrees of freedom over the n rated units (as irrCAC).
 */
final class GwetInference {
    static final String INTERVAL = "Gwet (2014) linearisation, t with n - 1 df";

    private GwetInference() {
    }

    /** SE, interval (cut to [-1, 1]) and t test of a chance-corrected coefficient; nothing when SE or n do not allow. */
    static void fill(StatisticResult.Builder b, double value, double se, int ratedUnits, String coefficient) {
        if (!Double.isFinite(se) || ratedUnits < 2) return;
        TDistribution t = new TDistribution(ratedUnits - 1);
        b.se(se);
        b.ci95(interval(t, value, se).clippedToUnitRange(), INTERVAL + ", cut to [-1, 1]");
        if (se > 0) {
            double statistic = value / se;
            b.tTest(statistic, ratedUnits - 1, 2 * t.cumulativeProbability(-Math.abs(statistic)),
                    "t = " + coefficient + " / SE with n - 1 df, two-sided (Gwet 2014)");
        }
    }

    /** value ± t(.975, n - 1) · SE, before it is cut to the statistic's range; null when n does not allow. */
    static Interval interval(double value, double se, int ratedUnits) {
        return ratedUnits < 2 ? null : interval(new TDistribution(ratedUnits - 1), value, se);
    }

    private static Interval interval(TDistribution t, double value, double se) {
        double half = t.inverseCumulativeProbability(0.975) * se;
        return new Interval(value - half, value + half);
    }
}
