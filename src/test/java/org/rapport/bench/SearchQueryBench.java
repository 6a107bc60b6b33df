package org.rapport.bench;

import java.util.concurrent.TimeUnit;

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
import org.rapport.app.Project;
import org.rapport.app.search.SearchRequest;
import org.rapport.app.search.SearchService;
import org.rapport.search.query.SearchResults;

/**
 * Query latency on the 1,000,000-utterance benchmark index (see {@link SearchBench}): phrase, proximity, filtered
 * boolean, phrase with a date range, stemmed prefix. Sampled, so JMH prints p0.50 and p0.99 per query. Each call is
 * what {@code rapport search} does: parse, count every hit, return the first 50 with highlights and context.
 * <pre>
 * mvn -q -P bench -DskipTests test-compile exec:exec -Dbench=SearchQueryBench
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class SearchQueryBench {
    @Param({"\"i don't know\"", "\"don't know\"~3", "role:client AND words:[1 TO 3] AND prev:question",
            "\"what's the point\" AND role:client AND date:[2024-02-01 TO 2024-06-30]", "stemmed:work* AND role:therapist"})
    public String query;

    private Project project;
    private SearchService search;

    @Setup(Level.Trial)
    public void open() {
        project = SearchBenchProject.open();
        search = project.search();
        search.status();
    }

    @TearDown(Level.Trial)
    public void close() {
        project.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 5)
    public SearchResults query() {
        return search.search(SearchRequest.of(query), SearchService.COMMAND_LINE);
    }
}
