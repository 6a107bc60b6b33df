package org.rapport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rapport.app.Project;
import org.rapport.app.demo.SyntheticCorpus;
import org.rapport.model.session.Session;

/**
 * The benchmark project: a generated corpus of {@code sessions} fifty-minute sessions (500 utterances each) loaded
 * straight into the store of a project in target/bench/, built once and reused by every benchmark fork.
 * Size with -Dbench.sessions=N (default 2000, i.e. 1,000,000 utterances).
 */
final class SearchBenchProject {
    static final int SESSIONS = Integer.getInteger("bench.sessions", 2000);
    static final int UTTERANCES = 500;
    static final long SEED = 42;

    private SearchBenchProject() {
    }

    static Path folder() {
        return Path.of("target", "bench", "search-" + SESSIONS + "x" + UTTERANCES + "-seed" + SEED).toAbsolutePath();
    }

    /** Opens the project, creating and loading it first when it is not there yet. */
    static Project open() {
        Path dir = folder();
        if (!Files.exists(dir.resolve("loaded"))) {
            long t0 = System.nanoTime();
            load(dir);
            System.err.printf("bench project: loaded %d sessions into the store in %.1f s%n", SESSIONS,
                    (System.nanoTime() - t0) / 1e9);
        }
        return Project.open(dir);
    }

    private static void load(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (var s = Files.walk(dir)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            SyntheticCorpus.Corpus corpus = SyntheticCorpus.generate(SESSIONS, SEED, UTTERANCES);
            try (Project p = Project.init(dir)) {
                List<SyntheticCorpus.GeneratedSession> all = corpus.sessions();
                for (int from = 0; from < all.size(); from += 100) {
                    List<SyntheticCorpus.GeneratedSession> chunk = all.subList(from, Math.min(all.size(), from + 100));
                    // straight into the store, past the services: the index is built by the benchmark itself
                    p.store().inTransaction(tx -> {
                        for (SyntheticCorpus.GeneratedSession g : chunk) {
                            Session s = tx.sessions().insert(new Session(0, g.name(), g.clientId(), g.therapist(),
                                    g.number(), g.date(), null, null, g.transcript().endMs()));
                            tx.transcripts().replace(s.id(), g.transcript());
                        }
                        return null;
                    });
                }
            }
            Files.writeString(dir.resolve("loaded"), "ok\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
