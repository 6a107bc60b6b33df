package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.store.ProjectStore;
import org.rapport.store.h2.H2ProjectStore;

/**
 * {@code rapport import sessions}: many sessions in one process and one all-or-nothing step, from a manifest or from
 * transcript files; when any file has a problem every problem is listed and nothing is imported.
 */
class ImportSessionsCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void newProject() throws IOException {
        project = dir.resolve("proj");
        CliRun init = CliRun.of("init", project.toString());
        assertEquals(0, init.exitCode(), init.toString());
        Files.createDirectories(dir.resolve("in"));
        for (String f : List.of("session.vtt", "session.srt", "several-problems.srt", "truncated.vtt", "teams.vtt")) {
            Files.copy(Path.of("src/test/resources/transcripts", f), dir.resolve("in").resolve(f));
        }
    }

    private Path manifest(String text) throws IOException {
        return Files.writeString(dir.resolve("sessions.csv"), text);
    }

    private CliRun run(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "sessions", "--project", project.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private List<Session> sessions() {
        try (ProjectStore store = H2ProjectStore.open(project)) {
            return store.read(tx -> tx.sessions().all());
        }
    }

    @Test
    void aManifestImportsEverySessionWithItsDetailsInOneStep() throws IOException {
        Path m = manifest("name,transcript,media,client,therapist,number,date,roles\n"
                + "c1-s1,in/session.vtt,,C1,Dr. Rivera,1,2024-03-05,\"Therapist=therapist;Client=client\"\n"
                + ",in/session.srt,,C1,Dr. Rivera,2,2024-03-12,\n");
        CliRun r = run("--manifest", m.toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<String> out = r.out().lines().toList();
        assertTrue(out.get(0).startsWith("imported session c1-s1: "), r.out());
        assertTrue(r.out().contains("imported session session: "), r.out());
        assertTrue(out.get(out.size() - 1).matches("imported 2 sessions: \\d+ utterances"), r.out());
        assertTrue(r.err().contains("reading 2/2: "), r.err());
        assertTrue(r.err().contains("wrote 2 sessions in one transaction"), r.err());
        List<Session> all = sessions();
        assertEquals(List.of("c1-s1", "session"), all.stream().map(Session::name).toList());
        Session first = all.get(0);
        assertEquals("C1", first.clientId());
        assertEquals("Dr. Rivera", first.therapist());
        assertEquals(1, first.number());
        assertEquals(LocalDate.of(2024, 3, 5), first.date());
        assertEquals(2, all.get(1).number());
        try (ProjectStore store = H2ProjectStore.open(project)) {
            List<Participant> ps = store.read(tx -> tx.transcripts().load(first.id())).participants();
            assertTrue(ps.stream().anyMatch(p -> p.label().equals("Client") && p.role() == Role.CLIENT), ps.toString());
        }
    }

    @Test
    void transcriptFilesAreSessionsNamedAfterTheirFiles() {
        CliRun r = run(dir.resolve("in/session.vtt").toString(), dir.resolve("in/teams.vtt").toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(List.of("session", "teams"), sessions().stream().map(Session::name).toList());
        // the search index follows the batch
        CliRun search = CliRun.of("search", "--project", project.toString(), "\"the week\"");
        assertEquals(0, search.exitCode(), search.toString());
        assertTrue(search.out().contains("teams"), search.out());
    }

    @Test
    void everyProblemOfEveryFileIsListedAndNothingIsImported() throws IOException {
        CliRun ok = run(dir.resolve("in/teams.vtt").toString());
        assertEquals(0, ok.exitCode(), ok.toString());
        List<Object> before = ProjectFingerprint.of(project);
        Path m = manifest("name,transcript,number,date,roles\n"
                + "a,in/session.vtt,1,2024-03-05,\n"
                + "b,in/several-problems.srt,2,,\n"
                + "c,in/missing.vtt,,,\n"
                + "a,in/session.srt,,,\n"
                + "teams,in/session.vtt,,,\n"
                + "d,in/truncated.vtt,,,\n");
        CliRun r = run("--manifest", m.toString());
        assertEquals(2, r.exitCode(), r.toString());
        String err = r.err();
        assertTrue(err.contains("several-problems.srt:6: invalid time"), err);
        assertTrue(err.contains("several-problems.srt:20: "), err);
        assertTrue(err.contains("missing.vtt: transcript file not found"), err);
        assertTrue(err.contains("session.srt: the session name 'a' is also given to "), err);
        assertTrue(err.contains("truncated.vtt"), err);
        assertTrue(err.lines().anyMatch(l -> l.matches("\\d+ problems in 4 of 6 files: nothing was imported")), err);
        assertFalse(err.contains("Exception"), err);
        assertEquals(before, ProjectFingerprint.of(project));
    }

    @Test
    void aSessionAlreadyInTheProjectStopsTheWholeBatch() throws IOException {
        assertEquals(0, run(dir.resolve("in/teams.vtt").toString()).exitCode());
        List<Object> before = ProjectFingerprint.of(project);
        CliRun r = run(dir.resolve("in/session.vtt").toString(), dir.resolve("in/teams.vtt").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("teams.vtt: a session named 'teams' exists already in "), r.err());
        assertTrue(r.err().contains("1 problem in 1 of 2 files: nothing was imported"), r.err());
        assertEquals(before, ProjectFingerprint.of(project));
    }

    @Test
    void manifestProblemsAreListedTogetherWithTheirLines() throws IOException {
        Path bad = manifest("name,transcript,colour\nx,in/session.vtt,red\n");
        CliRun r = run("--manifest", bad.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains(bad + ":1: unknown column 'colour' (the columns are name, transcript, media,"), r.err());
        Path rows = manifest("transcript,number,date,roles\nin/session.vtt,one,5/3/2024,Therapist:client\n");
        CliRun r2 = run("--manifest", rows.toString());
        assertEquals(2, r2.exitCode(), r2.toString());
        assertTrue(r2.err().contains(rows + ":2: the session number 'one' is not a whole number"), r2.err());
        assertTrue(r2.err().contains(rows + ":2: the date '5/3/2024' is not YYYY-MM-DD"), r2.err());
        assertTrue(r2.err().contains(rows + ":2: roles: 'Therapist:client' is not SPEAKER=ROLE"), r2.err());
        assertEquals(List.of(), sessions());
    }

    @Test
    void eitherAManifestOrFiles() throws IOException {
        CliRun neither = run();
        assertEquals(2, neither.exitCode(), neither.toString());
        assertTrue(neither.err().contains("give either --manifest CSV or transcript files, not neither"), neither.err());
        CliRun both = run("--manifest", manifest("transcript\nin/session.vtt\n").toString(), dir.resolve("in/teams.vtt").toString());
        assertEquals(2, both.exitCode(), both.toString());
    }
}
