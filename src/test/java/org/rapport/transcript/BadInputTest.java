package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.transcript.Fixtures.assertBadInput;
import static org.rapport.transcript.Fixtures.path;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Transcript;

/** Every kind of bad transcript file is refused with its name, the line and the problem. */
class BadInputTest {
    @TempDir
    Path dir;

    private static Transcript readText(String name, String content, TranscriptFormat format) {
        return Transcripts.read(name, content.getBytes(StandardCharsets.UTF_8), format);
    }

    @Test
    void truncatedVttTimingLineNamesItsLine() {
        assertBadInput("truncated.vtt", 8, "invalid time '00:00:0'",
                () -> Transcripts.read(path("truncated.vtt"), TranscriptFormat.VTT));
    }

    @Test
    void vttWithoutHeaderIsRefusedAtLine1() {
        assertBadInput("x.vtt", 1, "WEBVTT", () -> readText("x.vtt",
                "1\n00:00:01.000 --> 00:00:02.000\nHi\n", TranscriptFormat.VTT));
    }

    @Test
    void vttCueIdentifierWithoutTimingIsMalformed() {
        assertBadInput("x.vtt", 4, "timing line", () -> readText("x.vtt",
                "WEBVTT\n\ncue-1\nHello there\n", TranscriptFormat.VTT));
    }

    @Test
    void truncatedSrtAfterCueNumberNamesTheLine() {
        assertBadInput("truncated.srt", 5, "truncated",
                () -> Transcripts.read(path("truncated.srt"), TranscriptFormat.SRT));
    }

    @Test
    void srtBlockWithoutNumberOrTimingIsMalformed() {
        assertBadInput("x.srt", 1, "expected a cue number", () -> readText("x.srt",
                "Hello\n00:00:01,000 --> 00:00:02,000\n", TranscriptFormat.SRT));
    }

    @Test
    void csvWithUnclosedQuoteIsMalformed() {
        assertBadInput("truncated.csv", 2, "malformed CSV",
                () -> Transcripts.read(path("truncated.csv"), TranscriptFormat.CSV));
    }

    @Test
    void csvHeaderWithoutRequiredColumnIsNamed() {
        assertBadInput("x.csv", 1, "no 'end' column", () -> readText("x.csv",
                "start,speaker,text\n1,C,hi\n", TranscriptFormat.CSV));
    }

    @Test
    void csvWithBadTimeNamesTheLine() {
        assertBadInput("x.csv", 3, "invalid time 'soon'", () -> readText("x.csv",
                "start,end,speaker,text\n1,2,C,hi\nsoon,4,T,ok\n", TranscriptFormat.CSV));
    }

    @Test
    void csvRowWiderThanItsHeaderIsRefused() {
        assertBadInput("x.csv", 2, "not quoted", () -> readText("x.csv",
                "start,end,speaker,text\n1,2,C,Hello, world\n", TranscriptFormat.CSV));
    }

    @Test
    void truncatedEafIsMalformedXmlAtItsLastLine() {
        assertBadInput("truncated.eaf", 18, "malformed EAF",
                () -> Transcripts.read(path("truncated.eaf"), TranscriptFormat.EAF));
    }

    @Test
    void eafReferringToUndefinedTimeSlotNamesTheAnnotationLine() {
        String xml = "<ANNOTATION_DOCUMENT>\n<TIME_ORDER/>\n<TIER TIER_ID=\"C\"><ANNOTATION>\n"
                + "<ALIGNABLE_ANNOTATION TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts2\">"
                + "<ANNOTATION_VALUE>x</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>\n</ANNOTATION_DOCUMENT>";
        assertBadInput("x.eaf", 4, "time slot 'ts1'",
                () -> readText("x.eaf", xml, TranscriptFormat.EAF));
    }

    @Test
    void eafAnnotationEndingBeforeItStartsNamesItsLine() {
        String xml = "<ANNOTATION_DOCUMENT>\n<TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"a\" TIME_VALUE=\"900\"/>"
                + "<TIME_SLOT TIME_SLOT_ID=\"b\" TIME_VALUE=\"100\"/></TIME_ORDER>\n<TIER TIER_ID=\"C\"><ANNOTATION>\n"
                + "<ALIGNABLE_ANNOTATION TIME_SLOT_REF1=\"a\" TIME_SLOT_REF2=\"b\">"
                + "<ANNOTATION_VALUE>x</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>\n</ANNOTATION_DOCUMENT>";
        assertBadInput("b.eaf", 4, "before it starts",
                () -> readText("b.eaf", xml, TranscriptFormat.EAF));
    }

    @Test
    void xmlThatIsNotEafIsRefused() {
        assertBadInput("x.eaf", 1, "ANNOTATION_DOCUMENT",
                () -> readText("x.eaf", "<html/>", TranscriptFormat.EAF));
    }

    @Test
    void eafWithExternalEntityIsRefusedWithoutReadingTheEntity() {
        BadInputException e = assertBadInput("xxe.eaf", 2, "DOCTYPE",
                () -> Transcripts.read(path("xxe.eaf"), TranscriptFormat.EAF));
        assertFalse(e.getMessage().contains("root:"), "the entity must not be resolved: " + e.getMessage());
    }

    @Test
    void latin1FileIsRefusedAtTheLineOfTheFirstBadByte() {
        assertBadInput("latin1.srt", 3, "not valid UTF-8 (byte 0xDF)",
                () -> Transcripts.read(path("latin1.srt"), TranscriptFormat.SRT));
    }

    @Test
    void latin1EafDeclaredAsUtf8IsRefusedAtItsLine() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ANNOTATION_DOCUMENT>\nCaf\u00e9\n</ANNOTATION_DOCUMENT>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertBadInput("l.eaf", 3, "not valid UTF-8", () -> Transcripts.read("l.eaf", xml, TranscriptFormat.EAF));
    }

    @Test
    void cueStartingBeforeThePreviousStartIsOutOfOrder() {
        BadInputException e = assertBadInput("out-of-order.vtt", 6, "out of order",
                () -> Transcripts.read(path("out-of-order.vtt"), TranscriptFormat.VTT));
        assertTrue(e.problem().contains("line 3"), e.getMessage());
    }

    @Test
    void stampedTextOutOfOrderIsRefused() {
        assertBadInput("x.txt", 2, "out of order", () -> readText("x.txt",
                "[00:00:05] C: a\n[00:00:04] T: b\n", TranscriptFormat.TXT));
    }

    @Test
    void cueEndingBeforeItStartsIsRefused() {
        assertBadInput("end-before-start.srt", 2, "before it starts",
                () -> Transcripts.read(path("end-before-start.srt"), TranscriptFormat.SRT));
    }

    @Test
    void negativeTimeIsRefused() {
        assertBadInput("negative.csv", 3, "negative time",
                () -> Transcripts.read(path("negative.csv"), TranscriptFormat.CSV));
    }

    @Test
    void negativeEafTimeValueIsRefused() {
        String xml = "<ANNOTATION_DOCUMENT>\n<TIME_ORDER>\n<TIME_SLOT TIME_SLOT_ID=\"a\" TIME_VALUE=\"-5\"/>"
                + "</TIME_ORDER></ANNOTATION_DOCUMENT>";
        assertBadInput("n.eaf", 3, "negative", () -> readText("n.eaf", xml, TranscriptFormat.EAF));
    }

    @Test
    void emptyFileIsRefused() {
        assertBadInput("empty.vtt", null, "file is empty",
                () -> Transcripts.read(path("empty.vtt"), TranscriptFormat.VTT));
    }

    @Test
    void fileWithOnlyAHeaderHasNoUtterances() {
        assertBadInput("h.vtt", null, "no utterances", () -> readText("h.vtt",
                "WEBVTT\n\nNOTE nothing yet\n", TranscriptFormat.VTT));
    }

    @Test
    void textBeforeFirstStampIsRefused() {
        assertBadInput("x.txt", 1, "before the first", () -> readText("x.txt",
                "Session 4\n[00:00:01] C: hi\n", TranscriptFormat.TXT));
    }

    @Test
    void missingFileIsBadInput() {
        assertBadInput("nope.vtt", null, "file not found",
                () -> Transcripts.read(dir.resolve("nope.vtt"), TranscriptFormat.VTT));
    }

    @Test
    void fileOver50MegabytesIsRefusedBeforeReadingWithSizeAndLimit() throws IOException {
        Path big = dir.resolve("huge.vtt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(BadInputException.class, () -> Transcripts.read(big, TranscriptFormat.VTT)));
        assertTrue(e.getMessage().startsWith("huge.vtt: "), e.getMessage());
        assertTrue(e.problem().contains("200.0 MB") && e.problem().contains("limit of 50 MB"), e.getMessage());
    }

    @Test
    void plainTextCannotBeWritten() {
        Path out = dir.resolve("t.txt");
        assertThrows(BadInputException.class, () -> Transcripts.write(
                Transcript.ofUtterances(java.util.List.of()), TranscriptFormat.TXT, out));
        assertFalse(Files.exists(out));
    }
}
