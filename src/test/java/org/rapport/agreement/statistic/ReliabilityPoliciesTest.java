package org.rapport.agreement.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.agreement.statistic.AgreementWeights.WeightScale;
import org.rapport.model.codebook.MeasurementLevel;

/** The policies of docs/statistics.md, on small tables whose answers can be checked by hand. */
class ReliabilityPoliciesTest {

    private static RatingTable table(String[][] labels) {
        return RatingTable.fromLabels(labels);
    }

    @Test
    void cohenKappaIsUndefinedNotOneWhenBothRatersUseOneCategory() {
        StatisticResult r = CohenKappa.compute(table(new String[][] {{"x", "x"}, {"x", "x"}, {"x", "x"}}), AgreementWeights.unweighted());
        assertNull(r.value());
        assertTrue(r.reason().contains("single category"), r.reason());
        assertTrue(r.interpretations().isEmpty());
    }

    @Test
    void krippendorffAlphaIsUndefinedWithoutVariation() {
        StatisticResult r = KrippendorffAlpha.compute(table(new String[][] {{"3", "3"}, {"3", "3", }, {"3", null}}), MeasurementLevel.INTERVAL);
        assertNull(r.value());
        assertTrue(r.reason().contains("no variation"), r.reason());
    }

    @Test
    void iccIsUndefinedWhenEveryRatingIsTheSame() {
        StatisticResult r = Icc.compute(table(new String[][] {{"2", "2"}, {"2", "2"}, {"2", "2"}}),
                new Icc.Form(Icc.Model.TWO_WAY_MIXED, Icc.Type.CONSISTENCY, Icc.Unit.SINGLE));
        assertNull(r.value());
        assertTrue(r.reason().contains("no variation"), r.reason());
    }

    @Test
    void gwetAcIsUndefinedWithASingleCategoryOnTheScale() {
        StatisticResult r = GwetAc.compute(table(new String[][] {{"a", "a"}, {"a", "a"}}), AgreementWeights.unweighted());
        assertNull(r.value());
        assertTrue(r.reason().contains("one category"), r.reason());
    }

    @Test
    void fleissKappaIsUndefinedWhenNoUnitHasTwoRatings() {
        StatisticResult r = FleissKappa.compute(table(new String[][] {{"a", null}, {null, "b"}}), AgreementWeights.unweighted());
        assertNull(r.value());
        assertEquals(0, r.units());
    }

    @Test
    void declaredScaleSetsTheNumberOfCategoriesForBrennanPrediger() {
        // Two raters agree on 3 of 4 units: pa = .75. Seen categories {a, b}: pe = 1/2, BP = .5.
        // Declared scale {a, b, c, d}: pe = 1/4, BP = (.75 - .25) / .75 = 2/3.
        RatingTable.Builder b = RatingTable.builder();
        String[][] data = {{"a", "a"}, {"b", "b"}, {"a", "a"}, {"a", "b"}};
        for (int u = 0; u < data.length; u++) for (int r = 0; r < 2; r++) b.rate("u" + u, "r" + r, data[u][r]);
        RatingTable seen = b.build();
        RatingTable declared = b.scale(List.of(Category.of("a"), Category.of("b"), Category.of("c"), Category.of("d"))).build();
        assertEquals(0.5, BrennanPrediger.compute(seen, AgreementWeights.unweighted()).value(), 1e-12);
        assertEquals(2.0 / 3, BrennanPrediger.compute(declared, AgreementWeights.unweighted()).value(), 1e-12);
    }

    @Test
    void linearWeightsComeFromCategoryValuesNotRanks() {
        // Values 1, 2, 4 seen: by value 1 vs 2 is 1/3 of the range apart (weight 2/3); by rank 1/2 apart (weight 1/2).
        RatingTable t = table(new String[][] {{"1", "2"}, {"4", "4"}, {"2", "2"}});
        double[][] byValue = AgreementWeights.linear(WeightScale.VALUES).matrix(t);
        double[][] byRank = AgreementWeights.linear(WeightScale.RANKS).matrix(t);
        assertEquals(2.0 / 3, byValue[0][1], 1e-12);
        assertEquals(0.5, byRank[0][1], 1e-12);
    }

    @Test
    void numericLabelsAreOrderedAsNumbersAndEqualNumbersAreOneCategory() {
        RatingTable t = table(new String[][] {{"10", "9"}, {"1.0", "1"}, {"2", "10"}});
        assertEquals(List.of("1.0", "2", "9", "10"), t.categories().stream().map(Category::label).toList());
        assertEquals(t.cell(1, 0), t.cell(1, 1));
    }

    @Test
    void aSecondRatingOfTheSameUnitByTheSameRaterIsRefused() {
        RatingTable.Builder b = RatingTable.builder().rate("u1", "ann", "1");
        assertThrows(RatingTable.DuplicateRatingException.class, () -> b.rate("u1", "ann", "2"));
    }

    @Test
    void iccUsesOnlyUnitsEveryRaterRatedAndSaysSo() {
        StatisticResult r = Icc.compute(table(new String[][] {{"1", "2"}, {"3", "3"}, {"5", "6"}, {"4", null}}),
                new Icc.Form(Icc.Model.ONE_WAY, Icc.Type.AGREEMENT, Icc.Unit.SINGLE));
        assertEquals(3, r.units());
        assertTrue(r.notes().get(0).startsWith("1 unit(s) not rated by every rater"), r.notes().toString());
    }

    @Test
    void krippendorffAlphaDoesNotReproduceIrrOnCompleteDataWithSixRaters() {
        StatisticResult r = KrippendorffAlpha.compute(OracleCase.named("kalpha_diagnoses_nominal_complete").table(), MeasurementLevel.NOMINAL);
        assertEquals(0.4334098283, r.value(), 1e-9); // fast-krippendorff, nltk, irrCAC
        assertNotEquals(0.4308775817, r.value(), 1e-4); // irr::kripp.alpha (its bug)
    }

    @Test
    void alphaBootstrapIsReproducibleWithASeedAndVariesWithoutIt() {
        RatingTable t = OracleCase.named("kalpha_k2011_interval_missing").table();
        StatisticResult a = KrippendorffAlpha.compute(t, MeasurementLevel.INTERVAL, new Bootstrap(500, 11));
        StatisticResult b = KrippendorffAlpha.compute(t, MeasurementLevel.INTERVAL, new Bootstrap(500, 11));
        StatisticResult c = KrippendorffAlpha.compute(t, MeasurementLevel.INTERVAL, new Bootstrap(500, 12));
        assertEquals(a.ci95(), b.ci95());
        assertNotEquals(a.ci95(), c.ci95());
        assertTrue(a.ci95().low() < a.value() && a.value() < a.ci95().high());
    }

    @Test
    void theTenIccFormsHaveDistinctMcGrawWongNamesAndSixShroutFleissNames() {
        Set<String> mw = new HashSet<>();
        Set<String> sf = new HashSet<>();
        for (Icc.Model m : Icc.Model.values()) {
            for (Icc.Type t : Icc.Type.values()) {
                for (Icc.Unit u : Icc.Unit.values()) {
                    Icc.Form f = new Icc.Form(m, t, u);
                    mw.add(m + "/" + f.mcGrawWong());
                    if (f.shroutFleiss() != null) sf.add(f.shroutFleiss());
                }
            }
        }
        assertEquals(10, mw.size());
        assertEquals(Set.of("ICC(1,1)", "ICC(1,k)", "ICC(2,1)", "ICC(2,k)", "ICC(3,1)", "ICC(3,k)"), sf);
    }

    @Test
    void lightKappaIsUndefinedWhenAnyPairsKappaIsUndefined() {
        StatisticResult r = LightKappa.compute(table(new String[][] {{"a", "a", null}, {"b", null, "b"}, {null, "a", "b"}, {"a", "b", null}}),
                AgreementWeights.unweighted());
        assertNull(r.value());
        assertTrue(r.reason().contains("r1/r3") || r.reason().contains("r2/r3") || r.reason().contains("r1/r2"), r.reason());
    }

    @Test
    void interpretationLabelsNameTheirSource() {
        assertEquals("substantial", Benchmarks.landisKoch(0.65).label());
        assertEquals("Landis & Koch (1977)", Benchmarks.landisKoch(0.65).scale());
        assertEquals("good", Benchmarks.kooLi(0.80).label());
        assertEquals("excellent", Benchmarks.cicchetti(0.80).label());
        assertTrue(Benchmarks.krippendorff(0.70).label().startsWith("tentative"));
        assertTrue(Benchmarks.krippendorff(0.80).label().startsWith("reliable"));
    }

    @Test
    void aCodebookScaleKeepsUnusedPointsForWeights() {
        // Ratings 1..4 on a declared 1..7 scale: linear weight between 1 and 2 is 1 - 1/6, not 1 - 1/3.
        org.rapport.model.codebook.Scale scale = new org.rapport.model.codebook.Scale("wai1", "Item 1", 1, 7, null, null, false, null,
                MeasurementLevel.ORDINAL);
        RatingTable.Builder b = RatingTable.builder().scale(Category.pointsOf(scale));
        b.rate("s1", "ann", "1").rate("s1", "bob", "2").rate("s2", "ann", "4.0").rate("s2", "bob", "4");
        RatingTable t = b.build();
        assertEquals(7, t.categoryCount());
        assertEquals(t.cell(1, 0), t.cell(1, 1));
        assertEquals(1 - 1.0 / 6, AgreementWeights.linear(WeightScale.VALUES).matrix(t)[0][1], 1e-12);
    }

    @Test
    void congerKappaWithAMissingRatingKeepsTheHalfRatedUnitForMarginalsAsIrrCac() {
        // cohen_kappa_missing_listwise cross-check: irrCAC conger.kappa.raw = 0.6571428571 (Cohen, listwise: 0.65625).
        RatingTable t = OracleCase.named("cohen_kappa_missing_listwise").table();
        assertEquals(0.6571428571, CongerKappa.compute(t, AgreementWeights.unweighted()).value(), 1e-9);
    }

    @Test
    void lightKappaWithMissingRatingsAveragesPairwiseCompleteKappasAsPsych() {
        // lights_kappa_diagnoses notes: on Krippendorff's 12 x 4 data psych gives 0.7002 (pairwise), irr 0.6435 (listwise).
        RatingTable t = OracleCase.named("kalpha_k2011_nominal_missing").table();
        assertEquals(0.7002, LightKappa.compute(t, AgreementWeights.unweighted()).value(), 5e-5);
        assertEquals(0.6435, LightKappa.compute(t.completeUnits(), AgreementWeights.unweighted()).value(), 5e-5);
    }
}
