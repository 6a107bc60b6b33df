package org.rapport.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.rapport.model.BadInputException;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/**
 * Reads and writes transcript files. Reading gives participants in order of first appearance (roles inferred from
 * labels with {@code Role.inferFromLabel}) and utterances indexed 0..n-1 in file order (EAF: in time order). Any
 * problem with a file is a {@link BadInputException} naming the file, the line when known, and the problem.
 * See docs/transcript-formats.md.
 */
public final class Transcripts {
    /** The speaker of an utterance whose file names none. */
    public static final String UNKNOWN_SPEAKER = CueText.UNKNOWN_SPEAKER;

    private Transcripts() {
    }

    /** Reads a transcript file in the format its extension names (see {@link TranscriptFormat#fromExtension}). */
    public static Transcript read(Path file) throws IOException {
        return read(file, TranscriptFormat.fromExtension(file));
    }

    /** Reads a transcript file, refusing files over {@link SourceText#MAX_BYTES} before reading them. */
    public static Transcript read(Path file, TranscriptFormat format) throws IOException {
        return read(SourceText.nameOf(file), SourceText.readBytes(file), format);
    }

    /**
     * Reads a transcript from its bytes.
     *
     * @param sourceName the name errors are reported under (normally the file name)
     */
    public static Transcript read(String sourceName, byte[] content, TranscriptFormat format) {
        if (format == TranscriptFormat.EAF) return EafReader.read(sourceName, content);
        SourceText source = SourceText.decode(sourceName, content);
        return switch (format) {
            case VTT -> VttReader.read(source);
            case SRT -> SrtReader.read(source);
            case CSV -> DelimitedReader.read(source, ',');
            case TSV -> DelimitedReader.read(source, '\t');
            case TXT -> PlainTextReader.read(source);
            case EAF -> throw new AssertionError("handled above");
        };
    }

    /**
     * Writes a transcript (VTT, SRT, CSV, TSV or EAF) through a temporary file and an atomic move, so a failed
     * write leaves no half-written file.
     *
     * @throws BadInputException when the format cannot be written (TXT)
     */
    public static void write(Transcript transcript, TranscriptFormat format, Path out) throws IOException {
        if (!format.isWritable()) {
            throw new BadInputException(SourceText.nameOf(out), null, format.key()
                    + " transcripts can be read but not written; choose vtt, srt, csv, tsv or eaf");
        }
        AtomicFiles.write(out, stream -> write(transcript, format, out, stream));
    }

    private static void write(Transcript t, TranscriptFormat format, Path target, OutputStream out) throws IOException {
        switch (format) {
            case VTT -> SubtitleWriter.writeVtt(t, out);
            case SRT -> SubtitleWriter.writeSrt(t, out);
            case CSV -> DelimitedWriter.write(t, ',', out);
            case TSV -> DelimitedWriter.write(t, '\t', out);
            case EAF -> eaf(t, target).write(out);
            case TXT -> throw new AssertionError("not writable");
        }
    }

    /** One tier per participant, named by its label. */
    private static EafDocument eaf(Transcript t, Path target) {
        EafDocument doc = new EafDocument(null, target);
        t.participants().forEach(p -> doc.tier(p.label(), p.label()));
        for (Utterance u : t.utterances()) doc.annotate(u.speaker(), u.speaker(), u.startMs(), u.endMs(), u.text());
        return doc;
    }
}
