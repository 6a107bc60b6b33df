package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.store.h2.H2ProjectStore;

/**
 * A text that starts with {@code <html>} is rendered by Swing as HTML and may make the app fetch a URL; no such text
 * reaches a project, neither through Rapport (bad input, exit 2) nor past it with SQL (schema 7's checks).
 */
class MarkupInUserTextTest {
    private static final String BAIT = "<HTML><img src='http://127.0.0.1:9/pixel.png'>Ana";

    @TempDir Path dir;
    Path project;

    @BeforeEach
    void aProject() {
        project = dir.resolve("p");
        assertEquals(0, CliRun.of("init", project.toString()).exitCode());
    }

    @Test
    void aRaterNamedWithMarkupIsRefusedAndNotAdded() {
        CliRun add = CliRun.of("raters", "--project", project.toString(), "--add", BAIT, "--role", "observer");
        assertEquals(2, add.exitCode(), add.toString());
        assertTrue(add.err().contains("starts with <html>"), add.err());
        assertEquals("", CliRun.of("raters", "--project", project.toString()).out().strip());
    }

    @Test
    void aTranscriptLineStartingWithMarkupIsAProblemOfItsLine() throws Exception {
        // (WebVTT takes tags out of cue text, so a CSV transcript is where markup could come in)
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "start,end,speaker,text\n1.0,2.0,Client,hello\n3.0,4.0,Therapist,\"" + BAIT + "\"\n");
        CliRun imp = CliRun.of("import", "session", "--project", project.toString(), "--name", "s1", "--transcript",
                csv.toString());
        assertEquals(2, imp.exitCode(), imp.toString());
        assertTrue(imp.err().contains("s.csv:3") && imp.err().contains("starts with <html>"), imp.err());
        String sessions = CliRun.of("sessions", "--project", project.toString()).out();
        assertEquals(1, sessions.strip().lines().count(), "only the header: " + sessions);
    }

    @Test
    void sqlPastRapportCannotStoreMarkupEither() {
        try (H2ProjectStore store = H2ProjectStore.open(project)) {
            for (String sql : new String[] {"INSERT INTO rater (name, role) VALUES (?, 'OBSERVER')",
                    "INSERT INTO session (name, created_at) VALUES (?, CURRENT_TIMESTAMP)"}) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> store.withConnection(c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, BAIT.toLowerCase(java.util.Locale.ROOT));
                        return ps.executeUpdate();
                    }
                }), sql);
                assertTrue(String.valueOf(e.getCause()).toLowerCase(java.util.Locale.ROOT).contains("plain"),
                        String.valueOf(e.getCause()));
            }
        }
    }
}
