package org.rapport.agreement.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapport.model.codebook.MeasurementLevel;

/**
 * Standard errors, intervals and tests of the coefficients in Gwet's (2014) form, against the values Gwet published
 * with his R package irrCAC. The README of github.com/kgwet/irrCAC (package version 1.0) prints, for its dataset
 * cac.raw4raters (= Gwet 2014 p. 120 = Krippendorff 2011 example C, 12 units × 4 raters with missing ratings) and
 * distrib.6raters (Fleiss 1971, 15 units × 6 raters), each coefficient with coeff.se to 5 decimals, the 95% interval
 * to 3 decimals and the p value. Those printed digits are what is asserted here.
 */
class GwetStandardErrorTest {
    /** cac.raw4raters; null = missing. */
    private static final Double[][] RAW_4_RATERS = {
            {1.0, 1.0, null, 1.0}, {2.0, 2.0, 3.0, 2.0}, {3.0, 3.0, 3.0, 3.0}, {3.0, 3.0, 3.0, 3.0},
            {2.0, 2.0, 2.0, 2.0}, {1.0, 2.0, 3.0, 4.0}, {4.0, 4.0, 4.0, 4.0}, {1.0, 1.0, 2.0, 1.0},
            {2.0, 2.0, 2.0, 2.0}, {null, 5.0, 5.0, 5.0}, {null, null, 1.0, 1.0}, {null, null, 3.0, null}};

    /** distrib.6raters: raters per category (Depression, Personality disorder, Schizophrenia, Neurosis, Other). */
    private static final int[][] DISTRIB_6_RATERS = {
            {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
            {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
            {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1}};

    private static final double SE_DIGITS = 0.5e-5;
    private static final double CI_DIGITS = 0.5e-3;

    private static RatingTable raw4() {
        return RatingTable.fromNumbers(RAW_4_RATERS);
    }

    private static RatingTable distrib6() {
        String[] names = {"Depression", "Personality", "Schizophrenia", "Neurosis", "Other"};
        String[][] labels = new String[DISTRIB_6_RATERS.length][6];
        for (int u = 0; u < labels.length; u++) {
            int r = 0;
            for (int k = 0; k < names.length; k++) for (int c = 0; c < DISTRIB_6_RATERS[u][k]; c++) labels[u][r++] = names[k];
        }
        return RatingTable.fromLabels(labels);
    }

    private static void assertPublished(StatisticResult r, double se, double low, double high) {
        assertNotNull(r.se(), "no SE: " + r);
        assertEquals(se, r.se(), SE_DIGITS, "SE");
        assertNotNull(r.ci95(), "no CI");
        assertEquals(low, r.ci95().low(), CI_DIGITS, "CI low");
        assertEquals(high, r.ci95().high(), CI_DIGITS, "CI high");
    }

    private static void assertTwoSidedT(StatisticResult r, double p, int df) {
        assertNotNull(r.t(), "no t test");
        assertEquals(df, r.tDf(), 0);
        assertEquals(p, r.p(), p * 1e-6, "p");
        assertNull(r.z());
    }

    @Test
    void fleissKappaWithMissingRatingsHasGwetsStandardErrorAndTTest() {
        StatisticResult r = FleissKappa.compute(raw4(), AgreementWeights.unweighted());
        assertPublished(r, 0.15302, 0.424, 1.0); // fleiss.kappa.raw(cac.raw4raters): 0.76117, se 0.15302, (0.424,1)
        assertTwoSidedT(r, 0.000419173, 11);
        assertTrue(r.test().contains("Gwet"), r.test());
    }

    @Test
    void congerKappaHasGwetsStandardError() {
        StatisticResult r = CongerKappa.compute(raw4(), AgreementWeights.unweighted());
        assertEquals(0.76282, r.value(), SE_DIGITS);
        assertPublished(r, 0.14917, 0.435, 1.0); // conger.kappa.raw(cac.raw4raters)
        assertTwoSidedT(r, 0.0003367066, 11);
    }

    /**
     * Weights enter Conger's variance through each rater's weighted marginals. Gwet's conger.kappa.raw (kgwet/irrCAC,
     * R/agree.coeff3.raw.r, 2021), run in R 4.2.2 on cac.raw4raters with irrCAC's quadratic and linear weights on the
     * values 1–5, gives kappa 0.857710656223, se 0.143670663829 and kappa 0.813776319966, se 0.145085402493.
     */
    @Test
    void weightedCongerKappaHasGwetsStandardError() {
        StatisticResult quadratic = CongerKappa.compute(raw4(), AgreementWeights.quadratic(AgreementWeights.WeightScale.VALUES));
        assertEquals(0.857710656223, quadratic.value(), 1e-11);
        assertEquals(0.143670663829, quadratic.se(), 1e-11);
        StatisticResult linear = CongerKappa.compute(raw4(), AgreementWeights.linear(AgreementWeights.WeightScale.VALUES));
        assertEquals(0.813776319966, linear.value(), 1e-11);
        assertEquals(0.145085402493, linear.se(), 1e-11);
    }

    @Test
    void brennanPredigerHasGwetsStandardError() {
        StatisticResult r = BrennanPrediger.compute(raw4(), AgreementWeights.unweighted());
        assertPublished(r, 0.14472, 0.454, 1.0); // bp.coeff.raw(cac.raw4raters)
        assertTwoSidedT(r, 0.0002375609, 11);
    }

    @Test
    void gwetAc1HasGwetsTTest() {
        StatisticResult r = GwetAc.compute(raw4(), AgreementWeights.unweighted());
        assertPublished(r, 0.14295, 0.461, 1.0); // gwet.ac1.raw(cac.raw4raters)
        assertTwoSidedT(r, 0.000208721, 11);
    }

    @Test
    void pairwisePercentAgreementHasGwetsStandardErrorAndNoTest() {
        StatisticResult r = PercentAgreement.pairwise(raw4(), AgreementWeights.unweighted());
        assertPublished(r, 0.12561, 0.542, 1.0); // pa.coeff.raw(cac.raw4raters)
        assertNull(r.p(), "a test of zero agreement says nothing for a raw proportion");
    }

    @Test
    void fleissKappaOnCompleteDataHasGwetsStandardErrorAndFleissNeeLandisZTest() {
        StatisticResult r = FleissKappa.compute(distrib6(), AgreementWeights.unweighted());
        assertEquals(0.4139265, r.value(), 1e-7);
        // fleiss.kappa.dist(distrib.6raters): se 0.08119291, (0.24,0.588)
        assertEquals(0.08119291, r.se(), 0.5e-8);
        assertEquals(0.24, r.ci95().low(), 0.5e-2);
        assertEquals(0.588, r.ci95().high(), CI_DIGITS);
        assertNotNull(r.z(), "balanced data keep the Fleiss, Nee & Landis z test");
        assertNull(r.t());
    }

    @Test
    void ac1AndBrennanPredigerOnCompleteData() {
        StatisticResult ac1 = GwetAc.compute(distrib6(), AgreementWeights.unweighted());
        assertEquals(0.4448007, ac1.value(), 1e-7);
        assertEquals(0.08418757, ac1.se(), 0.5e-8); // gwet.ac1.dist(distrib.6raters)
        assertEquals(0.0001155927, ac1.p(), 1e-10);
        StatisticResult bp = BrennanPrediger.compute(distrib6(), AgreementWeights.unweighted());
        assertEquals(0.08312142, bp.se(), 0.5e-8); // bp.coeff.dist(distrib.6raters)
        assertEquals(0.0001163, bp.p(), 0.5e-7);
    }

    /**
     * Krippendorff's alpha follows Gwet's revised linearisation in irrCAC's krippen.alpha.raw (kgwet/irrCAC,
     * R/agree.coeff3.raw.r dated 31 August 2021): the unit term is centred with pa' and the interval has n - 1 df over
     * all rated units. Running that function in R 4.2.2 on cac.raw4raters gives se 0.145478717222 and a lower bound of
     * 0.423224554916; with quadratic weights (= the interval metric) se 0.129051199944; with ratio weights se
     * 0.140360385075. The README of irrCAC 1.0 printed se 0.14557 from the earlier version (centred with pa, df over
     * pairable units), which lies within 1e-4.
     */
    @Test
    void krippendorffAlphaHasGwetsRevisedStandardErrorForFixedMetrics() {
        StatisticResult nominal = KrippendorffAlpha.compute(raw4(), MeasurementLevel.NOMINAL);
        assertEquals(0.145478717222, nominal.se(), 1e-11);
        assertEquals(0.423224554916, nominal.ci95().low(), 1e-11);
        assertEquals(0.000338624535346, nominal.p(), 1e-14);
        assertEquals(0.14557, nominal.se(), 1e-4, "the README's value of the earlier version");
        assertEquals(0.129051199944, KrippendorffAlpha.compute(raw4(), MeasurementLevel.INTERVAL).se(), 1e-11);
        assertEquals(0.140360385075, KrippendorffAlpha.compute(raw4(), MeasurementLevel.RATIO).se(), 1e-11);
    }

    @Test
    void ordinalAlphaHasNoClosedFormStandardErrorButABootstrapOne() {
        StatisticResult plain = KrippendorffAlpha.compute(raw4(), MeasurementLevel.ORDINAL);
        assertNull(plain.se());
        assertNull(plain.ci95());
        assertTrue(plain.notes().stream().anyMatch(n -> n.contains("bootstrap")), plain.notes().toString());
        StatisticResult boot = KrippendorffAlpha.compute(raw4(), MeasurementLevel.ORDINAL, new Bootstrap(500, 7));
        assertNotNull(boot.ci95());
        assertTrue(boot.ci95().low() < boot.value() && boot.value() <= boot.ci95().high(), boot.ci95().toString());
    }

    @Test
    void weightedFleissStillReportsUnweightedPerCategoryKappas() {
        RatingTable t = raw4();
        StatisticResult unweighted = FleissKappa.compute(t, AgreementWeights.unweighted());
        StatisticResult weighted = FleissKappa.compute(t, AgreementWeights.quadratic(AgreementWeights.WeightScale.VALUES));
        assertEquals(unweighted.perCategory(), weighted.perCategory());
        assertTrue(weighted.notes().stream().anyMatch(n -> n.contains("per-category kappas are unweighted")));
    }
}
