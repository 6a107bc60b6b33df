package org.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.Transcripts;

/**
 * Reading a 90-minute transcript of 2,000 utterances from a real file (the issue allows 1 s for the whole import).
 * Run: {@code mvn -q -P bench -DskipTests test-compile exec:exec -Dbench=TranscriptReadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TranscriptReadBenchmark {
    @Param({"VTT", "SRT", "CSV", "EAF"})
    public String format;

    private Path dir;
    private Path file;
    private TranscriptFormat transcriptFormat;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        dir = Files.createTempDirectory("rapport-bench");
        transcriptFormat = TranscriptFormat.valueOf(format);
        file = dir.resolve("session." + transcriptFormat.key());
        Transcripts.write(ninetyMinutes(2_000), transcriptFormat, file);
    }

    /** Alternating therapist and client turns of about 2.7 s over 90 minutes, with some talk-over. */
    static Transcript ninetyMinutes(int count) {
        List<Utterance> utterances = new ArrayList<>(count);
        long step = 90 * 60_000L / count;
        for (int i = 0; i < count; i++) {
            String speaker = i % 2 == 0 ? "Therapist" : "Client";
            utterances.add(new Utterance(i, i * step, i * step + step + 300, speaker,
                    "Utterance " + i + ": I don't know, it's been a hard week with work and everything, you know."));
        }
        return Transcript.ofUtterances(utterances);
    }

    @Benchmark
    public Transcript read() throws IOException {
        return Transcripts.read(file, transcriptFormat);
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }
}
