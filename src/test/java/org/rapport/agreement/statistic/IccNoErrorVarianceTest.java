package org.rapport.agreement.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.RScript;

/**
 * Raters who differ only by a constant leave no error variance: the consistency ICCs are exactly 1 (irr, psych and
 * psy agree; only the F test is infinite). Checked against R computing them from the same data
 * (src/test/resources/r/icc_no_error_variance.R: psych::ICC, and irr's formulas from its mean squares).
 */
class IccNoErrorVarianceTest {
    /** Six units; rater b is a + 0.1, rater c is a − 2.7 (offsets that are not exact in binary). */
    private static final double[][] OFFSET = {{1, 1.1, -1.7}, {2, 2.1, -0.7}, {3.5, 3.6, 0.8}, {4, 4.1, 1.3},
            {5, 5.1, 2.3}, {7, 7.1, 4.3}};

    private static final Icc.Form C1 = new Icc.Form(Icc.Model.TWO_WAY_MIXED, Icc.Type.CONSISTENCY, Icc.Unit.SINGLE);
    private static final Icc.Form CK = new Icc.Form(Icc.Model.TWO_WAY_MIXED, Icc.Type.CONSISTENCY, Icc.Unit.AVERAGE);
    private static final Icc.Form A1 = new Icc.Form(Icc.Model.TWO_WAY_RANDOM, Icc.Type.AGREEMENT, Icc.Unit.SINGLE);

    private static RatingTable table(double[][] x) {
        Double[][] boxed = new Double[x.length][];
        for (int u = 0; u < x.length; u++) {
            boxed[u] = new Double[x[u].length];
            for (int r = 0; r < x[u].length; r++) boxed[u][r] = x[u][r];
        }
        return RatingTable.fromNumbers(boxed);
    }

    @Test
    void consistencyIccsAreOneWhenRatersDifferByAConstant() {
        for (Icc.Form form : new Icc.Form[] {C1, CK}) {
            StatisticResult r = Icc.compute(table(OFFSET), form);
            assertEquals(1.0, r.value(), 0, form.mcGrawWong());
            assertNotNull(r.ci95(), form.mcGrawWong());
            assertEquals(1.0, r.ci95().low(), 0);
            assertEquals(1.0, r.ci95().high(), 0);
            assertNull(r.f(), "the F test is infinite: no F is reported");
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("no error variance")), r.notes().toString());
            assertTrue(r.interpretations().stream().anyMatch(i -> i.label().startsWith("excellent")), r.interpretations().toString());
        }
    }

    @Test
    void oneWayIccIsOneWhenEveryRaterGivesEachUnitTheSameValue() {
        StatisticResult r = Icc.compute(table(new double[][] {{1, 1}, {3, 3}, {4, 4}, {6, 6}}),
                new Icc.Form(Icc.Model.ONE_WAY, Icc.Type.AGREEMENT, Icc.Unit.SINGLE));
        assertEquals(1.0, r.value(), 0);
    }

    @Test
    void withoutVariationBetweenUnitsItStaysUndefined() {
        StatisticResult r = Icc.compute(table(new double[][] {{2, 3}, {2, 3}, {2, 3}}), C1);
        assertNull(r.value());
        assertEquals("no variation between units", r.reason());
    }

    @Test
    void matchesPsychAndIrrComputedInR(@TempDir Path dir) throws IOException {
        NativeSupport.assumeR("psych");
        Path csv = dir.resolve("offset.csv");
        StringBuilder b = new StringBuilder("a,b,c\n");
        for (double[] row : OFFSET) b.append(String.format(Locale.ROOT, "%s,%s,%s%n", row[0], row[1], row[2]));
        Files.writeString(csv, b.toString());
        Map<String, String> r = RScript.run(RScript.script("icc_no_error_variance.R"), csv.toString());
        RatingTable t = table(OFFSET);
        StatisticResult c1 = Icc.compute(t, C1);
        StatisticResult ck = Icc.compute(t, CK);
        assertEquals(num(r, "psych_ICC3"), c1.value(), 1e-9);
        assertEquals(num(r, "psych_ICC3k"), ck.value(), 1e-9);
        assertEquals(num(r, "irr_C1"), c1.value(), 1e-9);
        assertEquals(num(r, "irr_Ck"), ck.value(), 1e-9);
        assertEquals(num(r, "psych_ICC3_lower"), c1.ci95().low(), 1e-9);
        assertEquals(num(r, "psych_ICC3_upper"), c1.ci95().high(), 1e-9);
        assertEquals(num(r, "psych_ICC3k_lower"), ck.ci95().low(), 1e-9);
        // the absolute-agreement forms count the constant as disagreement, so they stay below 1
        StatisticResult a1 = Icc.compute(t, A1);
        assertEquals(num(r, "psych_ICC2"), a1.value(), 1e-9);
        assertEquals(num(r, "irr_A1"), a1.value(), 1e-9);
        assertTrue(a1.value() < 1);
        assertTrue(num(r, "irr_F") > 1e12, "R's F is (numerically) infinite: " + r.get("irr_F"));
    }

    private static double num(Map<String, String> r, String key) {
        String v = r.get(key);
        assertNotNull(v, "R printed no " + key + ": " + r);
        return Double.parseDouble(v);
    }
}
