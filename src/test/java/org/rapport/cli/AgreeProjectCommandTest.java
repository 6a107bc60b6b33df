package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.model.rater.RaterRole;
import org.rapport.app.imports.SessionImport;

/** {@code rapport agree --project} through the real command line on a real project. */
class AgreeProjectCommandTest {
    @TempDir Path dir;
    private String project;

    /*
     * Session s01, six utterances [0,2) [2,5) [5,6) [6,9) [9,10) [10,14) s, all the client's (w-minimal, a withdrawal
     * marker, applies to the client's utterances: every one of them is a unit here). Ana and Ben code w-minimal:
     *          u0 u1 u2 u3 u4 u5
     *   Ana     -  P  -  -  P  P      (2000-5000, 9000-10000, 10500-13500)
     *   Ben     -  P  -  P  -  P      (2100-4900, 6000-7000: midpoint in u3, 10000-14000)
     * po = 4/6, pe = .5·.5 + .5·.5 = .5, kappa = (4/6 - .5)/.5 = 1/3.
     */
    @BeforeEach
    void project() throws Exception {
        Path vtt = dir.resolve("s01.vtt");
        Files.writeString(vtt, """
                WEBVTT

                00:00:00.000 --> 00:00:02.000
                <v C>So how was the week?

                00:00:02.000 --> 00:00:05.000
                <v C>Fine.

                00:00:05.000 --> 00:00:06.000
                <v C>Just fine?

                00:00:06.000 --> 00:00:09.000
                <v C>I don't know.

                00:00:09.000 --> 00:00:10.000
                <v C>Mm.

                00:00:10.000 --> 00:00:14.000
                <v C>Whatever.
                """);
        Path codings = dir.resolve("codings.csv");
        Files.writeString(codings, """
                session,rater,codebook,code,start_ms,end_ms,value,note
                s01,Ana,3rs,w-minimal,2000,5000,,
                s01,Ana,3rs,w-minimal,9000,10000,,
                s01,Ana,3rs,w-minimal,10500,13500,,
                s01,Ben,3rs,w-minimal,2100,4900,,
                s01,Ben,3rs,w-minimal,6000,7000,,
                s01,Ben,3rs,w-minimal,10000,14000,,
                """);
        Path folder = dir.resolve("p");
        try (Project p = Project.init(folder)) {
            p.imports().importSession(SessionImport.of("s01", vtt));
            p.raters().create("Ana", RaterRole.OBSERVER);
            p.raters().create("Ben", RaterRole.OBSERVER);
            p.imports().importCodings(codings);
        }
        project = folder.toString();
    }

    @Test
    void textListsEveryCodeWithItsKappa() {
        CliRun r = CliRun.of("agree", "--project", project, "--codebook", "3rs");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("w-denial"), r.out());
        assertTrue(r.out().contains("r-redirect"), r.out());
        assertTrue(r.out().matches("(?s).*w-minimal.*Cohen's kappa\\s+Ana–Ben\\s+0\\.333.*"), r.out());
        assertTrue(r.out().contains("Methods"), r.out());
    }

    @Test
    void jsonCarriesEachStatisticInTheDataContract() throws Exception {
        CliRun r = CliRun.of("agree", "--project", project, "--codebook", "3rs", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("utterance", root.get("method").asText());
        JsonNode minimal = null;
        for (JsonNode t : root.get("sections").get(0).get("targets")) if (t.get("id").asText().equals("w-minimal")) minimal = t;
        JsonNode cohen = minimal.get("estimates").get(0);
        assertEquals("Ana–Ben", cohen.get("comparison").asText());
        assertEquals(2, cohen.get("raters").asInt());
        assertEquals("cohen-kappa", cohen.get("statistic").asText());
        assertEquals(1.0 / 3, cohen.get("value").asDouble(), 1e-12);
        assertEquals(6, minimal.get("units").asInt());
        assertTrue(root.get("methods_paragraph").asText().contains("Cohen, 1960"));
    }

    @Test
    void reportFileHoldsTheMethodsParagraphAndTheNumbers() throws Exception {
        Path report = dir.resolve("out/reliability.html");
        CliRun r = CliRun.of("agree", "--project", project, "--codebook", "3rs", "--report", report.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String html = Files.readString(report);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("utterance by utterance: each of the 6 utterances"), html);
        assertTrue(html.contains("Cohen&#39;s kappa") || html.contains("Cohen's kappa"));
        assertTrue(html.contains(">0.33<"), "kappa 1/3 in the w-minimal row");
        assertTrue(html.contains("Landis, J. R., &amp; Koch, G. G. (1977)"));
        assertFalse(html.contains("<script"), "self-contained and static");
        assertFalse(html.contains("http://") && html.contains("<link"), "no external resources");
    }

    @Test
    void eventMethodReportsLinkedAndUnlinkedEvents() {
        CliRun r = CliRun.of("agree", "--project", project, "--codebook", "3rs", "--method", "event", "--min-overlap", "0.5");
        assertEquals(0, r.exitCode(), r.toString());
        // 2000-5000 ~ 2100-4900 (share .93) and 10500-13500 ~ 10000-14000 (.75) link; 9000-10000 and 6000-7000 do not.
        assertTrue(r.out().contains("events Ana–Ben: 2 linked (2 same code), unlinked 1 + 1"), r.out());
    }

    private static void assertBadInput(CliRun r, String expected) {
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains(expected), r.toString());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownCodebookIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "nope"), "no codebook 'nope'");
    }

    @Test
    void unknownSessionIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--sessions", "s01,s99"), "no session named 's99'");
    }

    @Test
    void unknownRaterIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--raters", "Ana,Zoe"), "no rater named 'Zoe'");
    }

    @Test
    void oneRaterIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--raters", "Ana"), "two or more raters");
    }

    @Test
    void sliceWidthWithEventMethodIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--method", "event", "--slice-ms", "1000"),
                "--slice-ms applies only to --method time-slice");
    }

    @Test
    void zeroSliceWidthIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--method", "time-slice", "--slice-ms", "0"),
                "--slice-ms must be a positive number");
    }

    @Test
    void minimumOverlapAboveOneIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--method", "event", "--min-overlap", "1.5"),
                "--min-overlap must be a share in (0, 1]");
    }

    @Test
    void minimumOverlapOfZeroIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--method", "event", "--min-overlap", "0"),
                "--min-overlap must be a share in (0, 1]");
    }

    @Test
    void toleranceTogetherWithMinimumOverlapIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--method", "event", "--min-overlap", "0.6",
                "--tolerance-ms", "500"), "not both");
    }

    @Test
    void negativeToleranceIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--method", "event", "--tolerance-ms", "-1"),
                "--tolerance-ms must not be negative");
    }

    @Test
    void bootstrapSettingsAreTakenWithProject() {
        CliRun r = CliRun.of("agree", "--project", project, "--codebook", "3rs", "--bootstrap", "500", "--seed", "7");
        assertEquals(0, r.exitCode(), r.toString());
    }

    @Test
    void tooFewBootstrapResamplesWithProjectIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--bootstrap", "50"),
                "--bootstrap needs at least 100 resamples");
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--bootstrap", "0"),
                "--bootstrap needs at least 100 resamples");
    }

    @Test
    void unknownMethodIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--method", "sentence"), "unknown --method 'sentence'");
    }

    @Test
    void statisticOptionWithProjectIsBadInput() {
        assertBadInput(CliRun.of("agree", "--project", project, "--codebook", "3rs", "--statistic", "fleiss-kappa"),
                "--statistic applies to --data only");
    }

    @Test
    void projectOptionsWithDataAreBadInput() throws Exception {
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "unit,rater,value\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n");
        assertBadInput(CliRun.of("agree", "--data", data.toString(), "--statistic", "cohen-kappa", "--method", "event"),
                "apply to --project, not to --data");
    }
}
