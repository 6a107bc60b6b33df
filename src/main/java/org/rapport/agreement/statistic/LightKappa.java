package org.rapport.agreement.statistic;

import java.util.ArrayList;
import java.util.List;

/**
 * Light's (1971) kappa: the mean of Cohen's kappa over all pairs of raters, each pair over the units both rated.
 * Undefined when any pair's kappa is undefined (the mean would hide it).
 */
public final class LightKappa {
    public static final String NAME = "light-kappa";

    private LightKappa() {
    }

    /**
     * Light's kappa from pairwise kappas computed elsewhere (event matching compares each pair over its own linked
     * events, so there is no single units × raters table). Undefined when any pair's kappa is.
     *
     * @param units  the units the pairs compared, all pairs together
     * @param raters the number of raters the pairs cover
     */
    public static StatisticResult ofPairs(List<StatisticResult> pairKappas, int units, int raters, String variant) {
        return ofPairs(pairKappas, units, raters, variant, null, null, null);
    }

    /**
     * As {@link #ofPairs(List, int, int, String)}, with a percentile bootstrap CI from resampling the clusters (e.g.
     * sessions) the pairs were compared over, when {@code clusters} and {@code settings} are given.
     */
    public static StatisticResult ofPairs(List<StatisticResult> pairKappas, int units, int raters, String variant,
                                          LightBootstrap clusters, Bootstrap settings, String clusterName) {
        StatisticResult.Builder b = StatisticResult.builder(NAME, units, raters)
                .variant("Light (1971) mean pairwise Cohen kappa" + (variant == null ? "" : ", " + variant));
        if (pairKappas.size() < 2) return b.undefined("needs three or more raters (two or more pairs)").build();
        double sum = 0;
        for (StatisticResult k : pairKappas) {
            if (!k.isDefined()) return b.undefined("Cohen's kappa is undefined for a rater pair: " + k.reason()).build();
            sum += k.value();
        }
        b.value(sum / pairKappas.size(), "undefined");
        if (clusters != null && settings != null) clusters.fill(b, settings, clusterName);
        Benchmarks.kappaLike(b);
        return b.build();
    }

    public static StatisticResult compute(RatingTable table, AgreementWeights weights) {
        return compute(table, weights, null);
    }

    /** With a bootstrap, the 95% CI is a percentile interval from resampling units ({@link LightBootstrap}). */
    public static StatisticResult compute(RatingTable table, AgreementWeights weights, Bootstrap bootstrap) {
        StatisticResult.Builder b = StatisticResult.builder(NAME, table).variant("Light (1971) mean pairwise Cohen kappa, "
                + weights.describe());
        int k = table.raterCount();
        if (k < 2) return b.undefined("fewer than two raters").build();
        double sum = 0;
        int pairs = 0;
        boolean[] unitUsed = new boolean[table.unitCount()];
        List<String> undefinedPairs = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            for (int h = g + 1; h < k; h++) {
                RatingTable pair = table.selectRaters(g, h);
                for (int u = 0; u < pair.unitCount(); u++) if (pair.ratingsOf(u) == 2) unitUsed[u] = true;
                RatingTable complete = weights.prepare(pair.completeUnits());
                CohenKappa.Kappa kappa = CohenKappa.kappa(complete, weights.matrix(complete));
                if (kappa == null || Math.abs(1 - kappa.pe()) < 1e-12) {
                    undefinedPairs.add(table.raterIds().get(g) + "/" + table.raterIds().get(h));
                    continue;
                }
                sum += kappa.value();
                pairs++;
            }
        }
        int used = 0;
        for (boolean x : unitUsed) if (x) used++;
        b.units(used);
        if (!undefinedPairs.isEmpty()) {
            return b.undefined("Cohen's kappa is undefined for rater pair(s) " + String.join(", ", undefinedPairs)
                    + " (no shared units or a single category)").build();
        }
        b.value(sum / pairs, "undefined");
        if (bootstrap != null) {
            LightBootstrap.overUnits(table, weights).fill(b, bootstrap, "units");
        } else {
            b.note("no closed-form SE for Light's kappa: ask for a bootstrap CI");
        }
        Benchmarks.kappaLike(b);
        return b.build();
    }
}
