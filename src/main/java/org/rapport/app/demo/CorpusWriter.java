package org.rapport.app.demo;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapport.model.BadInputException;
import org.rapport.transcript.Output;
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
            csv(out.resolve("sessions.csv"), p -> {
                for (SyntheticCorpus.GeneratedSession s : corpus.sessions()) {
                    p.printRecord(s.name(), "sessions/" + s.name() + ".vtt", "", s.clientId(), s.therapist(),
                            s.number(), s.date());
                }
            }, "name", "transcript", "media", "client", "therapist", "number", "date");
            csv(out.resolve("planted.csv"), p -> {
                for (SyntheticCorpus.Planted m : corpus.planted()) {
                    p.printRecord(m.session(), m.utterance(), m.startMs(), m.endMs(), m.speaker(), m.role(), m.marker(),
                            m.text());
                }
            }, "session", "utterance", "start_ms", "end_ms", "speaker", "role", "marker", "text");
            csv(out.resolve("markers.csv"), p -> {
                for (SyntheticCorpus.Marker m : SyntheticCorpus.MARKERS) {
                    p.printRecord(m.id(), m.phrase() == null ? "" : m.phrase(), m.rate(), m.query());
                }
            }, "marker", "phrase", "rate", "query");
        } catch (IOException e) {
            throw new BadInputException(out.toString(), null, "cannot write the corpus: " + e.getMessage());
        }
    }

    /** What prints a CSV file's rows. */
    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    /** A generated CSV file (the generator's own format, CRLF as commons-csv's default), written like any output. */
    private static void csv(Path file, Rows rows, String... header) throws IOException {
        Output.file(file).write(stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get());
            rows.print(p);
            p.flush();
        });
    }
}
