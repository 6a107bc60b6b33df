package org.rapport.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rapport.app.Project;
import org.rapport.app.search.IndexStatus;
import org.rapport.app.search.LexiconResults;
import org.rapport.app.search.SearchService;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.store.jdbc.JdbcProjectStore;

/**
 * Transcript search at scale: 1,000,000 utterances (2,000 generated fifty-minute sessions).
 * <pre>
 * mvn -q -P bench -DskipTests test-compile exec:exec -Dbench=org.rapport.bench.Search
 * </pre>
 * The project is built once in target/bench/ (about a minute) and reused. {@code indexAll} rebuilds the whole index
 * (single shot); {@code lexicon3rs} runs every 3RS saved search;
 * {@code updateOneSession} replaces one transcript through the service (store transaction + index update);
 * {@code sqlLikeBaseline} is the full scan a search would be without the index (H2, LOWER(text) LIKE).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class SearchBench {
    private Project project;
    private SearchService search;
    private long updateSession;
    private Transcript[] versions;
    private int flip;

    @Setup(Level.Trial)
    public void open() {
        project = SearchBenchProject.open();
        search = project.search();
        IndexStatus s = search.status(); // builds the index once if missing
        System.err.printf("bench index: %d utterances%n", s.utterances());
        updateSession = project.sessions().byName("syn-00007").id();
        Transcript t = project.sessions().transcript(updateSession);
        List<Utterance> edited = new java.util.ArrayList<>(t.utterances());
        Utterance u = edited.get(3);
        edited.set(3, new Utterance(u.index(), u.startMs(), u.endMs(), u.speaker(), u.text() + " Edited."));
        versions = new Transcript[] {new Transcript(t.participants(), edited), t};
    }

    @TearDown(Level.Trial)
    public void close() {
        project.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public LexiconResults lexicon3rs() {
        return search.runLexicon("3rs", null, SearchService.COMMAND_LINE, 50);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 3)
    @Measurement(iterations = 3, time = 5)
    public void updateOneSession() {
        project.sessions().replaceTranscript(updateSession, versions[flip++ & 1]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int sqlLikeBaseline() {
        return ((JdbcProjectStore) project.store()).withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT session_id, idx FROM utterance WHERE LOWER(text) LIKE ?")) {
                ps.setString(1, "%i don't know%");
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) n++;
                }
                return n;
            }
        });
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    public IndexStatus indexAll() {
        return search.rebuild();
    }
}
