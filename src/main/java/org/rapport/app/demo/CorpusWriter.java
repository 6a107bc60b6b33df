package org.rapport.app.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapport.model.BadInputException;
import org.rapport.transcript.TranscriptFormat;
import org.rapport.transcript.Transcripts;

/**
 * Writes a synthetic corpus to a folder: {@code sessions/<name>.vtt}, {@code sessions.csv} (the columns of the
 * sample sessions' list, so it can be imported the same way), {@code planted.csv} (every planted marker: session,
 * utterance, times, speaker, role, marker, text) and {@code markers.csv} (each marker's rate and exact query).
 */
public final class CorpusWriter {
    private CorpusWriter() {
    }

    /** Generates and writes; returns the corpus written. */
    public static SyntheticCorpus.Corpus generate(int sessions, long seed, int utterancesPerSession, Path out) {
        if (sessions < 1) throw new BadInputException("--sessions must be at least 1");
        if (utterancesPerSession < 2) throw new BadInputException("--utterances must be at least 2");
        SyntheticCorpus.Corpus corpus = SyntheticCorpus.generate(sessions, seed, utterancesPerSession);
        write(corpus, out);
        return corpus;
    }

    public static void write(SyntheticCorpus.Corpus corpus, Path out) {
        try {
            Path dir = out.resolve("sessions");
            Files.createDirectories(dir);
            for (SyntheticCorpus.GeneratedSession s : corpus.sessions()) {
                Transcripts.write(s.transcript(), TranscriptFormat.VTT, dir.resolve(s.name() + ".vtt"));
            }
            try (CSVPrinter p = csv(out.resolve("sessions.csv"), "name", "transcript", "media", "client", "therapist",
                    "number", "date")) {
                for (SyntheticCorpus.GeneratedSession s : corpus.sessions()) {
                    p.printRecord(s.name(), "sessions/" + s.name() + ".vtt", "", s.clientId(), s.therapist(),
                            s.number(), s.date());
                }
            }
            try (CSVPrinter p = csv(out.resolve("planted.csv"), "session", "utterance", "start_ms", "end_ms", "speaker",
                    "role", "marker", "text")) {
                for (SyntheticCorpus.Planted m : corpus.planted()) {
                    p.printRecord(m.session(), m.utterance(), m.startMs(), m.endMs(), m.speaker(), m.role(), m.marker(),
                            m.text());
                }
            }
            try (CSVPrinter p = csv(out.resolve("markers.csv"), "marker", "phrase", "rate", "query")) {
                for (SyntheticCorpus.Marker m : SyntheticCorpus.MARKERS) {
                    p.printRecord(m.id(), m.phrase() == null ? "" : m.phrase(), m.rate(), m.query());
                }
            }
        } catch (IOException e) {
            throw new BadInputException(out.toString(), null, "cannot write the corpus: " + e.getMessage());
        }
    }

    private static CSVPrinter csv(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }
}
