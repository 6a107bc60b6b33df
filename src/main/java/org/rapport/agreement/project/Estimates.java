package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.rapport.agreement.project.ProjectAgreementResult.Confusion;
import org.rapport.agreement.project.ProjectAgreementResult.Estimate;
import org.rapport.agreement.statistic.AgreementWeights;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.agreement.statistic.Category;
import org.rapport.agreement.statistic.CohenKappa;
import org.rapport.agreement.statistic.FleissKappa;
import org.rapport.agreement.statistic.GwetAc;
import org.rapport.agreement.statistic.Icc;
import org.rapport.agreement.statistic.KrippendorffAlpha;
import org.rapport.agreement.statistic.LightBootstrap;
import org.rapport.agreement.statistic.LightKappa;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.agreement.statistic.StatisticResult;
import org.rapport.model.codebook.MeasurementLevel;

/**
 * Picks and runs the statistics for a table by its level of measurement: nominal codes get Cohen's kappa per pair,
 * Fleiss' kappa (three or more raters), Krippendorff's alpha and Gwet's AC1 over all raters; ratings get ICC(2,1)
 * per pair and over all raters, and Krippendorff's alpha at the item's level.
 */
final class Estimates {
    static final Icc.Form ICC_2_1 = new Icc.Form(Icc.Model.TWO_WAY_RANDOM, Icc.Type.AGREEMENT, Icc.Unit.SINGLE);
    static final String COHEN = "Cohen's kappa";
    static final String FLEISS = "Fleiss' kappa";
    static final String GWET = "Gwet's AC1";
    static final String ICC_TITLE = "ICC(2,1)";

    private Estimates() {
    }

    static String pairName(String a, String b) {
        return a + "–" + b;
    }

    static String alphaTitle(MeasurementLevel level) {
        return "Krippendorff's alpha (" + level.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** One estimate per pair of raters, from the two-column table of the pair. */
    private static List<Estimate> pairs(RatingTable t, String title, Function<RatingTable, StatisticResult> statistic) {
        List<Estimate> out = new ArrayList<>();
        for (int i = 0; i < t.raterCount(); i++) {
            for (int j = i + 1; j < t.raterCount(); j++) {
                RatingTable pair = t.selectRaters(i, j);
                out.add(new Estimate(pairName(t.raterIds().get(i), t.raterIds().get(j)), title, null,
                        safely(pair, () -> statistic.apply(pair))));
            }
        }
        return out;
    }

    /** What a code or group table's categories mean for {@link Degeneracy}: "not coded here", and what was coded. */
    record Coded(String negative, String what) {
        static final Coded CODE = new Coded(org.rapport.agreement.alignment.TimelineAlignment.ABSENT, "this code");
        static final Coded GROUP = new Coded(org.rapport.agreement.alignment.TimelineAlignment.NONE, "any code of this group");
    }

    /**
     * @param coded what the categories mean, for codes and groups; null for a nominal rating item (then an estimate on
     *              fewer than {@link Degeneracy#MIN_UNITS} units is degenerate)
     */
    static List<Estimate> nominal(RatingTable t, Coded coded) {
        List<Estimate> out = new ArrayList<>();
        for (Estimate e : pairs(t, COHEN, pair -> CohenKappa.compute(pair, AgreementWeights.unweighted()))) {
            out.add(e.flagged(degeneracy(pairTable(t, e.raters()), coded, e.result())));
        }
        String all = degeneracy(t, coded, null);
        int k = t.raterCount();
        if (k >= 3) out.add(flagged(new Estimate(Estimate.ALL_RATERS, FLEISS, null,
                safely(t, () -> FleissKappa.compute(t, AgreementWeights.unweighted()))), all, coded));
        out.add(flagged(new Estimate(Estimate.ALL_RATERS, alphaTitle(MeasurementLevel.NOMINAL), null,
                safely(t, () -> KrippendorffAlpha.compute(t, MeasurementLevel.NOMINAL))), all, coded));
        out.add(flagged(new Estimate(Estimate.ALL_RATERS, GWET, null,
                safely(t, () -> GwetAc.compute(t, AgreementWeights.unweighted()))), all, coded));
        return out;
    }

    /** A code's reason applies to every estimate of its table; an item's depends on each estimate's own units. */
    private static Estimate flagged(Estimate e, String tableReason, Coded coded) {
        return e.flagged(coded != null ? tableReason : Degeneracy.ofRatings(e.result().units()));
    }

    private static String degeneracy(RatingTable t, Coded coded, StatisticResult r) {
        if (coded == null) return r == null ? null : Degeneracy.ofRatings(r.units());
        return Degeneracy.ofCodes(t, coded.negative(), coded.what());
    }

    /** The two-rater table of an estimate's pair ("Ana–Ben"). */
    private static RatingTable pairTable(RatingTable t, String pair) {
        int dash = pair.indexOf('–');
        return t.selectRaters(t.raterIds().indexOf(pair.substring(0, dash)), t.raterIds().indexOf(pair.substring(dash + 1)));
    }

    /** Cohen's kappa of a two-rater table, labelled with a variant (event matching). */
    static Estimate cohen(RatingTable pair, String variant, Coded coded) {
        return new Estimate(pairName(pair.raterIds().get(0), pair.raterIds().get(1)), COHEN, variant,
                safely(pair, () -> CohenKappa.compute(pair, AgreementWeights.unweighted())))
                .flagged(Degeneracy.ofCodes(pair, coded.negative(), coded.what()));
    }

    static final String LIGHT = "Light's kappa";

    /**
     * All raters under event matching: Light's (1971) mean of the pairs' Cohen's kappas of one variant
     * ("with unmatched" or "matched only"); each pair was matched over its own events.
     */
    static Estimate lightOfPairs(List<Estimate> pairEstimates, String variant, int units, int raters,
                                 LightBootstrap sessions, Bootstrap bootstrap) {
        List<StatisticResult> kappas = pairEstimates.stream()
                .filter(e -> COHEN.equals(e.title()) && java.util.Objects.equals(variant, e.variant()))
                .map(Estimate::result).toList();
        return new Estimate(Estimate.ALL_RATERS, LIGHT, variant,
                LightKappa.ofPairs(kappas, units, raters, variant, sessions, bootstrap, "sessions"));
    }


    /** @param bootstrap the bootstrap of ordinal alpha, whose metric has no closed-form SE */
    static List<Estimate> numeric(RatingTable t, MeasurementLevel level, Bootstrap bootstrap) {
        List<Estimate> out = new ArrayList<>(pairs(t, ICC_TITLE, pair -> Icc.compute(pair, ICC_2_1)));
        if (t.raterCount() >= 3) out.add(new Estimate(Estimate.ALL_RATERS, ICC_TITLE, null, safely(t, () -> Icc.compute(t, ICC_2_1))));
        // The ordinal metric has no closed-form SE: its interval comes from a bootstrap.
        Bootstrap ordinal = level == MeasurementLevel.ORDINAL ? bootstrap : null;
        out.add(new Estimate(Estimate.ALL_RATERS, alphaTitle(level), null,
                safely(t, () -> KrippendorffAlpha.compute(t, level, ordinal))));
        out.replaceAll(e -> e.flagged(Degeneracy.ofRatings(e.result().units())));
        return out;
    }

    /** A statistic that refuses the table (too few raters, no pairable units) becomes an undefined result with the reason. */
    private static StatisticResult safely(RatingTable t, Supplier<StatisticResult> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            return StatisticResult.builder("undefined", t).undefined(e.getMessage()).build();
        }
    }

    /** One confusion matrix per pair of raters, over the units both rated. */
    static List<Confusion> confusions(RatingTable t) {
        List<Confusion> out = new ArrayList<>();
        List<String> labels = t.categories().stream().map(Category::label).toList();
        for (int i = 0; i < t.raterCount(); i++) {
            for (int j = i + 1; j < t.raterCount(); j++) {
                int[][] counts = new int[labels.size()][labels.size()];
                for (int u = 0; u < t.unitCount(); u++) {
                    int a = t.cell(u, i);
                    int b = t.cell(u, j);
                    if (a != RatingTable.MISSING && b != RatingTable.MISSING) counts[a][b]++;
                }
                out.add(new Confusion(t.raterIds().get(i), t.raterIds().get(j), labels, counts));
            }
        }
        return out;
    }

    /** Share of the ratings given that are not the "negative" category (absent, none); null when there are none. */
    static Double prevalence(RatingTable t, String negative) {
        int[] c = positives(t, negative);
        return c[1] == 0 ? null : (double) c[0] / c[1];
    }

    /** {ratings not in the negative category, ratings given}. */
    static int[] positives(RatingTable t, String negative) {
        boolean[] isNegative = new boolean[t.categoryCount()]; // labels compared once, not per cell
        for (int c = 0; c < isNegative.length; c++) isNegative[c] = t.categories().get(c).label().equals(negative);
        int given = 0;
        int positive = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            for (int r = 0; r < t.raterCount(); r++) {
                int c = t.cell(u, r);
                if (c == RatingTable.MISSING) continue;
                given++;
                if (!isNegative[c]) positive++;
            }
        }
        return new int[] {positive, given};
    }
}
