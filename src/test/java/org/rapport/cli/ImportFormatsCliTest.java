package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing transcripts and codings as labs have them, on the command line: the summary says what was read and left
 * out; a file with problems lists them all, exits 2 and leaves the project as it was.
 */
class ImportFormatsCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void newProject() {
        project = dir.resolve("proj");
        CliRun init = CliRun.of("init", project.toString());
        assertEquals(0, init.exitCode(), init.toString());
        assertEquals(0, CliRun.of("raters", "--project", project.toString(), "--add", "Ana").exitCode()); // imports never create raters
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.copy(Path.of("src/test/resources/transcripts", name), file);
        return file;
    }

    private CliRun importSession(String name, Path transcript, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "session", "--project", project.toString(),
                "--name", name, "--transcript", transcript.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void importSummaryNamesTheSpeechTiersAndTheTiersLeftOut() throws IOException {
        CliRun run = importSession("c102-s01", fixture("eaf-tiers.eaf"), "--speaker-tier", "Therapist speech=therapist",
                "--speaker-tier", "Client speech=client", "--tiers", "Therapist overlap");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("imported session c102-s01: 4 utterances, 2 participants", lines.get(0));
        assertTrue(lines.get(1).startsWith("  speech tiers (speaker, utterances): Therapist speech (Dr. Rivera, 2),"), run.out());
        assertTrue(run.out().contains("  left out tiers that were not chosen with --tiers or --speaker-tier: Client asides,"),
                run.out());
    }

    @Test
    void aFileWithSeveralProblemsListsThemAllExitsTwoAndImportsNothing() throws IOException {
        List<Object> before = ProjectFingerprint.of(project);
        CliRun run = importSession("bad", fixture("several-problems.srt"));
        assertEquals(2, run.exitCode(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertEquals(5, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("rapport: several-problems.srt:6: invalid time"), run.err());
        assertTrue(lines.get(1).startsWith("several-problems.srt:9: "), run.err());
        assertTrue(lines.get(2).startsWith("several-problems.srt:12: "), run.err());
        assertTrue(lines.get(3).startsWith("several-problems.srt:20: "), run.err());
        assertEquals("several-problems.srt: 4 problems", lines.get(4));
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(before, ProjectFingerprint.of(project));
    }

    @Test
    void sortTimesImportsAnOutOfOrderFileAndSaysHowManyMoved() throws IOException {
        CliRun run = importSession("sorted", fixture("out-of-order.vtt"), "--sort-times");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("  put 1 utterance out of time order in place (--sort-times)"), run.out());
    }

    @Test
    void encodingAndTimeUnitOptionsReachTheReader() throws IOException {
        CliRun latin = importSession("latin", fixture("latin1.srt"), "--encoding", "windows-1252");
        assertEquals(0, latin.exitCode(), latin.toString());
        Path csv = dir.resolve("ms.csv");
        Files.writeString(csv, "start,end,speaker,text\n1500,2500,Client,hi\n");
        CliRun ms = importSession("ms", csv, "--time-unit", "ms");
        assertEquals(0, ms.exitCode(), ms.toString());
        CliRun json = CliRun.of("sessions", "--project", project.toString(), "--json");
        assertTrue(json.out().contains("\"duration_ms\" : 2500"), json.out());
    }

    @Test
    void anUnknownEncodingIsBadInput() throws IOException {
        CliRun run = importSession("x", fixture("session.srt"), "--encoding", "klingon-8");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--encoding klingon-8"), run.err());
    }

    @Test
    void exportedEafKeepsTheTierNamesAndLinksTheMedia() throws IOException {
        Path media = dir.resolve("c102-s01.mp4");
        Files.copy(Path.of("sample-sessions/s01-withdrawal.mp4"), media);
        assertEquals(0, importSession("c102-s01", fixture("eaf-tiers.eaf"), "--media", media.toString()).exitCode());
        Path out = dir.resolve("out.eaf");
        CliRun export = CliRun.of("export", "transcript", "--project", project.toString(), "--session", "c102-s01",
                "--out", out.toString());
        assertEquals(0, export.exitCode(), export.toString());
        String xml = Files.readString(out);
        assertTrue(xml.contains("PARTICIPANT=\"Dr. Rivera\" TIER_ID=\"Therapist speech\""), xml);
        assertTrue(xml.contains("PARTICIPANT=\"C-102\" TIER_ID=\"Client speech\""), xml);
        assertTrue(xml.contains("<MEDIA_DESCRIPTOR MEDIA_URL=\"" + media.toUri() + "\" MIME_TYPE=\"video/mp4\""
                + " RELATIVE_MEDIA_URL=\"./c102-s01.mp4\"/>"), xml);
    }

    @Test
    void codedTiersOfAnElanFileImportAsCodingsMatchedByIdNameAndKey() throws IOException {
        Path eaf = fixture("eaf-tiers.eaf");
        assertEquals(0, importSession("c102-s01", eaf).exitCode());
        CliRun run = CliRun.of("import", "codings", "--project", project.toString(), eaf.toString(), "--rater", "Ana",
                "--codebook", "3rs", "--session", "c102-s01");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("imported 4 codings\n  tier withdrawal read as group withdrawal: 4 codings"), run.out());
        Path csv = dir.resolve("codings.csv");
        assertEquals(0, CliRun.of("export", "codings", "--project", project.toString(), "--format", "csv", "--out",
                csv.toString()).exitCode());
        assertEquals(List.of("session,rater,codebook,codebook_version,code,start_ms,end_ms,first_utterance,"
                        + "last_utterance,value,note",
                "c102-s01,Ana,3rs,1.0,w-split,1000,3000,,,,",
                "c102-s01,Ana,3rs,1.0,w-denial,3500,6000,,,,",
                "c102-s01,Ana,3rs,1.0,w-minimal,6000,8000,,,,",
                "c102-s01,Ana,3rs,1.0,w-abstract,8000,9000,,,,"), sorted(Files.readAllLines(csv)));
    }

    private static List<String> sorted(List<String> csv) {
        List<String> rows = new java.util.ArrayList<>(csv.subList(1, csv.size()));
        rows.sort(java.util.Comparator.comparingLong(r -> Long.parseLong(r.split(",")[5])));
        List<String> out = new java.util.ArrayList<>(List.of(csv.get(0)));
        out.addAll(rows);
        return out;
    }

    @Test
    void unknownCodeValuesAreRefusedWithTheirLinesAndNothingIsImported() throws IOException {
        Path eaf = fixture("eaf-tiers.eaf");
        assertEquals(0, importSession("c102-s01", eaf).exitCode());
        List<Object> before = ProjectFingerprint.of(project);
        CliRun run = CliRun.of("import", "codings", "--project", project.toString(), eaf.toString(), "--rater", "Ana",
                "--codebook", "3rs", "--tier", "alliance=withdrawal", "--tier", "withdrawal");
        assertEquals(2, run.exitCode(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith("rapport: eaf-tiers.eaf:116: 'rupture' is not a code of group withdrawal"), run.err());
        assertEquals("eaf-tiers.eaf: 4 problems", lines.get(lines.size() - 1));
        assertEquals(before, ProjectFingerprint.of(project));
    }

    @Test
    void codingsOfAnElanFileFindTheirSessionByTheFileName() throws IOException {
        Path eaf = fixture("eaf-tiers.eaf");
        assertEquals(0, importSession("eaf-tiers", eaf).exitCode());
        CliRun run = CliRun.of("import", "codings", "--project", project.toString(), eaf.toString(), "--rater", "Ana",
                "--codebook", "3rs");
        assertEquals(0, run.exitCode(), run.toString());
    }

    @Test
    void elanOptionsOnACodingsCsvAreRefused() throws IOException {
        Path csv = dir.resolve("c.csv");
        Files.writeString(csv, "session,rater,codebook,code,start_ms,end_ms,value,note\n");
        CliRun run = CliRun.of("import", "codings", "--project", project.toString(), csv.toString(), "--rater", "Ana");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("are for ELAN files"), run.err());
    }
}
