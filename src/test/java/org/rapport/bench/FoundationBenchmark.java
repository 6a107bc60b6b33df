package org.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.rapport.app.imports.SessionImport;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;

/**
 * The foundation's speed targets: import of a 90-minute, 2,000-utterance transcript (≤ 1 s), one coding committed
 * with its audit row (≤ 5 ms median), opening a project with 200 sessions (≤ 500 ms).
 * Run: mvn -q -P bench -DskipTests test-compile exec:exec -Dbench=FoundationBenchmark
 */
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class FoundationBenchmark {

    @State(Scope.Benchmark)
    public static class ImportState {
        Path dir;
        Project project;
        Path vtt;
        final AtomicInteger n = new AtomicInteger();

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("rapport-bench-import");
            project = Project.init(dir.resolve("p"));
            vtt = BenchData.vtt(dir, 2_000, 90, 1);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            project.close();
            BenchData.delete(dir);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object importNinetyMinuteTranscript(ImportState s) {
        return s.project.imports().importSession(SessionImport.of("s" + s.n.incrementAndGet(), s.vtt));
    }

    @State(Scope.Benchmark)
    public static class CodingState {
        Path dir;
        Project project;
        Rater rater;
        long sessionId;
        long t;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("rapport-bench-coding");
            project = Project.init(dir.resolve("p"));
            project.imports().importSession(SessionImport.of("s1", BenchData.vtt(dir, 2_000, 90, 2)));
            sessionId = project.sessions().byName("s1").id();
            rater = project.raters().create("Ana", RaterRole.OBSERVER);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            project.close();
            BenchData.delete(dir);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Coding commitOneCodingWithAudit(CodingState s) {
        s.t = (s.t + 1_000) % 5_000_000;
        return s.project.codings().add(s.rater, s.sessionId, "3rs", "w-denial", s.t, s.t + 2_500, null, null, null, null);
    }

    @State(Scope.Benchmark)
    public static class OpenState {
        Path dir;
        Path folder;
        Project opened;

        /** Closing (where H2 may compact the file for a moment) is not part of opening. */
        @TearDown(Level.Invocation)
        public void closeOpened() {
            if (opened != null) opened.close();
            opened = null;
        }

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("rapport-bench-open");
            folder = dir.resolve("p");
            Path vtt = BenchData.vtt(dir, 600, 50, 3);
            try (Project p = Project.init(folder)) {
                for (int i = 0; i < 200; i++) p.imports().importSession(SessionImport.of(String.format("s%03d", i), vtt));
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            BenchData.delete(dir);
        }
    }

    /** Open the store (schema check included) and list the sessions with their counts. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int openProjectWith200Sessions(OpenState s) {
        s.opened = Project.open(s.folder);
        return s.opened.sessions().list().size();
    }
}
