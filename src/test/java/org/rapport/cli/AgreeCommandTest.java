package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.agreement.statistic.OracleCase;

/** `rapport agree` through the real command line, on CSV files written from the shared oracle cases. */
class AgreeCommandTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RapportCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The oracle's units × raters data in long form: unit,rater,value with one row per rating (missing ones omitted). */
    Path csvOf(String oracleId) throws IOException {
        String[][] labels = OracleCase.named(oracleId).labels();
        StringBuilder sb = new StringBuilder("unit,rater,value\n");
        for (int u = 0; u < labels.length; u++) {
            for (int r = 0; r < labels[u].length; r++) {
                if (labels[u][r] != null) sb.append("u").append(u + 1).append(",rater").append(r + 1).append(',').append(labels[u][r]).append('\n');
            }
        }
        return write(oracleId + ".csv", sb.toString());
    }

    Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static double expected(String oracleId, String key) {
        return OracleCase.named(oracleId).expected().get(key).asDouble();
    }

    @Test
    void krippendorffAlphaOrdinalMatchesKrippendorff2011ThroughTheCommandLine() throws IOException {
        Run r = run("agree", "--data", csvOf("kalpha_k2011_ordinal_missing").toString(), "--statistic", "krippendorff-alpha",
                "--level", "ordinal", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        assertEquals("krippendorff-alpha", j.get("statistic").asText());
        assertEquals(expected("kalpha_k2011_ordinal_missing", "value"), j.get("value").asDouble(), 1e-6);
        assertEquals(11, j.get("units").asInt());
        assertEquals(4, j.get("raters").asInt());
    }

    @Test
    void iccPrintsFTestAndMcGrawWongIntervalAsJson() throws IOException {
        String id = "icc_sf79_icc2_1";
        Run r = run("agree", "--data", csvOf(id).toString(), "--statistic", "icc", "--model", "two-way-random", "--type",
                "agreement", "--unit", "single", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        JsonNode e = OracleCase.named(id).expected();
        assertEquals(e.get("value").asDouble(), j.get("value").asDouble(), 1e-6);
        assertEquals(e.get("ci95").get(0).asDouble(), j.get("ci95").get(0).asDouble(), 1e-6);
        assertEquals(e.get("ci95").get(1).asDouble(), j.get("ci95").get(1).asDouble(), 1e-6);
        assertEquals(e.get("F").asDouble(), j.get("f").asDouble(), 1e-6);
        assertEquals(e.get("df1").asDouble(), j.get("df1").asDouble(), 1e-6);
        assertEquals(e.get("df2").asDouble(), j.get("df2").asDouble(), 1e-6);
        assertEquals(e.get("p_value").asDouble(), j.get("p").asDouble(), 1e-6);
        assertEquals("Koo & Li (2016)", j.get("interpretation").get(0).get("scale").asText());
    }

    @Test
    void fleissKappaJsonHasPerCategoryKappasAndZ() throws IOException {
        String id = "fleiss_kappa_diagnoses";
        Run r = run("agree", "--data", csvOf(id).toString(), "--statistic", "fleiss-kappa", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        assertEquals(expected(id, "value"), j.get("value").asDouble(), 1e-6);
        assertEquals(expected(id, "z"), j.get("z").asDouble(), 1e-6);
        assertEquals(0.245, j.get("per_category").get("1").asDouble(), 5e-4);
        assertEquals("moderate", j.get("interpretation").get(0).get("label").asText());
        assertEquals("Landis & Koch (1977)", j.get("interpretation").get(0).get("scale").asText());
    }

    @Test
    void weightedKappaTakesAWeightMatrixFile() throws IOException {
        // Cohen (1968) disagreement weights 0,1,3/1,0,6/3,6,0 as agreement weights 1 - v/6.
        Path weights = write("w.csv", "1,0.8333333333333334,0.5\n0.8333333333333334,1,0\n0.5,0,1\n");
        String id = "weighted_kappa_cohen1968_custom_weights";
        Run r = run("agree", "--data", csvOf(id).toString(), "--statistic", "cohen-kappa", "--weights-file", weights.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected(id, "value"), r.json().get("value").asDouble(), 1e-6);
    }

    @Test
    void rankWeightScaleReproducesIrrAndPsych() throws IOException {
        String id = "weighted_kappa_anxiety_quadratic_observed_levels";
        Run r = run("agree", "--data", csvOf(id).toString(), "--statistic", "cohen-kappa", "--weights", "quadratic",
                "--weight-scale", "ranks", "--json");
        assertEquals(expected(id, "value"), r.json().get("value").asDouble(), 1e-6);
        Run values = run("agree", "--data", csvOf(id).toString(), "--statistic", "cohen-kappa", "--weights", "quadratic", "--json");
        assertEquals(expected("weighted_kappa_anxiety_quadratic_value_scale", "value"), values.json().get("value").asDouble(), 1e-6);
    }

    @Test
    void percentAgreementWithToleranceMatchesIrrAgree() throws IOException {
        String id = "percent_agreement_tolerance_video";
        Run r = run("agree", "--data", csvOf(id).toString(), "--statistic", "percent-agreement", "--agreement", "unanimous",
                "--tolerance", "1", "--json");
        assertEquals(expected(id, "value"), r.json().get("value").asDouble(), 1e-9);
    }

    @Test
    void summaryShowsValueIntervalUnitsAndInterpretationWithSource() throws IOException {
        Run r = run("agree", "--data", csvOf("cohen_kappa_abstractors_unweighted").toString(), "--statistic", "cohen-kappa");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("value: 0.796"), r.out());
        assertTrue(r.out().contains("95% CI: [0.681, 0.912]"), r.out());
        assertTrue(r.out().contains("n = 100 of 100 units, 2 raters"), r.out());
        assertTrue(r.out().contains("almost perfect by Landis & Koch (1977)") || r.out().contains("substantial by Landis & Koch (1977)"), r.out());
    }

    @Test
    void undefinedResultIsNullWithReasonNotZeroOrOne() throws IOException {
        Path f = write("same.csv", "unit,rater,value\n1,a,yes\n1,b,yes\n2,a,yes\n2,b,yes\n3,a,yes\n3,b,yes\n");
        Run r = run("agree", "--data", f.toString(), "--statistic", "cohen-kappa", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = r.json();
        assertTrue(j.get("value").isNull(), r.out());
        assertTrue(j.get("reason").asText().contains("single category"), r.out());
        assertFalse(j.has("interpretation"));
    }

    @Test
    void bootstrapWithASeedIsReproducible() throws IOException {
        Path f = csvOf("kalpha_k2011_interval_missing");
        String[] args = {"agree", "--data", f.toString(), "--statistic", "krippendorff-alpha", "--level", "interval",
                "--bootstrap", "1000", "--seed", "7", "--json"};
        JsonNode a = run(args).json();
        JsonNode b = run(args).json();
        assertEquals(a.get("ci95"), b.get("ci95"));
        assertTrue(a.get("ci95").get(0).asDouble() < a.get("value").asDouble());
        assertTrue(a.get("ci95").get(1).asDouble() > a.get("value").asDouble());
    }

    // ---- bad input: one line on stderr naming file, row and problem; exit code 2 ----

    private Run bad(String... args) {
        Run r = run(args);
        assertEquals(2, r.exit(), "stdout: " + r.out() + " stderr: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        return r;
    }

    @Test
    void duplicateUnitRaterRowNamesBothRows() throws IOException {
        Path f = write("dup.csv", "unit,rater,value\n1,a,1\n1,b,2\n2,a,1\n1,a,3\n");
        Run r = bad("agree", "--data", f.toString(), "--statistic", "fleiss-kappa");
        assertTrue(r.err().contains(f + ":5:"), r.err());
        assertTrue(r.err().contains("row 2"), r.err());
    }

    @Test
    void nonNumericValueForIntervalAlphaNamesTheRow() throws IOException {
        Path f = write("text.csv", "unit,rater,value\n1,a,1\n1,b,2\n2,a,high\n2,b,3\n");
        Run r = bad("agree", "--data", f.toString(), "--statistic", "krippendorff-alpha", "--level", "interval");
        assertTrue(r.err().contains(f + ":4:"), r.err());
        assertTrue(r.err().contains("'high' is not a number"), r.err());
    }

    @Test
    void nonNumericValueForIccIsRefused() throws IOException {
        Path f = write("text.csv", "unit,rater,value\n1,a,1\n1,b,2\n2,a,3\n2,b,x\n");
        Run r = bad("agree", "--data", f.toString(), "--statistic", "icc");
        assertTrue(r.err().contains(f + ":5:"), r.err());
    }

    @Test
    void singleRaterIsRefused() throws IOException {
        Path f = write("one.csv", "unit,rater,value\n1,a,1\n2,a,2\n");
        Run r = bad("agree", "--data", f.toString(), "--statistic", "krippendorff-alpha");
        assertTrue(r.err().contains(f.toString()) && r.err().contains("only one rater"), r.err());
    }

    @Test
    void missingHeaderIsRefusedOnRowOne() throws IOException {
        Path f = write("nohead.csv", "1,a,1\n1,b,2\n");
        Run r = bad("agree", "--data", f.toString(), "--statistic", "fleiss-kappa");
        assertTrue(r.err().contains(f + ":1:") && r.err().contains("header"), r.err());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path f = write("empty.csv", "");
        Run r = bad("agree", "--data", f.toString(), "--statistic", "fleiss-kappa");
        assertTrue(r.err().contains(f.toString()) && r.err().contains("empty"), r.err());
    }

    @Test
    void unknownStatisticIsRefusedWithTheChoices() throws IOException {
        Run r = bad("agree", "--data", csvOf("kalpha_k2011_binary").toString(), "--statistic", "cronbach");
        assertTrue(r.err().contains("unknown statistic 'cronbach'") && r.err().contains("krippendorff-alpha"), r.err());
    }

    @Test
    void optionOfAnotherStatisticIsRefused() throws IOException {
        Run r = bad("agree", "--data", csvOf("kalpha_k2011_binary").toString(), "--statistic", "cohen-kappa", "--level", "ordinal");
        assertTrue(r.err().contains("--level applies only to krippendorff-alpha"), r.err());
    }

    @Test
    void cohenKappaWithThreeRatersPointsToMultiRaterStatistics() throws IOException {
        Path f = csvOf("fleiss_kappa_diagnoses");
        Run r = bad("agree", "--data", f.toString(), "--statistic", "cohen-kappa");
        assertTrue(r.err().contains(f.toString()) && r.err().contains("exactly two raters"), r.err());
    }

    @Test
    void nonSquareWeightMatrixIsRefusedNamingTheWeightFile() throws IOException {
        Path weights = write("w.csv", "1,0.5\n0.5,1,0\n");
        Run r = bad("agree", "--data", csvOf("cohen_kappa_cohen1968").toString(), "--statistic", "cohen-kappa",
                "--weights-file", weights.toString());
        assertTrue(r.err().contains(weights.toString()) && r.err().contains("square"), r.err());
    }

    @Test
    void seedWithoutBootstrapIsRefused() throws IOException {
        Run r = bad("agree", "--data", csvOf("kalpha_k2011_binary").toString(), "--statistic", "krippendorff-alpha", "--seed", "3");
        assertTrue(r.err().contains("--seed needs --bootstrap"), r.err());
    }

    @Test
    void quotedLabelsAndEmptyValuesAreReadAsCategoriesAndMissing() throws IOException {
        // Krippendorff (2011) two-observer nominal example with quoted labels and one extra unit rated by one observer only.
        StringBuilder sb = new StringBuilder("unit,rater,value\n");
        String[][] labels = OracleCase.named("kalpha_k2011_nominal_two_observers").labels();
        for (int u = 0; u < labels.length; u++) {
            for (int r = 0; r < 2; r++) sb.append(u).append(",\"coder ").append(r).append("\",\"").append(labels[u][r]).append("\"\n");
        }
        sb.append("99,coder 0,a\n99,coder 1,\n");
        Run r = run("agree", "--data", write("quoted.csv", sb.toString()).toString(), "--statistic", "krippendorff-alpha", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected("kalpha_k2011_nominal_two_observers", "value"), r.json().get("value").asDouble(), 1e-6);
        assertEquals(12, r.json().get("units").asInt());
        assertEquals(13, r.json().get("units_total").asInt());
    }
}
