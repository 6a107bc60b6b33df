package org.rapport.agreement.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rapport.agreement.statistic.AgreementWeights.WeightScale;
import org.rapport.model.codebook.MeasurementLevel;

/**
 * Every expected value of every case in shared/oracles (published worked examples and established implementations),
 * one dynamic test per case and key, named with the case's published source. A key with no mapping fails.
 */
class PublishedValuesTest {

    /** Keys that are inputs to another key, not outputs; each names the key that uses it. */
    private static final Map<String, String> INPUT_KEYS = Map.of("nonsymmetric_disagreement_weights", "nonsymmetric_weights_value");

    /** Keys printed to 3 decimals (*_3dp) are trusted to half a unit in the last place; all others to the file's tolerance. */
    private static double toleranceFor(OracleCase c, String key) {
        if (key.endsWith("_3dp")) return 5e-4;
        return c.tolerance();
    }

    @Test
    void allFortyTwoOracleFilesAreFound() {
        assertEquals(42, OracleCase.all().size(), "oracle files in " + OracleCase.folder());
    }

    @TestFactory
    Stream<DynamicNode> everyExpectedValueMatches() {
        return OracleCase.all().stream().map(c -> DynamicContainer.dynamicContainer(
                c.id() + " — " + c.source(), keyTests(c)));
    }

    private Stream<DynamicNode> keyTests(OracleCase c) {
        List<DynamicNode> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = c.expected().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode expected = e.getValue();
            if (INPUT_KEYS.containsKey(key)) {
                tests.add(DynamicTest.dynamicTest(key + " (input of " + INPUT_KEYS.get(key) + ")",
                        () -> assertTrue(c.expected().has(INPUT_KEYS.get(key)), "input key without its output key")));
                continue;
            }
            tests.add(DynamicTest.dynamicTest(key, () -> assertKey(c, key, expected)));
        }
        return tests.stream().map(t -> t);
    }

    private void assertKey(OracleCase c, String key, JsonNode expected) {
        double tol = toleranceFor(c, key);
        RatingTable table = c.table();
        Function<RatingTable, StatisticResult> primary = primary(c);
        StatisticResult r = primary.apply(table);
        switch (key) {
            case "value" -> number(expected, r.value(), tol);
            case "ci95_psych" -> psychWeightedKappaIntervalIsADocumentedDisagreement(c, table, r, expected, tol);
            case "ci95", "ci95_asymptotic" -> {
                assertNotNull(r.ci95(), "no CI");
                number(expected.get(0), r.ci95().low(), tol);
                number(expected.get(1), r.ci95().high(), tol);
            }
            case "se", "ase" -> number(expected, r.se(), tol);
            case "F" -> number(expected, r.f(), tol);
            case "df1" -> number(expected, r.df1(), tol);
            case "df2" -> number(expected, r.df2(), tol);
            case "p_value" -> number(expected, r.p(), tol);
            case "z" -> number(expected, r.z(), tol);
            case "pa", "P_bar" -> number(expected, r.pa(), tol);
            case "pe", "P_e" -> number(expected, r.pe(), tol);
            case "n_units_used" -> assertEquals(expected.asInt(), r.units());
            case "category_kappas_3dp" -> {
                List<Double> got = new ArrayList<>(r.perCategory().values());
                assertEquals(expected.size(), got.size(), "categories");
                for (int i = 0; i < got.size(); i++) number(expected.get(i), got.get(i), tol);
            }
            case "ci_method" -> {
                assertTrue(expected.asText().contains("McGraw & Wong"), "oracle CI method: " + expected.asText());
                assertTrue(r.ciMethod().startsWith("McGraw & Wong (1996)"), r.ciMethod());
            }
            case "listwise_deletion_value" -> number(expected, primary.apply(table.completeUnits()).value(), tol);
            case "ac2_quadratic" -> number(expected, GwetAc.compute(table, AgreementWeights.quadratic(WeightScale.VALUES)).value(), tol);
            case "brennan_prediger" -> number(expected, BrennanPrediger.compute(table, AgreementWeights.unweighted()).value(), tol);
            case "scott_pi" -> number(expected, ScottPi.compute(table, AgreementWeights.unweighted()).value(), tol);
            case "percent_agreement" -> number(expected, PercentAgreement.pairwise(table, AgreementWeights.unweighted()).value(), tol);
            case "conger_kappa" -> number(expected, CongerKappa.compute(table, AgreementWeights.unweighted()).value(), tol);
            case "quadratic_weighted" -> number(expected,
                    PercentAgreement.pairwise(table, AgreementWeights.quadratic(WeightScale.VALUES)).value(), tol);
            case "irr_agree_unanimous_listwise_percent" -> number(expected,
                    100 * PercentAgreement.unanimous(table.completeUnits(), 0).value(), tol);
            case "irr_percent" -> number(expected, 100 * r.value(), tol);
            case "tolerance_0" -> number(expected, PercentAgreement.unanimous(table, 0).value(), tol);
            case "linear_weights_value" -> number(expected, GwetAc.compute(table, AgreementWeights.linear(WeightScale.VALUES)).value(), tol);
            case "linear_value_same_scale" -> number(expected, CohenKappa.compute(table, AgreementWeights.linear(WeightScale.VALUES)).value(), tol);
            case "unweighted_value", "unweighted_kappa" -> number(expected, CohenKappa.compute(table, AgreementWeights.unweighted()).value(), tol);
            case "quadratic_on_observed_level_index" -> number(expected,
                    CohenKappa.compute(table, AgreementWeights.quadratic(WeightScale.RANKS)).value(), tol);
            case "nonsymmetric_weights_value" -> number(expected, CohenKappa.compute(table, AgreementWeights.fromDisagreement(
                    OracleCase.matrix(c.expected().get("nonsymmetric_disagreement_weights")))).value(), tol);
            default -> fail("no mapping for expected key '" + key + "' of " + c.id());
        }
    }

    /**
     * psych::cohen.kappa's weighted-kappa variance mixes row and column marginals (rowSums(w * rs) where Fleiss, Cohen &
     * Everitt (1969) have sum_i p_i. w_ij), so its interval changes when the two raters swap places. Rapport follows
     * FCE (1969) and does not match psych here (docs/statistics.md). This key is asserted three ways: psych's formula,
     * written out below from its source, gives the expected interval; Rapport's interval differs from it; and Rapport's
     * interval is the same with the raters swapped while psych's is not.
     */
    private static void psychWeightedKappaIntervalIsADocumentedDisagreement(OracleCase c, RatingTable table,
                                                                            StatisticResult ours, JsonNode expected, double tol) {
        double[][] w = OracleCase.matrix(c.variant().get("agreement_weights"));
        double[] psych = psychInterval(table, w, false);
        number(expected.get(0), psych[0], tol);
        number(expected.get(1), psych[1], tol);
        assertTrue(Math.abs(ours.ci95().low() - psych[0]) > 10 * tol, "Rapport should use FCE (1969), not psych's variance");
        StatisticResult swapped = CohenKappa.compute(table.selectRaters(1, 0), AgreementWeights.custom(w));
        assertEquals(ours.se(), swapped.se(), 1e-12, "FCE SE does not depend on rater order");
        assertTrue(Math.abs(psychInterval(table, w, true)[0] - psych[0]) > 1e-4, "psych's SE depends on rater order");
    }

    /** psych 2.2.9 cohen.kappa1: var.weighted with colw = colSums(w * cs), roww = rowSums(w * rs). */
    private static double[] psychInterval(RatingTable table, double[][] w, boolean swapRaters) {
        int q = w.length;
        double[][] x = new double[q][q];
        int n = table.unitCount();
        for (int u = 0; u < n; u++) {
            int a = table.cell(u, swapRaters ? 1 : 0);
            int b = table.cell(u, swapRaters ? 0 : 1);
            x[a][b] += 1.0 / n;
        }
        double[] rs = new double[q];
        double[] cs = new double[q];
        for (int i = 0; i < q; i++) for (int j = 0; j < q; j++) { rs[i] += x[i][j]; cs[j] += x[i][j]; }
        double po = 0;
        double pc = 0;
        for (int i = 0; i < q; i++) for (int j = 0; j < q; j++) { po += w[i][j] * x[i][j]; pc += w[i][j] * rs[i] * cs[j]; }
        double[] colw = new double[q];
        double[] roww = new double[q];
        for (int i = 0; i < q; i++) for (int j = 0; j < q; j++) { colw[j] += w[i][j] * cs[i]; roww[i] += w[i][j] * rs[i]; }
        double sum = 0;
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double d = w[i][j] * (1 - pc) - (colw[i] + roww[j]) * (1 - po);
                sum += x[i][j] * d * d;
            }
        }
        double last = po * pc - 2 * pc + po;
        double se = Math.sqrt((sum - last * last) / (n * Math.pow(1 - pc, 4)));
        double kappa = (po - pc) / (1 - pc);
        double z = 1.959963984540054;
        return new double[] {kappa - z * se, kappa + z * se};
    }

    private static void number(JsonNode expected, Double actual, double tol) {
        assertTrue(expected.isNumber(), "expected value is not a number: " + expected);
        assertNotNull(actual, "result is undefined or missing");
        assertEquals(expected.asDouble(), actual, tol);
    }

    /** The statistic and options the case's "statistic" and "variant" describe. */
    static Function<RatingTable, StatisticResult> primary(OracleCase c) {
        JsonNode v = c.variant();
        switch (c.statistic()) {
            case "cohen_kappa", "weighted_kappa" -> {
                AgreementWeights w = weights(v);
                return t -> CohenKappa.compute(t, w);
            }
            case "fleiss_kappa" -> {
                if (v.path("form").asText().startsWith("exact")) return t -> CongerKappa.compute(t, AgreementWeights.unweighted());
                return t -> FleissKappa.compute(t, AgreementWeights.unweighted());
            }
            case "gwet_ac1", "gwet_ac2" -> {
                AgreementWeights w = weights(v);
                return t -> GwetAc.compute(t, w);
            }
            case "lights_kappa" -> {
                return t -> LightKappa.compute(t, AgreementWeights.unweighted());
            }
            case "krippendorff_alpha" -> {
                MeasurementLevel level = MeasurementLevel.valueOf(v.path("level").asText().toUpperCase());
                return t -> KrippendorffAlpha.compute(t, level);
            }
            case "percent_agreement" -> {
                String def = v.path("definition").asText();
                double tolerance = v.path("tolerance").asDouble(0);
                if (def.startsWith("pairwise")) return t -> PercentAgreement.pairwise(t, AgreementWeights.unweighted());
                if (def.startsWith("unanimous")) return t -> PercentAgreement.unanimous(t, tolerance);
                throw new AssertionError("unknown percent agreement definition: " + def);
            }
            case "icc" -> {
                String model = v.path("model").asText();
                Icc.Model m = model.startsWith("one-way") ? Icc.Model.ONE_WAY
                        : model.startsWith("two-way random") ? Icc.Model.TWO_WAY_RANDOM : Icc.Model.TWO_WAY_MIXED;
                Icc.Type type = v.path("type").asText().contains("consistency") ? Icc.Type.CONSISTENCY : Icc.Type.AGREEMENT;
                Icc.Unit unit = v.path("unit").asText().equals("average") ? Icc.Unit.AVERAGE : Icc.Unit.SINGLE;
                Icc.Form form = new Icc.Form(m, type, unit);
                assertEquals(v.path("mcgraw_wong").asText(), form.mcGrawWong(), "McGraw & Wong name");
                assertEquals(v.path("shrout_fleiss").asText(), form.shroutFleiss(), "Shrout & Fleiss name");
                return t -> Icc.compute(t, form);
            }
            default -> throw new AssertionError("no mapping for statistic " + c.statistic());
        }
    }

    private static AgreementWeights weights(JsonNode v) {
        if (v.has("disagreement_weights")) return AgreementWeights.fromDisagreement(OracleCase.matrix(v.get("disagreement_weights")));
        if (v.has("agreement_weights")) return AgreementWeights.custom(OracleCase.matrix(v.get("agreement_weights")));
        WeightScale scale = v.path("category_scale").asText().startsWith("rank index") ? WeightScale.RANKS : WeightScale.VALUES;
        String kind = v.path("weights").asText();
        if (kind.equals("none")) return AgreementWeights.unweighted();
        if (kind.equals("linear")) return AgreementWeights.linear(scale);
        if (kind.equals("quadratic")) return AgreementWeights.quadratic(scale);
        throw new AssertionError("unknown weights: " + kind);
    }

}
