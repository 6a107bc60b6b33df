package org.rapport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/** Synthetic but realistic inputs for the foundation benchmarks. */
final class BenchData {
    private static final String[] WORDS = ("i don't know what to say about it really it has been a hard week and"
            + " my mother called again so we talked about work and the kids and whether any of this is helping me"
            + " you said last time that i could try to notice when i pull away").split(" ");

    private BenchData() {
    }

    /** A WebVTT transcript of n alternating therapist/client turns spread over the given minutes. */
    static Path vtt(Path dir, int utterances, int minutes, long seed) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        long step = minutes * 60_000L / utterances;
        for (int i = 0; i < utterances; i++) {
            long start = i * step;
            long end = start + step - 200;
            sb.append(i + 1).append('\n').append(clock(start)).append(" --> ").append(clock(end)).append('\n')
                    .append("<v ").append(i % 2 == 0 ? "Therapist" : "Client").append('>');
            int n = 3 + rnd.nextInt(25);
            for (int w = 0; w < n; w++) sb.append(w == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
            sb.append(i % 5 == 0 ? "?" : ".").append("\n\n");
        }
        try {
            Path f = dir.resolve("session-" + utterances + "-" + seed + ".vtt");
            Files.writeString(f, sb.toString());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clock(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, (ms / 60_000) % 60, (ms / 1000) % 60, ms % 1000);
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
