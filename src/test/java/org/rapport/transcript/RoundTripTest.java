package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/** Every writer's output reads back to the same utterances. */
class RoundTripTest {
    @TempDir
    Path dir;

    /** Talk-over, a comma, quotes, markup characters, non-ASCII and an unknown speaker. */
    static final Transcript SAMPLE = Transcript.ofUtterances(List.of(
            new Utterance(0, 0, 2_345, "Therapist", "So, how was the week?"),
            new Utterance(1, 2_000, 5_001, "Client", "I said \"fine\" & <meant> it \u2013 na\u00efve, ja."),
            new Utterance(2, 5_001, 5_001, "Unknown", "mm"),
            new Utterance(3, 3_725_999, 3_730_000, "Co-therapist", "Let's stop here.")));

    @ParameterizedTest
    @EnumSource(value = TranscriptFormat.class, names = {"VTT", "SRT", "CSV", "TSV", "EAF"})
    void writtenTranscriptReadsBackToTheSameUtterances(TranscriptFormat format) throws IOException {
        Path out = dir.resolve("session." + format.key());
        Transcripts.write(SAMPLE, format, out);
        Transcript back = Transcripts.read(out, format);
        assertEquals(SAMPLE.utterances(), back.utterances());
    }

    @ParameterizedTest
    @EnumSource(value = TranscriptFormat.class, names = {"VTT", "SRT", "CSV", "TSV", "EAF"})
    void writtenTranscriptKeepsParticipantsAndRoles(TranscriptFormat format) throws IOException {
        Path out = dir.resolve("session." + format.key());
        Transcripts.write(SAMPLE, format, out);
        assertEquals(SAMPLE.participants(), Transcripts.read(out, format).participants());
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("session.vtt");
        Files.writeString(out, "old");
        Transcripts.write(SAMPLE, TranscriptFormat.VTT, out);
        assertTrue(Files.readString(out).startsWith("WEBVTT"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("session.vtt");
        Files.writeString(out, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(out, stream -> {
            stream.write("WEBVTT\n\n1\n00:00".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void vttOutputUsesVoiceTagsAndEscapesMarkup() throws IOException {
        Path out = dir.resolve("s.vtt");
        Transcripts.write(SAMPLE, TranscriptFormat.VTT, out);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("00:00:02.000 --> 00:00:05.001\n<v Client>I said \"fine\" &amp; &lt;meant&gt; it"), text);
    }

    @Test
    void eafOutputHasOneTierPerParticipant() throws IOException {
        Path out = dir.resolve("s.eaf");
        Transcripts.write(SAMPLE, TranscriptFormat.EAF, out);
        String xml = Files.readString(out);
        assertEquals(4, xml.split("<TIER ", -1).length - 1, xml);
        assertTrue(xml.contains("TIER_ID=\"Co-therapist\""), xml);
    }
}
