package org.rapport.agreement.statistic;

/**
 * Percent agreement without chance correction.
 * <ul>
 * <li>Pairwise (Gwet 2014): for each unit with two or more ratings, the share of ordered rater pairs that agree
 * (weighted when weights are given), averaged over those units. Equals Fleiss' P-bar. SE and CI by Gwet's (2014)
 * linearisation.</li>
 * <li>Unanimous: the share of units with two or more ratings on which all raters agree (numeric ratings agree within a
 * tolerance when max - min ≤ tolerance), as R irr's {@code agree}.</li>
 * </ul>
 */
public final class PercentAgreement {
    public static final String NAME = "percent-agreement";

    /** Which units count as agreeing: pairwise (the share of agreeing rater pairs) or unanimous. */
    public enum Form { PAIRWISE, UNANIMOUS }

    private PercentAgreement() {
    }

    public static StatisticResult pairwise(RatingTable table, AgreementWeights weights) {
        RatingTable t = weights.prepare(table);
        UnitAgreement ua = UnitAgreement.of(t, weights.matrix(t));
        StatisticResult.Builder b = StatisticResult.builder(NAME, table)
                .variant("pairwise (mean over units of agreeing rater pairs), " + weights.describe()).units(ua.n2);
        if (ua.n2 == 0) return b.undefined("no unit has two or more ratings").build();
        b.value(ua.pa, "no unit has two or more ratings");
        double se = Math.sqrt(ua.variance(ua.pa, 0, null));
        Interval ci = GwetInference.interval(ua.pa, se, ua.n);
        if (Double.isFinite(se) && ci != null) b.se(se).ci95(ci.clippedToProportion(), GwetInference.INTERVAL + ", cut to [0, 1]");
        return b.build();
    }

    public static StatisticResult unanimous(RatingTable table, double tolerance) {
        double[] x = tolerance > 0 ? table.categoryValues() : null;
        int pairable = 0;
        int unanimous = 0;
        for (int u = 0; u < table.unitCount(); u++) {
            if (table.ratingsOf(u) < 2) continue;
            pairable++;
            int first = RatingTable.MISSING;
            boolean same = true;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < table.raterCount(); r++) {
                int c = table.cell(u, r);
                if (c == RatingTable.MISSING) continue;
                if (x != null) {
                    min = Math.min(min, x[c]);
                    max = Math.max(max, x[c]);
                } else if (first == RatingTable.MISSING) {
                    first = c;
                } else if (c != first) {
                    same = false;
                }
            }
            if (x != null ? max - min <= tolerance + 1e-12 : same) unanimous++;
        }
        StatisticResult.Builder b = StatisticResult.builder(NAME, table).units(pairable)
                .variant(tolerance > 0 ? "unanimous within " + tolerance : "unanimous");
        if (pairable == 0) return b.undefined("no unit has two or more ratings").build();
        return b.value((double) unanimous / pairable, "").build();
    }
}
