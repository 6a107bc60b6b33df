package org.rapport.agreement.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.NativeSupport;
import org.rapport.RScript;
import org.rapport.model.codebook.MeasurementLevel;

/**
 * The two bootstraps of Krippendorff's alpha, units (the default) and Hayes &amp; Krippendorff's pairs, against an
 * implementation of both in base R written from the published definitions (src/test/resources/r/alpha_bootstrap.R), on
 * 60 units rated by ten raters (alpha_ten_raters.csv, made by make_ten_raters.R). Two bootstraps with different random
 * numbers agree up to Monte Carlo error: with 20,000 resamples the SD to about 1% and a 2.5% or 97.5% point to about
 * 0.0015 (one standard error); the tolerances are four to five of those.
 */
class AlphaUnitBootstrapTest {
    private static final int RESAMPLES = 20_000;

    static RatingTable tenRaters() throws IOException {
        List<String> lines = Files.readAllLines(RScript.script("alpha_ten_raters.csv"));
        String[][] labels = new String[lines.size() - 1][];
        for (int u = 1; u < lines.size(); u++) {
            String[] cells = lines.get(u).split(",", -1);
            labels[u - 1] = new String[cells.length];
            for (int r = 0; r < cells.length; r++) labels[u - 1][r] = cells[r].equals("NA") ? null : cells[r];
        }
        return RatingTable.fromLabels(labels);
    }

    @Test
    void unitsAreResampledByDefault() throws IOException {
        StatisticResult r = KrippendorffAlpha.compute(tenRaters(), MeasurementLevel.INTERVAL, new Bootstrap(500, 1));
        assertNotNull(r.ci95());
        assertTrue(r.ciMethod().startsWith("bootstrap over units"), r.ciMethod());
        assertTrue(r.ciMethod().contains("seed 1"), r.ciMethod());
    }

    @Test
    void theSameSeedGivesTheSameUnitInterval() throws IOException {
        StatisticResult a = KrippendorffAlpha.compute(tenRaters(), MeasurementLevel.ORDINAL, new Bootstrap(500, 9));
        StatisticResult b = KrippendorffAlpha.compute(tenRaters(), MeasurementLevel.ORDINAL, new Bootstrap(500, 9));
        assertEquals(a.ci95(), b.ci95());
    }

    /**
     * With ten raters a unit holds 45 pairs of values, which the bootstrap of pairs treats as independent: its interval
     * is about three times narrower than the unit bootstrap's, which agrees with Gwet's linearised SE (over units).
     */
    @Test
    void withTenRatersThePairBootstrapIsFarNarrowerThanTheUnitBootstrapAndGwetsSe() throws IOException {
        RatingTable t = tenRaters();
        StatisticResult units = KrippendorffAlpha.compute(t, MeasurementLevel.INTERVAL, new Bootstrap(5000, 3));
        StatisticResult pairs = KrippendorffAlpha.compute(t, MeasurementLevel.INTERVAL,
                new Bootstrap(5000, 3, Bootstrap.AlphaResampling.PAIRS));
        StatisticResult gwet = KrippendorffAlpha.compute(t, MeasurementLevel.INTERVAL);
        double unitWidth = units.ci95().high() - units.ci95().low();
        double pairWidth = pairs.ci95().high() - pairs.ci95().low();
        assertTrue(unitWidth / pairWidth > 2.5, "units " + unitWidth + ", pairs " + pairWidth);
        assertEquals(gwet.se(), units.se(), 0.25 * gwet.se(), "Gwet's SE " + gwet.se() + ", unit bootstrap " + units.se());
        assertTrue(pairs.se() < gwet.se() / 2, "pairs " + pairs.se() + ", Gwet " + gwet.se());
    }

    @Test
    void bothBootstrapsAgreeWithRAtTheOrdinalLevel() throws IOException {
        matchesR(MeasurementLevel.ORDINAL, "ordinal");
    }

    @Test
    void bothBootstrapsAgreeWithRAtTheIntervalLevel() throws IOException {
        matchesR(MeasurementLevel.INTERVAL, "interval");
    }

    private static void matchesR(MeasurementLevel level, String name) throws IOException {
        NativeSupport.assumeR();
        Path data = RScript.script("alpha_ten_raters.csv");
        Map<String, String> r = RScript.run(RScript.script("alpha_bootstrap.R"), data.toString(), name,
                Integer.toString(RESAMPLES), "17");
        RatingTable t = tenRaters();
        StatisticResult units = KrippendorffAlpha.compute(t, level, new Bootstrap(RESAMPLES, 5));
        StatisticResult pairs = KrippendorffAlpha.compute(t, level, new Bootstrap(RESAMPLES, 5, Bootstrap.AlphaResampling.PAIRS));
        assertEquals(num(r, "alpha"), units.value(), 1e-9, "alpha");
        assertEquals(num(r, "units_se"), units.se(), 0.04 * num(r, "units_se"), "unit bootstrap SD");
        assertEquals(num(r, "units_low"), units.ci95().low(), 0.008, "unit bootstrap 2.5%");
        assertEquals(num(r, "units_high"), units.ci95().high(), 0.008, "unit bootstrap 97.5%");
        assertEquals(num(r, "pairs_se"), pairs.se(), 0.04 * num(r, "pairs_se"), "pair bootstrap SD");
        assertEquals(num(r, "pairs_low"), pairs.ci95().low(), 0.004, "pair bootstrap 2.5%");
        assertEquals(num(r, "pairs_high"), pairs.ci95().high(), 0.004, "pair bootstrap 97.5%");
    }

    private static double num(Map<String, String> r, String key) {
        assertNotNull(r.get(key), "R printed no " + key + ": " + r);
        return Double.parseDouble(r.get(key));
    }
}
