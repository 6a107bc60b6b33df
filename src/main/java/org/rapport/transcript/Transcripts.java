package org.rapport.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.BadInputException;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/**
 * Reads and writes transcript files. Reading gives participants in order of first appearance (roles inferred from
 * labels with {@code Role.inferFromLabel}) and utterances indexed 0..n-1 in file order (EAF, TextGrid: in time
 * order). Every problem of a file is reported in one {@link BadInputException} naming the file and, per problem, the
 * line when known. See docs/transcript-formats.md.
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
        return read(file, format, ReadOptions.DEFAULTS).transcript();
    }

    /** Reads a transcript file with options, keeping the notes on what the reader did. */
    public static TranscriptRead read(Path file, TranscriptFormat format, ReadOptions options) throws IOException {
        return read(SourceText.nameOf(file), SourceText.readBytes(file), format, options);
    }

    /**
     * Reads a transcript from its bytes.
     *
     * @param sourceName the name errors are reported under (normally the file name)
     */
    public static Transcript read(String sourceName, byte[] content, TranscriptFormat format) {
        return read(sourceName, content, format, ReadOptions.DEFAULTS).transcript();
    }

    public static TranscriptRead read(String sourceName, byte[] content, TranscriptFormat format, ReadOptions options) {
        if (options.tiersChosen() && format != TranscriptFormat.EAF && format != TranscriptFormat.TEXTGRID) {
            throw new BadInputException(sourceName, null, "--tiers and --speaker-tier choose tiers of ELAN and Praat"
                    + " files; this is read as " + format.key());
        }
        switch (format) {
            case EAF:
                return EafReader.read(sourceName, content, options);
            case TRS: {
                XmlInput input = XmlInput.of(sourceName, content, options.encoding());
                Reading reading = new Reading(input.source(), options);
                return done(reading, TrsReader.read(reading, input));
            }
            case DOCX: {
                Reading reading = new Reading(DocxReader.text(sourceName, content), options);
                return done(reading, readText(reading, TranscriptFormat.DOCX));
            }
            default:
                break;
        }
        Reading reading = new Reading(SourceText.decode(sourceName, content, options.encoding()), options);
        Transcript t = switch (format) {
            case VTT -> VttReader.read(reading);
            case SRT -> SrtReader.read(reading);
            case CSV -> DelimitedReader.read(reading, ',');
            case TSV -> DelimitedReader.read(reading, '\t');
            case TEXTGRID -> TextGridReader.read(reading);
            case CHA -> ChatReader.read(reading);
            default -> readText(reading, format);
        };
        return done(reading, t);
    }

    private static TranscriptRead done(Reading reading, Transcript t) {
        return new TranscriptRead(t, reading.notes());
    }

    /**
     * A transcript in lines of text (a .txt file or the paragraphs of a .docx): time-stamped lines, Zoom's
     * "[Speaker] hh:mm:ss" turns or Otter's "Speaker  m:ss" turns, as the format says or the first line shows.
     */
    private static Transcript readText(Reading reading, TranscriptFormat format) {
        List<String> lines = reading.source().lines();
        boolean document = format == TranscriptFormat.DOCX;
        if (format == TranscriptFormat.ZOOM) return ZoomTextReader.read(reading, lines, false);
        if (format == TranscriptFormat.OTTER) return OtterTextReader.read(reading, lines, false);
        for (String line : lines) {
            if (line.isBlank()) continue;
            if (PlainTextReader.isStamped(line)) break;
            if (ZoomTextReader.SHAPE.isHeader(line)) return ZoomTextReader.read(reading, lines, document);
            if (OtterTextReader.SHAPE.isHeader(line)) return OtterTextReader.read(reading, lines, document);
            if (!document) break; // a document's heading may come before the first turn
        }
        return PlainTextReader.read(reading, lines, document);
    }

    /**
     * Writes a transcript (VTT, SRT, CSV, TSV or EAF) through a temporary file and an atomic move, so a failed
     * write leaves no half-written file.
     *
     * @throws BadInputException when the format cannot be written (TXT)
     */
    public static void write(Transcript transcript, TranscriptFormat format, Path out) throws IOException {
        write(transcript, format, out, null);
    }

    /**
     * As {@link #write(Transcript, TranscriptFormat, Path)}; an EAF file links the recording.
     *
     * @param media the session's recording, or null
     */
    public static void write(Transcript transcript, TranscriptFormat format, Path out, Path media) throws IOException {
        write(transcript, format, Output.file(out), media);
    }

    /**
     * As {@link #write(Transcript, TranscriptFormat, Path, Path)}, to a file or a stream; an EAF file written to a
     * stream links the recording by its absolute path only.
     */
    public static void write(Transcript transcript, TranscriptFormat format, Output out, Path media) throws IOException {
        if (!format.isWritable()) {
            throw new BadInputException(out.file().map(SourceText::nameOf).orElse(out.describe()), null, format.key()
                    + " transcripts can be read but not written; choose vtt, srt, csv, tsv or eaf");
        }
        Path target = out.file().orElse(null);
        out.write(stream -> write(transcript, format, target, media, stream));
    }

    private static void write(Transcript t, TranscriptFormat format, Path target, Path media, OutputStream out)
            throws IOException {
        switch (format) {
            case VTT -> SubtitleWriter.writeVtt(t, out);
            case SRT -> SubtitleWriter.writeSrt(t, out);
            case CSV -> DelimitedWriter.write(t, ',', out);
            case TSV -> DelimitedWriter.write(t, '\t', out);
            case EAF -> eaf(t, target, media).write(out);
            default -> throw new AssertionError("not writable: " + format);
        }
    }

    /** One tier per participant, named as the tier it was read from, else by its label. */
    private static EafDocument eaf(Transcript t, Path target, Path media) {
        EafDocument doc = new EafDocument(media, target);
        Map<String, String> tierOf = new HashMap<>();
        for (Participant p : t.participants()) {
            String tier = p.tier() != null && !tierOf.containsValue(p.tier()) ? p.tier() : p.label();
            tierOf.put(p.label(), tier);
            doc.tier(tier, p.label());
        }
        for (Utterance u : t.utterances()) {
            doc.annotate(tierOf.getOrDefault(u.speaker(), u.speaker()), u.speaker(), u.startMs(), u.endMs(), u.text());
        }
        return doc;
    }
}
