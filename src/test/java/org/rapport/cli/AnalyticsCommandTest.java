package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rapport analytics` on {@link AnalyticsProject}: every count against the codings, episodes and sequences by hand. */
class AnalyticsCommandTest {
    @TempDir static Path dir;
    static Path project;

    @BeforeAll
    static void build() throws IOException {
        project = AnalyticsProject.build(dir);
    }

    private static JsonNode json(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("analytics", "--project", project.toString(), "--codebook", "3rs",
                "--json"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode session(JsonNode result, String name) {
        for (JsonNode s : result.get("sessions")) if (s.get("session").asText().equals(name)) return s;
        throw new AssertionError("no session " + name + " in " + result);
    }

    /** The project's codings as `export codings` writes them: session → rater → codes. */
    private static Map<String, Map<String, List<String>>> exported() throws IOException {
        Path out = dir.resolve("exported-" + System.nanoTime() + ".csv");
        CliRun r = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--codebook", "3rs",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, Map<String, List<String>>> codes = new HashMap<>();
        try (var reader = Files.newBufferedReader(out)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                codes.computeIfAbsent(row.get("session"), s -> new HashMap<>())
                        .computeIfAbsent(row.get("rater"), x -> new ArrayList<>()).add(row.get("code"));
            }
        }
        return codes;
    }

    @Test
    void everyCountIsTheNumberOfTheSourcesCodingsOfThatCode() throws IOException {
        JsonNode result = json("--rater", "Ana");
        Map<String, Map<String, List<String>>> codes = exported();
        assertEquals(9, result.get("sessions").size(), result.toString()); // all but C02-s3, which Ana did not code
        for (JsonNode s : result.get("sessions")) {
            List<String> own = codes.get(s.get("session").asText()).get(s.get("source").get("rater").asText());
            s.get("codes").fields().forEachRemaining(e -> assertEquals(own.stream().filter(e.getKey()::equals).count(),
                    e.getValue().asLong(), s.get("session") + " " + e.getKey()));
            assertEquals(own.stream().filter(c -> c.startsWith("w-")).count(), s.get("withdrawal").asLong());
            assertEquals(own.stream().filter(c -> c.startsWith("c-")).count(), s.get("confrontation").asLong());
            assertEquals(own.stream().filter(c -> c.startsWith("r-")).count(), s.get("resolution").asLong());
            // 20 minutes: a count per hour is 3 × the count
            assertEquals(3.0 * s.get("withdrawal").asLong(), s.get("per_hour").get("withdrawal").asDouble(), 1e-9);
            s.get("codes").fields().forEachRemaining(e -> {
                long inSegments = 0;
                for (JsonNode g : s.get("segments")) inSegments += g.get("codes").get(e.getKey()).asLong();
                assertEquals(e.getValue().asLong(), inSegments, s.get("session") + " " + e.getKey() + " by segment");
                assertEquals(3.0 * e.getValue().asLong(), s.get("codes_per_hour").get(e.getKey()).asDouble(), 1e-9);
            });
            int segmentSum = 0;
            for (JsonNode g : s.get("segments")) segmentSum += g.get("withdrawal").asInt() + g.get("confrontation").asInt()
                    + g.get("resolution").asInt();
            assertEquals(own.size(), segmentSum, s.get("session").asText());
        }
    }

    @Test
    void aSettledConsensusIsTheSourceWhereThereIsOneElseTheChosenRater() throws IOException {
        JsonNode result = json("--rater", "Ana");
        assertEquals("consensus", session(result, "C02-s1").get("source").get("kind").asText());
        assertEquals("Consensus", session(result, "C02-s1").get("source").get("rater").asText());
        assertEquals("rater", session(result, "C02-s2").get("source").get("kind").asText());
        assertEquals("Ana", session(result, "C02-s2").get("source").get("rater").asText());
        JsonNode skipped = result.get("skipped");
        assertEquals(1, skipped.size());
        assertEquals("C02-s3", skipped.get(0).get("session").asText());
        assertEquals("no consensus under 3rs and Ana did not code it with 3rs", skipped.get(0).get("reason").asText());

        JsonNode consensusOnly = json("--consensus");
        assertEquals(1, consensusOnly.get("sessions").size());
        assertEquals(9, consensusOnly.get("skipped").size());
        assertEquals("no consensus under 3rs (--consensus)", consensusOnly.get("skipped").get(0).get("reason").asText());
        JsonNode none = json();
        assertEquals(1, none.get("sessions").size());
        for (JsonNode k : none.get("skipped")) {
            assertEquals("no consensus under 3rs and no rater chosen (--rater NAME)", k.get("reason").asText());
        }
    }

    /** The hand-worked session, as worked out in EpisodeRuleTest: 3 episodes, latencies 40 s, none, 100 s. */
    @Test
    void episodesOfTheHandWorkedSessionAreThoseWorkedOutByHand() throws IOException {
        JsonNode s = session(json("--rater", "Ana"), "C01-s3");
        JsonNode e = s.get("episodes");
        assertEquals(3, e.size());
        assertEquals(40_000, e.get(0).get("latency_ms").asLong());
        assertTrue(e.get(1).get("latency_ms").isNull());
        assertEquals(100_000, e.get(2).get("latency_ms").asLong());
        assertEquals("mixed", e.get(0).get("kind").asText());
        assertEquals(2 / 3.0, s.get("resolution_rate").asDouble(), 1e-12);
        assertEquals(2.0, s.get("rating_means").get("seg-withdrawal").asDouble());
        JsonNode windowed = session(json("--rater", "Ana", "--window", "60"), "C01-s3");
        assertEquals(5, windowed.get("episode_count").asInt());
        assertEquals(3, windowed.get("resolved").asInt());
    }

    /**
     * C01's observer totals 60 62 40 61 63 62 (SD 8.88): Stiles V at 2-3-4, Strauss 2-3 repaired at 5 (VSequencesTest).
     * Client 48 50 30 49 51 50: mean 46.33, squared deviations sum 325.33, SD = sqrt(65.07) = 8.07: session 3 is 20
     * below 2 and 19 below 4 (≥ 16.13): Stiles V; Strauss repaired first at 5 (51 ≥ 50). Therapist 45 45 40 45 45 45:
     * SD = sqrt(20.83/5) = 2.04; 5 ≥ 4.08 on both sides: Stiles V; Strauss repaired at 4 (45 ≥ 45).
     */
    @Test
    void trajectoriesShowEachPerspectivesSequencesWithTheirSessions() throws IOException {
        JsonNode c01 = null;
        for (JsonNode t : json("--rater", "Ana").get("trajectories")) if (t.get("client").asText().equals("C01")) c01 = t;
        assertTrue(c01 != null);
        assertEquals(6, c01.get("sessions").size());
        assertEquals(40.0, c01.get("sessions").get(2).get("totals").get("observer").asDouble());
        assertEquals(40 - 58.0, c01.get("sessions").get(2).get("centred").get("observer").asDouble(), 1e-12);
        // 40 over 12 items: 3 each, the first 4 one more (wai01–wai04: task, bond, goal, task); scored subscales
        JsonNode sub = c01.get("sessions").get(2).get("subscales").get("observer");
        assertEquals(40.0, sub.get("task").asDouble() + sub.get("bond").asDouble() + sub.get("goal").asDouble(), 1e-9);
        Map<String, String> found = new HashMap<>();
        for (JsonNode v : c01.get("sequences")) {
            found.put(v.get("criterion").asText() + " " + v.get("perspective").asText(), v.get("before").get("number")
                    + "-" + v.get("rupture").get("number") + "-" + (v.get("repair").isNull() ? "none" : v.get("repair").get("number")));
        }
        assertEquals(Map.of("stiles-2004 observer", "2-3-4", "strauss-2006 observer", "2-3-5",
                "stiles-2004 client", "2-3-4", "strauss-2006 client", "2-3-5",
                "stiles-2004 therapist", "2-3-4", "strauss-2006 therapist", "2-3-4"), found);
    }

    @Test
    void theHtmlReportInlinesEachPlotAsSvg() throws IOException {
        Path html = dir.resolve("report.html");
        CliRun r = CliRun.of("analytics", "--project", project.toString(), "--codebook", "3rs", "--rater", "Ana",
                "--html", html.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String page = Files.readString(html);
        assertEquals(9 + 1 + 1 + 1, page.split("<svg", -1).length - 1, "9 timelines, resolution rates, C01's trajectory"
                + " and perspectives (C02 has no alliance ratings)");
        assertTrue(page.contains("No session of this client has a complete alliance questionnaire."));
        for (String title : new String[] {"C01-s3 \u2013 ruptures and repairs by segment", "Resolution rate by session",
                "Client C01 \u2013 alliance across sessions", "Client C01 \u2013 observer, client and therapist alliance"}) {
            assertTrue(page.contains(title), title);
        }
        assertTrue(!page.contains("<script"), "no script in the report");
    }

    /**
     * alliance-long.csv in R: one row per session of a client with a number (C01 1–6, C02 1–2: 8 rows), centring
     * recomputed by R, and lm on the centred alliance. By hand, C01's markers per hour are 6 6 15 6 6 6 and its centred
     * totals 2 4 −18 3 5 4: x̄ = 7.5, Sxy = −1.5 × 18 + 7.5 × (−18) = −162, Sxx = 5 × 2.25 + 56.25 = 67.5, slope −2.4.
     */
    @Test
    void theLongCsvLoadsInRAndAModelFormulaRuns() throws IOException {
        Path folder = dir.resolve("tables");
        CliRun r = CliRun.of("analytics", "--project", project.toString(), "--codebook", "3rs", "--rater", "Ana",
                "--csv", folder.toString());
        assertEquals(0, r.exitCode(), r.toString());
        try (var reader = Files.newBufferedReader(folder.resolve("sessions.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (!row.get("session").equals("C01-s3")) continue;
                assertEquals(40.0, Double.parseDouble(row.get("observer_total")));
                assertEquals(40.0, Double.parseDouble(row.get("observer_task")) + Double.parseDouble(row.get("observer_bond"))
                        + Double.parseDouble(row.get("observer_goal")), 1e-9, "the subscales add up to the total");
                assertEquals(3.0, Double.parseDouble(row.get("w_minimal_per_h")), 1e-9); // once in 20 minutes
            }
        }
        org.rapport.NativeSupport.assumeR();
        Map<String, String> got = org.rapport.RScript.run(org.rapport.RScript.script("analytics_multilevel.R"),
                folder.resolve("alliance-long.csv").toString());
        assertEquals("8", got.get("rows"));
        assertEquals("2", got.get("clients"));
        assertEquals(0.0, Double.parseDouble(got.get("cwc_max_error")), 1e-9);
        assertEquals("6", got.get("n_used"));
        assertEquals(-2.4, Double.parseDouble(got.get("slope")), 1e-9);
    }

    @Test
    void observersAndSelfReportRatersMayNotRunAnalytics() {
        for (String who : new String[] {"Ana", "Client"}) {
            CliRun r = CliRun.of("analytics", "--project", project.toString(), "--as", who, "--codebook", "3rs");
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.err().contains("may not compute analytics"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void contradictoryOptionsAreOneLineOfBadInput() {
        CliRun both = CliRun.of("analytics", "--project", project.toString(), "--codebook", "3rs", "--consensus",
                "--rater", "Ana");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().startsWith("rapport: give either --consensus"), both.err());
        CliRun window = CliRun.of("analytics", "--project", project.toString(), "--codebook", "3rs", "--window", "0");
        assertEquals(2, window.exitCode());
        CliRun selfReport = CliRun.of("analytics", "--project", project.toString(), "--codebook", "3rs", "--rater",
                "Client");
        assertEquals(2, selfReport.exitCode());
        assertEquals("rapport: --rater Client holds client self-reports: name the rater whose codings count\n",
                selfReport.err());
        for (String output : new String[] {"--csv", "--html"}) {
            Path inside = project.resolve(output.equals("--csv") ? "tables" : "report.html");
            CliRun refused = CliRun.of("analytics", "--project", project.toString(), "--codebook", "3rs", "--rater", "Ana",
                    output, inside.toString());
            assertEquals(2, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("is inside the project folder"), refused.err());
            assertTrue(!Files.exists(inside), "nothing written into the project folder");
        }
        CliRun codebook = CliRun.of("analytics", "--project", project.toString(), "--codebook", "wai-o-s");
        assertEquals(2, codebook.exitCode());
        assertTrue(codebook.err().contains("has no rupture markers"), codebook.err());
    }
}
