package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Utterance;

/**
 * The codings CSV keeps everything a coding says: exporting a project's codings and importing them into a copy of
 * its sessions gives the same codings, utterance spans and codebook versions included; distinct codings are never
 * taken for one another, and a re-run says exactly what was there already.
 */
class CodingsCsvRoundTripTest {
    /** Times in whole seconds, as many transcription services give them: utterances 1 and 4 last no time at all. */
    private static final String SECOND_STAMPS = """
            start,end,speaker,text
            0,3,Therapist,How was the week?
            3,3,Client,Fine.
            3,6,Therapist,Just fine?
            6,7,Client,I guess.
            7,7,Client,Whatever.
            7,10,Therapist,It sounds like there is more to it.
            """;

    @TempDir
    Path dir;

    private static void ok(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run);
    }

    private static String out(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run);
        return run.out();
    }

    /** A project with the three sample sessions and no codings, as a lab's copy of its sessions would be. */
    private Path sampleSessionsOnly(String name) {
        Path p = dir.resolve(name);
        ok("init", p.toString());
        for (String s : List.of("s01-withdrawal", "s02-confrontation", "s03-unresolved")) {
            ok("import", "session", "--project", p.toString(), "--name", s, "--transcript", "sample-sessions/" + s + ".vtt");
        }
        return p;
    }

    private static List<String> sortedRows(String csv) {
        List<String> rows = new ArrayList<>(csv.lines().skip(1).toList());
        rows.sort(null);
        return rows;
    }

    @Test
    void theDemoProjectsCodingsComeBackIdenticalInACopy() throws IOException {
        Path demo = dir.resolve("demo");
        ok("demo", "--dir", demo.toString(), "--samples", "sample-sessions");
        String exported = out("export", "codings", "--project", demo.toString(), "--format", "csv", "--out", "-");
        assertTrue(exported.startsWith("session,rater,codebook,codebook_version,code,start_ms,end_ms,first_utterance,"
                + "last_utterance,value,note\n"), exported);
        Path file = dir.resolve("codings.csv");
        Files.writeString(file, exported, StandardCharsets.UTF_8);

        Path copy = sampleSessionsOnly("copy");
        CliRun imported = CliRun.of("import", "codings", "--project", copy.toString(), file.toString());
        assertEquals("imported 139 codings", imported.out().strip(), imported.toString());
        String again = out("export", "codings", "--project", copy.toString(), "--format", "csv", "--out", "-");
        assertEquals(sortedRows(exported), sortedRows(again));

        CliRun rerun = CliRun.of("import", "codings", "--project", copy.toString(), file.toString());
        assertEquals("imported 0 codings, skipped 139 already in the project", rerun.out().strip(), rerun.toString());
    }

    @Test
    void utteranceSpansSurviveTheRoundTripSoCodesDoNotSpillOntoNeighboursOfSecondResolutionStamps()
            throws IOException {
        Path transcript = dir.resolve("seconds.csv");
        Files.writeString(transcript, SECOND_STAMPS, StandardCharsets.UTF_8);
        Path original = dir.resolve("original");
        ok("init", original.toString());
        ok("import", "session", "--project", original.toString(), "--name", "s1", "--transcript", transcript.toString());
        try (Project p = Project.open(original)) {
            long session = p.sessions().byName("s1").id();
            List<Utterance> us = p.sessions().transcript(session).utterances();
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            Rater ben = p.raters().create("Ben", RaterRole.OBSERVER);
            // each codes whole utterances by key, as the workspace does: the coding carries the utterance it was on
            for (int[] coded : new int[][] {{0, 1}, {0, 4}, {1, 1}, {1, 3}}) {
                Rater r = coded[0] == 0 ? ana : ben;
                Utterance u = us.get(coded[1]);
                p.codings().add(r, session, "3rs", "w-minimal", u.startMs(), u.endMs(), u.index(), u.index(), null, null);
            }
        }
        String exported = out("export", "codings", "--project", original.toString(), "--format", "csv", "--out", "-");
        assertTrue(exported.contains("s1,Ana,3rs,1.0,w-minimal,7000,7000,4,4,,\n"), exported);
        Path withSpans = dir.resolve("with-spans.csv");
        Files.writeString(withSpans, exported, StandardCharsets.UTF_8);
        Path timesOnly = dir.resolve("times-only.csv");
        Files.writeString(timesOnly, exported.lines().map(l -> l.startsWith("session,") ? l
                : l.replaceFirst(",[^,]*,[^,]*,([^,]*),([^,]*)$", ",,,$1,$2"))
                .reduce("", (a, b) -> a + b + "\n"), StandardCharsets.UTF_8);

        Path copy = dir.resolve("copy");
        Path oldStyle = dir.resolve("old-style");
        for (Path p : List.of(copy, oldStyle)) {
            ok("init", p.toString());
            ok("import", "session", "--project", p.toString(), "--name", "s1", "--transcript", transcript.toString());
        }
        ok("import", "codings", "--project", copy.toString(), withSpans.toString());
        ok("import", "codings", "--project", oldStyle.toString(), timesOnly.toString());

        assertEquals(sortedRows(exported), sortedRows(out("export", "codings", "--project", copy.toString(), "--format",
                "csv", "--out", "-")));
        String agreement = out("agree", "--project", original.toString(), "--codebook", "3rs", "--json");
        assertEquals(agreement, out("agree", "--project", copy.toString(), "--codebook", "3rs", "--json"));
        assertNotEquals(agreement, out("agree", "--project", oldStyle.toString(), "--codebook", "3rs", "--json"),
                "without their utterances the codings spill onto the zero-length neighbours");
    }

    @Test
    void distinctCodingsAreNeverMergedAndARerunSaysWhatWasThere() throws IOException {
        Path demo = dir.resolve("demo");
        ok("demo", "--dir", demo.toString(), "--samples", "sample-sessions");
        Path csv = dir.resolve("same-times.csv");
        Files.writeString(csv, """
                session,rater,codebook,code,start_ms,end_ms,first_utterance,last_utterance,value,note
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,2,2,,
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,3,3,,
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,,,,
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,,,2,
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,,,,looks away
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,,,,looks away
                """);
        CliRun first = CliRun.of("import", "codings", "--project", demo.toString(), csv.toString());
        assertEquals("imported 6 codings", first.out().strip(), first.toString());
        CliRun rerun = CliRun.of("import", "codings", "--project", demo.toString(), csv.toString());
        assertEquals("imported 0 codings, skipped 6 already in the project", rerun.out().strip(), rerun.toString());

        Path more = dir.resolve("more.csv");
        Files.writeString(more, """
                session,rater,codebook,code,start_ms,end_ms,value,note
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,,looks away
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,,looks away
                s01-withdrawal,Eve,3rs,w-denial,20000,21000,,looks away
                """);
        CliRun third = CliRun.of("import", "codings", "--project", demo.toString(), more.toString());
        assertEquals("imported 1 codings, skipped 2 already in the project", third.out().strip(), third.toString());
    }

    @Test
    void theCodebookVersionOfARowIsKeptAndAnUnknownVersionIsRefusedAtItsLine() throws IOException {
        Path demo = dir.resolve("demo");
        ok("demo", "--dir", demo.toString(), "--samples", "sample-sessions");
        Path v2 = dir.resolve("demo-v2.yaml");
        Files.writeString(v2, Files.readString(Path.of("codebooks/demo.yaml")).replace("version: \"1.0\"", "version: \"2.0\""));
        ok("codebook", "add", "--project", demo.toString(), v2.toString());
        Path csv = dir.resolve("versions.csv");
        Files.writeString(csv, """
                session,rater,codebook,codebook_version,code,start_ms,end_ms
                s01-withdrawal,Eve,demo,1.0,withdrawal,1000,2000
                s01-withdrawal,Eve,demo,,withdrawal,3000,4000
                """);
        ok("import", "codings", "--project", demo.toString(), csv.toString());
        String exported = out("export", "codings", "--project", demo.toString(), "--format", "csv", "--out", "-");
        assertTrue(exported.contains("s01-withdrawal,Eve,demo,1.0,withdrawal,1000,2000,,,,\n"), exported);
        assertTrue(exported.contains("s01-withdrawal,Eve,demo,2.0,withdrawal,3000,4000,,,,\n"), exported);

        List<Object> before = ProjectFingerprint.of(demo);
        Path bad = dir.resolve("bad-version.csv");
        Files.writeString(bad, """
                session,rater,codebook,codebook_version,code,start_ms,end_ms
                s01-withdrawal,Eve,demo,1.0,withdrawal,5000,6000
                s01-withdrawal,Eve,demo,0.9,withdrawal,7000,8000
                """);
        CliRun refused = CliRun.of("import", "codings", "--project", demo.toString(), bad.toString());
        assertEquals(2, refused.exitCode(), refused.toString());
        assertEquals("rapport: " + bad + ":3: codebook demo has no version '0.9' in the project (add it with rapport"
                + " codebook add)", refused.err().strip());
        assertEquals(before, ProjectFingerprint.of(demo));
    }

    @Test
    void aSpanPastTheTranscriptIsRefusedAtItsLineAndOneUtteranceColumnMayGiveTheSpan() throws IOException {
        Path demo = dir.resolve("demo");
        ok("demo", "--dir", demo.toString(), "--samples", "sample-sessions");
        List<Object> before = ProjectFingerprint.of(demo);
        Path past = dir.resolve("past.csv");
        Files.writeString(past, """
                session,rater,codebook,code,start_ms,end_ms,first_utterance,last_utterance
                s01-withdrawal,Eve,3rs,w-denial,1000,2000,3,400
                """);
        CliRun refused = CliRun.of("import", "codings", "--project", demo.toString(), past.toString());
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.err().startsWith("rapport: " + past + ":2: utterances 3-400: session s01-withdrawal has "),
                refused.err());
        assertEquals(before, ProjectFingerprint.of(demo));

        Path one = dir.resolve("one-column.csv");
        Files.writeString(one, """
                session,rater,codebook,code,start_ms,end_ms,utterance
                s01-withdrawal,Eve,3rs,w-denial,1000,2000,2-3
                s01-withdrawal,Eve,3rs,w-denial,3000,4000,5
                """);
        ok("import", "codings", "--project", demo.toString(), one.toString());
        String exported = out("export", "codings", "--project", demo.toString(), "--format", "csv", "--out", "-");
        assertTrue(exported.contains("s01-withdrawal,Eve,3rs,1.0,w-denial,1000,2000,2,3,,\n"), exported);
        assertTrue(exported.contains("s01-withdrawal,Eve,3rs,1.0,w-denial,3000,4000,5,5,,\n"), exported);
    }
}
