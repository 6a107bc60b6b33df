package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training commands on the demo project: gold marks and lists, certify prints each gold session in completion
 * order with its statistics and where certification was reached (JSON and certificate), drift and sample print
 * their JSON, and rapport help lists all four.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingCommandsTest {
    @TempDir static Path dir;
    String project;

    @BeforeAll
    void demoWithThreeGoldSessions() {
        project = dir.resolve("demo").toString();
        assertEquals(0, CliRun.of("demo", "--dir", project, "--samples", "sample-sessions").exitCode());
        for (String s : new String[] {"s01-withdrawal", "s02-confrontation", "s03-unresolved"}) {
            CliRun r = CliRun.of("gold", "--project", project, "--codebook", "3rs", "--session", s, "--reference", "Chiara");
            assertEquals(0, r.exitCode(), r.toString());
        }
    }

    @Test
    void certifyPrintsTheGoldSessionsInCompletionOrderWithTheirStatistics() throws Exception {
        CliRun r = CliRun.of("certify", "--project", project, "--codebook", "3rs", "--rater", "Ana", "--json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("Ana", j.get("rater").asText());
        assertEquals("icc", j.get("criterion").get("statistic").asText());
        assertEquals(3, j.get("criterion").get("consecutive").asInt());
        JsonNode sessions = j.get("sessions");
        assertEquals(3, sessions.size());
        for (int i = 0; i < 3; i++) {
            JsonNode s = sessions.get(i);
            assertEquals(i + 1, s.get("order").asInt());
            for (String key : new String[] {"session", "reference", "completed_at", "phase", "value", "pass", "run",
                    "criterion_targets", "statistics"}) {
                assertTrue(s.has(key), key + " in " + s);
            }
            assertEquals("Chiara", s.get("reference").asText());
            assertTrue(s.get("statistics").size() > 3, "per code group and item: " + s.get("statistics"));
        }
        boolean allPass = true;
        for (JsonNode s : sessions) allPass &= s.get("pass").asBoolean();
        assertEquals(allPass, j.get("certified").asBoolean());
        if (allPass) assertEquals(sessions.get(2).get("session").asText(), j.get("certified_at").get("session").asText());
        assertTrue(j.get("methods").asText().startsWith("Ana was trained on the Rupture Resolution Rating System"));
    }

    @Test
    void certifyWritesACertificateForPrint() throws Exception {
        Path page = dir.resolve("ana-certificate.html");
        CliRun r = CliRun.of("certify", "--project", project, "--codebook", "3rs", "--rater", "Ana", "--certificate",
                page.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String html = Files.readString(page);
        assertTrue(html.contains("<h1>Certificate of training to criterion</h1>") && html.contains("<svg")
                && html.contains("@page") && html.contains("Ana was trained on"), html.substring(0, 400));
    }

    @Test
    void driftAndSamplePrintTheirJsonAndGoldListsTheMarks() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode drift = json.readTree(CliRun.of("drift", "--project", project, "--codebook", "3rs", "--json").out());
        assertEquals(0.70, drift.get("control_limit").asDouble(), 1e-12);
        assertEquals("month", drift.get("by").asText());
        // every observer of the demo codes every session: only the supervisor is free to be the second rater
        CliRun run = CliRun.of("sample", "--project", project, "--codebook", "wai-o-s", "--share", "0.5", "--second-rater",
                "Dana", "--seed", "4", "--dry-run", "--json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode sample = json.readTree(run.out());
        assertTrue(sample.get("dry_run").asBoolean());
        assertEquals(4, sample.get("seed").asLong());
        assertTrue(sample.get("methods").asText().contains("50% of sessions (k = " + sample.get("k").asInt() + ")"));
        JsonNode gold = json.readTree(CliRun.of("gold", "--project", project, "--codebook", "3rs", "--json").out());
        assertEquals(3, gold.size());
        assertEquals("master", gold.get(0).get("reference_role").asText());
    }

    @Test
    void helpListsTheTrainingCommands() {
        String help = CliRun.of("help").out();
        for (String c : new String[] {"gold", "certify", "drift", "sample"}) {
            assertTrue(help.lines().anyMatch(l -> l.strip().startsWith(c + " ")), c + " in: " + help);
        }
    }
}
