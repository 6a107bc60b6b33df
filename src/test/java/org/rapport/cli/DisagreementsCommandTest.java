package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.demo.DemoProject;

/** `rapport disagreements` on the sample sessions, checked against `agree --project` on the same tables. */
class DisagreementsCommandTest {
    @TempDir static Path dir;
    private static String project;

    @BeforeAll
    static void demo() throws Exception {
        Path p = dir.resolve("demo");
        DemoProject.ensure(p, DemoProject.locateSamples());
        project = p.toString();
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertEquals(0, r.exitCode(), r.toString());
        return new ObjectMapper().readTree(r.out());
    }

    /**
     * For two raters by utterance, the disagreements on a code number (1 − percent agreement) × units of the code's
     * table in `agree --project`: Cohen's kappa reports its observed agreement (pa) over the units both rated.
     */
    @Test
    void disagreementsOnACodeAreOneMinusPercentAgreementTimesUnits() throws Exception {
        JsonNode agree = json(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--raters", "Ana,Ben", "--json"));
        JsonNode list = json(CliRun.of("disagreements", "--project", project, "--codebook", "3rs", "--raters", "Ana,Ben",
                "--method", "utterance", "--json"));
        Map<String, Integer> byCode = new HashMap<>();
        for (JsonNode d : list) if (d.has("code")) byCode.merge(d.get("code").asText(), 1, Integer::sum);
        int checked = 0;
        int withDisagreements = 0;
        for (JsonNode t : agree.get("sections").get(0).get("targets")) {
            String code = t.get("id").asText();
            JsonNode cohen = t.get("estimates").get(0);
            assertEquals("Ana–Ben", cohen.get("comparison").asText());
            int n = byCode.getOrDefault(code, 0);
            if (cohen.has("pa")) {
                double expected = (1 - cohen.get("pa").asDouble()) * cohen.get("units").asInt();
                assertEquals(expected, n, 1e-9, code);
            } else {
                assertEquals(0, n, code + ": no observed agreement means both raters never used it");
            }
            assertEquals(t.get("units").asInt(), cohen.get("units").asInt(), code + ": both raters coded every session");
            checked++;
            if (n > 0) withDisagreements++;
        }
        assertEquals(24, checked);
        assertTrue(withDisagreements >= 5, "the sample sessions disagree on several codes: " + withDisagreements);
    }

    @Test
    void eachObjectHasTheKeysOfTheContract() throws Exception {
        JsonNode list = json(CliRun.of("disagreements", "--project", project, "--codebook", "3rs", "--raters", "Ana,Ben",
                "--json"));
        assertTrue(list.isArray() && list.size() > 0);
        for (JsonNode d : list) {
            List<String> keys = new java.util.ArrayList<>();
            d.fieldNames().forEachRemaining(keys::add);
            boolean code = d.has("code");
            assertEquals(code ? List.of("session", "code", "start_ms", "end_ms", "utterance", "values")
                    : List.of("session", "item", "start_ms", "end_ms", "values"), keys, d.toString());
            assertEquals(List.of("Ana", "Ben"), names(d.get("values")));
            assertTrue(d.get("end_ms").asLong() >= d.get("start_ms").asLong());
            if (code) {
                // one rater applied the code there, the other did not
                assertTrue(d.get("values").get("Ana").isNull() != d.get("values").get("Ben").isNull(), d.toString());
            } else {
                assertTrue(d.get("values").get("Ana").isNumber(), d.toString());
            }
        }
    }

    @Test
    void timeSliceAndEventMatchingHaveNoUtteranceIndex() throws Exception {
        for (String method : List.of("time-slice", "event")) {
            JsonNode list = json(CliRun.of("disagreements", "--project", project, "--codebook", "3rs", "--raters",
                    "Ana,Ben", "--method", method, "--json"));
            assertTrue(list.size() > 0, method);
            for (JsonNode d : list) assertFalse(d.has("utterance"), method + ": " + d);
        }
    }

    @Test
    void sessionsNarrowTheList() throws Exception {
        JsonNode list = json(CliRun.of("disagreements", "--project", project, "--codebook", "3rs", "--sessions",
                "s02-confrontation", "--json"));
        assertTrue(list.size() > 0);
        for (JsonNode d : list) assertEquals("s02-confrontation", d.get("session").asText());
    }

    @Test
    void textListsTheTranscriptLine() {
        CliRun r = CliRun.of("disagreements", "--project", project, "--codebook", "3rs", "--raters", "Ana,Ben");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().matches("(?s)\\d+ disagreement\\(s\\) between Ana, Ben\n.*"), r.out());
        assertTrue(r.out().contains("Client: "), r.out());
    }

    @Test
    void oneRaterIsBadInput() {
        CliRun r = CliRun.of("disagreements", "--project", project, "--codebook", "3rs", "--raters", "Ana");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("two or more raters"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
