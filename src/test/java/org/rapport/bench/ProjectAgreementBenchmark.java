package org.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.app.Project;
import org.rapport.app.reliability.ProjectAgreement;

/**
 * Target: agreement for a whole project of 200 sessions × 3 raters × all 3RS codes (and its segment and global
 * ratings) ≤ 2 s, read from the store, aligned and computed. Sessions are 50 minutes of 300 utterances.
 * Run: {@code mvn -q -P bench -DskipTests test-compile exec:exec -Dbench=ProjectAgreementBenchmark}. One operation takes
 * about a second, so five warm-up iterations let the JIT settle before measuring.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@State(Scope.Benchmark)
public class ProjectAgreementBenchmark {
    @Param({"utterance", "event"})
    public String method;

    private Path dir;
    private Project project;
    private ProjectAgreementRequest request;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("rapport-bench-agreement");
        Path folder = SyntheticRupturesProject.build(dir, 200, List.of("Ana", "Ben", "Chiara"), 42);
        project = Project.open(folder);
        request = ProjectAgreementRequest.of("3rs").withMethod(AlignmentMethod.fromKey(method).orElseThrow());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        project.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public ProjectAgreementResult wholeProject() {
        return new ProjectAgreement(project).compute(request);
    }
}
