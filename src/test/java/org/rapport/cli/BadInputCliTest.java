package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input the foundation names: one clear line naming the file (and line where there is one),
 * exit code 2, no stack trace, and the project exactly as before.
 */
class BadInputCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void projectWithTheSampleSessionsCodingsAndRatings() {
        project = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--dir", project.toString(), "--samples", Path.of("sample-sessions").toString());
        assertEquals(0, demo.exitCode(), demo.toString());
    }

    private void assertRefusedAndUnchanged(String fileName, String... args) {
        List<Object> before = ProjectFingerprint.of(project);
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.toString());
        String err = run.err().strip();
        assertTrue(err.contains(fileName), "message should name " + fileName + ": " + err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertEquals(before, ProjectFingerprint.of(project), "the project changed");
    }

    private CliRun importTranscript(Path file) {
        return CliRun.of("import", "session", "--project", project.toString(), "--name", "bad", "--transcript", file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated.vtt", "truncated.srt", "truncated.csv", "truncated.eaf", "latin1.srt",
            "out-of-order.vtt", "negative.csv", "end-before-start.srt", "empty.vtt", "xxe.eaf"})
    void aBadTranscriptIsRefusedWithItsNameAndLineAndChangesNothing(String fixture) throws IOException {
        Path file = dir.resolve(fixture);
        Files.copy(Path.of("src/test/resources/transcripts", fixture), file);
        assertRefusedAndUnchanged(fixture, "import", "session", "--project", project.toString(), "--name", "bad",
                "--transcript", file.toString());
    }

    @Test
    void aBadTranscriptMessageCarriesTheLineNumber() throws IOException {
        Path file = dir.resolve("out-of-order.vtt");
        Files.copy(Path.of("src/test/resources/transcripts/out-of-order.vtt"), file);
        CliRun run = importTranscript(file);
        assertTrue(run.err().matches("(?s).*out-of-order\\.vtt:\\d+: .*"), run.err());
    }

    @Test
    void aTwoHundredMegabyteFileIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("huge.vtt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertRefusedAndUnchanged("huge.vtt", "import", "session", "--project", project.toString(), "--name", "bad",
                "--transcript", big.toString());
    }

    @Test
    void aMissingMediaFileIsRefused() {
        assertRefusedAndUnchanged("nowhere.mp4", "import", "session", "--project", project.toString(), "--name", "bad",
                "--transcript", "sample-sessions/s01-withdrawal.vtt", "--media", dir.resolve("nowhere.mp4").toString());
    }

    @Test
    void anUnknownSessionIsRefused() {
        assertRefusedAndUnchanged("no session named 's99'", "export", "transcript", "--project", project.toString(),
                "--session", "s99", "--out", dir.resolve("x.vtt").toString());
        assertFalse(Files.exists(dir.resolve("x.vtt")));
    }

    @Test
    void aCodingsFileWithAnUnknownSessionIsRefusedWhole() throws IOException {
        Path csv = dir.resolve("codings.csv");
        Files.write(csv, List.of("session,rater,codebook,code,start_ms,end_ms,value,note",
                "s01-withdrawal,Ana,3rs,w-denial,1000,2000,,", "s99,Ana,3rs,w-denial,1000,2000,,"), StandardCharsets.UTF_8);
        assertRefusedAndUnchanged("codings.csv:3", "import", "codings", "--project", project.toString(), csv.toString());
    }

    @Test
    void aRatingOutsideItsScaleIsRefusedWhole() throws IOException {
        Path csv = dir.resolve("ratings.csv");
        Files.write(csv, List.of("session,rater,codebook,item,segment,value",
                "s01-withdrawal,Ana,wai-o-s,wai01,,9"), StandardCharsets.UTF_8);
        assertRefusedAndUnchanged("ratings.csv:2", "import", "ratings", "--project", project.toString(), csv.toString());
    }

    @Test
    void aCodebookWithDuplicateCodesOrHotkeysIsRefused() throws IOException {
        String yaml = Files.readString(Path.of("codebooks/demo.yaml"));
        Path dupCode = dir.resolve("dup-code.yaml");
        Files.writeString(dupCode, yaml.replace("  - id: repair\n", "  - id: withdrawal\n")
                .replaceFirst("(?m)^version: .*$", "version: \"9.0\""));
        assertRefusedAndUnchanged("dup-code.yaml", "codebook", "add", "--project", project.toString(), dupCode.toString());
        Path dupKey = dir.resolve("dup-key.yaml");
        Files.writeString(dupKey, yaml.replace("hotkey: \"2\"", "hotkey: \"1\"")
                .replaceFirst("(?m)^version: .*$", "version: \"9.1\""));
        assertTrue(!Files.readString(dupKey).equals(yaml), "the fixture must change the hotkey");
        assertRefusedAndUnchanged("dup-key.yaml", "codebook", "add", "--project", project.toString(), dupKey.toString());
        CliRun validate = CliRun.of("codebook", "validate", dupKey.toString());
        assertEquals(2, validate.exitCode(), validate.toString());
        assertTrue(validate.err().contains("duplicate hotkey"), validate.err());
    }

    @Test
    void aChangedCodebookWithTheSameVersionIsRefused() throws IOException {
        Path changed = dir.resolve("demo.yaml");
        Files.writeString(changed, Files.readString(Path.of("codebooks/demo.yaml")) + "\n# a local edit\n");
        assertRefusedAndUnchanged("demo.yaml", "codebook", "add", "--project", project.toString(), changed.toString());
    }

    @Test
    void anUnknownProjectIsRefused() {
        CliRun run = CliRun.of("sessions", "--project", dir.resolve("missing").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing") && run.err().contains("not a Rapport project"), run.err());
    }
}
