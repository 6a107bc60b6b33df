package org.rapport.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.store.jdbc.JdbcProjectStore;

/**
 * A real project for training tests: codebook "lab" with one code x in group g and a kappa criterion, sessions of six
 * utterances each, and codings made through the app's coding service, one utterance per coding.
 */
final class TrainingFixture {
    /** Six utterances: [0,2) [2,5) [5,6) [6,9) [9,10) [10,14) seconds. */
    static final long[][] SIX = {{0, 2000}, {2000, 5000}, {5000, 6000}, {6000, 9000}, {9000, 10000}, {10000, 14000}};
    static final String CODEBOOK = """
            id: lab
            version: "1.0"
            title: Lab codebook
            groups:
              - id: g
                label: G
            codes:
              - id: x
                label: X
                group: g
                kind: interval
            criterion:
              statistic: kappa
              of: code-groups
              min: 0.60
              consecutive: 3
            """;

    final Path dir;
    final Project project;

    TrainingFixture(Path dir) throws IOException {
        this.dir = dir;
        this.project = Project.init(dir.resolve("p"));
        Path cb = dir.resolve("lab.yaml");
        Files.writeString(cb, CODEBOOK);
        project.codebooks().add(cb);
    }

    private TrainingFixture(Path dir, Project project) {
        this.dir = dir;
        this.project = project;
    }

    /** A copy of a closed fixture's project in another folder, opened: tests that change it share one build. */
    static TrainingFixture copyOf(Path built, Path dir) throws IOException {
        Path to = dir.resolve("p");
        try (var files = Files.walk(built.resolve("p"))) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Files.copy(from, to.resolve(built.resolve("p").relativize(from).toString()));
            }
        }
        return new TrainingFixture(dir, Project.open(to));
    }

    Rater rater(String name, RaterRole role) {
        return project.raters().create(name, role);
    }

    Session session(String name) throws IOException {
        return session(name, null, null, null);
    }

    Session session(String name, String client, String therapist, Integer number) throws IOException {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < SIX.length; i++) {
            vtt.append(stamp(SIX[i][0])).append(" --> ").append(stamp(SIX[i][1])).append("\n<v C>utterance ").append(i)
                    .append("\n\n");
        }
        Path file = dir.resolve(name + ".vtt");
        Files.writeString(file, vtt);
        project.imports().importSession(new SessionImport(name, file, null, null, Map.of(), client, therapist, number,
                LocalDate.of(2025, 1, 1)));
        return project.sessions().byName(name);
    }

    /** The rater codes x on the utterances given and completes the session. */
    void code(Session s, Rater r, int... utterances) {
        for (int u : utterances) {
            project.codings().add(r, s.id(), "lab", "x", SIX[u][0], SIX[u][1], u, u, null, null);
        }
        project.codings().markComplete(r, s.id(), "lab");
    }

    /** Sets when an assignment became complete (what a real lab gets by working over months). */
    void completedAt(Session s, Rater r, Instant at) {
        ((JdbcProjectStore) project.store()).withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assignment SET completed_at = ? WHERE session_id = ?"
                    + " AND rater_id = ? AND codebook_id = 'lab'")) {
                ps.setObject(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                ps.setLong(2, s.id());
                ps.setLong(3, r.id());
                return ps.executeUpdate();
            }
        });
    }

    static Instant day(String isoDate) {
        return Instant.parse(isoDate + "T10:00:00Z");
    }

    private static String stamp(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
