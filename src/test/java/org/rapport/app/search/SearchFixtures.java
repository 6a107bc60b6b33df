package org.rapport.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;
import org.rapport.store.h2.H2ProjectStore;

/** Real projects and WebVTT files for search tests. */
final class SearchFixtures {
    private SearchFixtures() {
    }

    /** An empty project (no codebooks). */
    static Project emptyProject(Path dir) {
        H2ProjectStore.create(dir).close();
        return Project.open(dir);
    }

    /** Writes a WebVTT file; each cue is "speaker|start ms|end ms|text". */
    static Path vtt(Path file, String... cues) {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        for (String cue : cues) {
            String[] p = cue.split("\\|", 4);
            sb.append(clock(Long.parseLong(p[1]))).append(" --> ").append(clock(Long.parseLong(p[2]))).append('\n')
                    .append("<v ").append(p[0]).append('>').append(p[3]).append("\n\n");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String clock(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** Two short sessions: s1 with a question, a minimal reply and "I do know"; s2 with a curly apostrophe. */
    static void importTwoSessions(Project p, Path dir) {
        p.imports().importSession(SessionImport.of("s1", vtt(dir.resolve("s1.vtt"),
                "Therapist|0|2000|How have you been this week?",
                "Client|2000|3000|I don't know.",
                "Therapist|3000|6000|You don't know? What did you do on Monday?",
                "Client|6000|9000|I do know, I went to work. This isn't helping though.",
                "Therapist|9000|12000|Tell me more about work.")));
        p.imports().importSession(SessionImport.of("s2", vtt(dir.resolve("s2.vtt"),
                "Client|0|2500|I don\u2019t know what to say",
                "Therapist|2500|4000|Take your time.",
                "Client|4000|5000|Fine.")));
    }
}
