package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation commands end to end: real project folders, real files, exit codes and messages. */
class FoundationCliTest {
    private static final String VTT = """
            WEBVTT

            1
            00:00:00.000 --> 00:00:02.500
            <v Therapist>How have things been since we last met?

            2
            00:00:03.000 --> 00:00:04.000
            <v Client>Fine. I'm fine.

            3
            00:00:04.800 --> 00:00:07.200
            <v Therapist>You sound a little flat today.
            """;

    @TempDir
    Path dir;
    Path project;
    Path vtt;

    @BeforeEach
    void newProjectWithOneSession() throws IOException {
        project = dir.resolve("proj");
        vtt = dir.resolve("s1.vtt");
        Files.writeString(vtt, VTT, StandardCharsets.UTF_8);
        CliRun init = CliRun.of("init", project.toString());
        assertEquals(0, init.exitCode(), init.toString());
        CliRun imp = CliRun.of("import", "session", "--project", project.toString(), "--name", "s1", "--transcript",
                vtt.toString(), "--client", "C-7", "--number", "2", "--date", "2026-03-02");
        assertEquals(0, imp.exitCode(), imp.toString());
        for (String rater : List.of("Ana", "Ben")) { // imports never create raters
            assertEquals(0, CliRun.of("raters", "--project", project.toString(), "--add", rater).exitCode());
        }
    }

    private JsonNode sessionsJson() throws IOException {
        CliRun run = CliRun.of("sessions", "--project", project.toString(), "--json");
        assertEquals(0, run.exitCode(), run.toString());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("rapport "), run.out());
    }

    @Test
    void sessionsJsonListsNameUtterancesParticipantsAndDuration() throws IOException {
        JsonNode s = sessionsJson().get(0);
        assertEquals("s1", s.get("name").asText());
        assertEquals(3, s.get("utterances").asInt());
        assertEquals(2, s.get("participants").asInt());
        assertEquals(7200, s.get("duration_ms").asLong());
        assertEquals("C-7", s.get("client").asText());
    }

    @Test
    void importingASecondSessionWithTheSameNameIsRefusedAndChangesNothing() throws IOException {
        String before = sessionsJson().toString();
        CliRun run = CliRun.of("import", "session", "--project", project.toString(), "--name", "s1", "--transcript",
                vtt.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("exists already"), run.err());
        assertEquals(before, sessionsJson().toString());
    }

    @Test
    void aMissingMediaFileIsNamedAndNothingIsImported() throws IOException {
        CliRun run = CliRun.of("import", "session", "--project", project.toString(), "--name", "s2", "--transcript",
                vtt.toString(), "--media", dir.resolve("gone.mp4").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("gone.mp4") && run.err().contains("media file not found"), run.err());
        assertEquals(1, sessionsJson().size());
    }

    @Test
    void anUnknownProjectIsBadInputWithoutAStackTrace() {
        CliRun run = CliRun.of("sessions", "--project", dir.resolve("nope").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("not a Rapport project"), run.err());
        assertFalse(run.err().contains("at org.rapport"), run.err());
        assertFalse(Files.exists(dir.resolve("nope")));
    }

    @Test
    void aRoleForASpeakerWhoIsNotInTheTranscriptIsRefused() {
        CliRun run = CliRun.of("import", "session", "--project", project.toString(), "--name", "s2", "--transcript",
                vtt.toString(), "--role", "Counsellor=therapist");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no speaker 'Counsellor'"), run.err());
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageErrorWithExitCode2() {
        assertEquals(2, CliRun.of("frobnicate").exitCode());
        assertEquals(2, CliRun.of("sessions", "--project", project.toString(), "--colour").exitCode());
    }

    @Test
    void codingsImportIsAllOrNothingAndNamesTheBadLine() throws IOException {
        Path csv = dir.resolve("codings.csv");
        Files.write(csv, List.of("session,rater,codebook,code,start_ms,end_ms,value,note",
                "s1,Ana,3rs,w-denial,3000,4000,,",
                "s1,Ana,3rs,w-nonsense,4800,7200,,"));
        CliRun run = CliRun.of("import", "codings", "--project", project.toString(), csv.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("codings.csv:3") && run.err().contains("w-nonsense"), run.err());
        Path out = dir.resolve("out.csv");
        CliRun export = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                out.toString());
        assertEquals(0, export.exitCode(), export.toString());
        assertTrue(export.out().contains("wrote 0 codings"), export.out());
    }

    @Test
    void importedCodingsExportAsLongCsvThatReadsBack() throws IOException {
        Path csv = dir.resolve("codings.csv");
        Files.write(csv, List.of("session,rater,codebook,code,start_ms,end_ms,value,note",
                "s1,Ana,3rs,w-denial,3000,4000,,says fine twice",
                "s1,Ben,3rs,w-minimal,3100,4100,,"));
        assertEquals(0, CliRun.of("import", "codings", "--project", project.toString(), csv.toString()).exitCode());
        Path out = dir.resolve("out.csv");
        CliRun export = CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                out.toString());
        assertEquals(0, export.exitCode(), export.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("s1,Ana,3rs,1.0,w-denial,3000,4000,,,"), lines.toString());
        assertTrue(lines.get(1).contains("says fine twice"), lines.toString());
    }

    @Test
    void importingTheSameCodingsTwiceSkipsTheDuplicates() throws IOException {
        Path csv = dir.resolve("codings.csv");
        Files.write(csv, List.of("session,rater,codebook,code,start_ms,end_ms,value,note",
                "s1,Ana,3rs,w-denial,3000,4000,,"));
        assertEquals(0, CliRun.of("import", "codings", "--project", project.toString(), csv.toString()).exitCode());
        CliRun again = CliRun.of("import", "codings", "--project", project.toString(), csv.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("imported 0 codings, skipped 1"), again.out());
    }

    @Test
    void aTranscriptExportsToEveryWritableFormatAndReimportsTheSame() throws IOException {
        for (String ext : List.of("vtt", "srt", "csv", "tsv", "eaf")) {
            Path out = dir.resolve("s1-out." + ext);
            CliRun export = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "s1",
                    "--out", out.toString());
            assertEquals(0, export.exitCode(), ext + ": " + export);
            CliRun reimport = CliRun.of("import", "session", "--project", project.toString(), "--name", "s1-" + ext,
                    "--transcript", out.toString());
            assertEquals(0, reimport.exitCode(), ext + ": " + reimport);
        }
        JsonNode all = sessionsJson();
        for (JsonNode s : all) {
            assertEquals(3, s.get("utterances").asInt(), s.toString());
            assertEquals(7200, s.get("duration_ms").asLong(), s.toString());
        }
    }

    @Test
    void aProjectOpenInAnotherProcessGetsAClearMessage() throws Exception {
        try (var open = org.rapport.app.Project.open(project)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.rapport.Main", "sessions", "--project",
                    project.toString()).redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, other.waitFor(), output);
            assertTrue(output.contains("open in another Rapport window or process"), output);
            assertFalse(output.contains("Exception"), output);
        }
    }
}
