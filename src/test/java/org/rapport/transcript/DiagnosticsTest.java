package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.transcript.Fixtures.path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Utterance;

/** Every problem of a file is listed in one run; out-of-order and negative times can be repaired on request. */
class DiagnosticsTest {
    private static ReadOptions sorting() {
        return new ReadOptions(null, null, true, false, true, List.of(), null);
    }

    private static ReadOptions clamping() {
        return new ReadOptions(null, null, false, true, true, List.of(), null);
    }

    @Test
    void everyProblemOfAFileIsListedWithItsLineInOneRun() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Transcripts.read(path("several-problems.srt"), TranscriptFormat.SRT));
        assertEquals(List.of(6, 9, 12, 20), e.problems().stream().map(BadInputException::line).toList(), e.getMessage());
        assertTrue(e.problems().get(0).problem().contains("invalid time '00:00:0x,000'"), e.getMessage());
        assertTrue(e.problems().get(1).problem().contains("'Hello there'"), e.getMessage());
        assertTrue(e.problems().get(2).problem().contains("before it starts"), e.getMessage());
        assertTrue(e.problems().get(3).problem().contains("out of order"), e.getMessage());
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(5, lines.size(), e.getMessage());
        assertTrue(lines.get(0).startsWith("several-problems.srt:6: "), e.getMessage());
        assertTrue(lines.get(3).startsWith("several-problems.srt:20: "), e.getMessage());
        assertEquals("several-problems.srt: 4 problems", lines.get(4));
    }

    @Test
    void fiftyProblemsAreListedAndAllAreCounted() {
        StringBuilder csv = new StringBuilder("start,end,speaker,text\n");
        for (int i = 0; i < 70; i++) csv.append("soon,").append(i + 1).append(",C,hi\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Transcripts.read("many.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), TranscriptFormat.CSV));
        assertEquals(Problems.MAX_LISTED, e.problems().size());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().endsWith("many.csv: 70 problems (the first 50 are listed)"), e.getMessage());
    }

    @Test
    void aFileWithOneProblemIsReportedOnOneLineAsBefore() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Transcripts.read(path("out-of-order.vtt"), TranscriptFormat.VTT));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals(List.of(e), e.problems());
    }

    @Test
    void sortTimesPutsOutOfOrderUtterancesInPlaceAndSaysHowManyMoved() throws IOException {
        TranscriptRead read = Transcripts.read(path("out-of-order.vtt"), TranscriptFormat.VTT, sorting());
        assertEquals(List.of(new Utterance(0, 3_000, 4_000, "Therapist", "Earlier."),
                new Utterance(1, 5_000, 6_000, "Client", "Later.")), read.transcript().utterances());
        assertTrue(read.notes().contains("put 1 utterance out of time order in place (--sort-times)"), read.notes().toString());
    }

    @Test
    void sortTimesCountsTheUtterancesThatMoveNotThoseThatShift() {
        // one late utterance among five: sorting moves one, although four change places
        String vtt = "WEBVTT\n\n00:00:09.000 --> 00:00:10.000\nA\n\n00:00:01.000 --> 00:00:02.000\nB\n\n"
                + "00:00:03.000 --> 00:00:04.000\nC\n\n00:00:05.000 --> 00:00:06.000\nD\n\n00:00:07.000 --> 00:00:08.000\nE\n";
        TranscriptRead read = Transcripts.read("late.vtt", vtt.getBytes(StandardCharsets.UTF_8), TranscriptFormat.VTT,
                sorting());
        assertEquals(List.of("B", "C", "D", "E", "A"), read.transcript().utterances().stream().map(Utterance::text).toList());
        assertTrue(read.notes().contains("put 1 utterance out of time order in place (--sort-times)"), read.notes().toString());
    }

    @Test
    void sortTimesOrdersStampedTextAndEndsEachTurnAtTheNextInTime() throws IOException {
        TranscriptRead read = Transcripts.read(path("unsorted.txt"), TranscriptFormat.TXT, sorting());
        assertEquals(List.of(new Utterance(0, 1_000, 5_000, "Therapist", "Earlier."),
                new Utterance(1, 5_000, 9_000, "Client", "Later."),
                new Utterance(2, 9_000, 12_000, "Client", "Last.")), read.transcript().utterances());
    }

    @Test
    void stampedTextOutOfOrderIsRefusedWithoutSortTimes() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Transcripts.read(path("unsorted.txt"), TranscriptFormat.TXT));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.problem().contains("--sort-times"), e.getMessage());
    }

    @Test
    void clampTimesSetsNegativeTimesToZeroAndSaysHowMany() {
        byte[] csv = "start,end,speaker,text\n-0.5,2,Therapist,Hi.\n1,3,Client,Hello.\n".getBytes(StandardCharsets.UTF_8);
        TranscriptRead read = Transcripts.read("early.csv", csv, TranscriptFormat.CSV, clamping());
        assertEquals(new Utterance(0, 0, 2_000, "Therapist", "Hi."), read.transcript().utterances().get(0));
        assertTrue(read.notes().contains("set 1 negative time to 0 (--clamp-times)"), read.notes().toString());
    }

    @Test
    void negativeTimeNamesTheOptionThatRepairsIt() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Transcripts.read(path("negative.csv"), TranscriptFormat.CSV));
        assertTrue(e.problem().contains("--clamp-times"), e.getMessage());
    }

    @Test
    void clampTimesSetsNegativeEafTimeValuesToZero() {
        String xml = "<ANNOTATION_DOCUMENT><TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"a\" TIME_VALUE=\"-40\"/>"
                + "<TIME_SLOT TIME_SLOT_ID=\"b\" TIME_VALUE=\"900\"/></TIME_ORDER><TIER TIER_ID=\"C\"><ANNOTATION>"
                + "<ALIGNABLE_ANNOTATION TIME_SLOT_REF1=\"a\" TIME_SLOT_REF2=\"b\"><ANNOTATION_VALUE>hi</ANNOTATION_VALUE>"
                + "</ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>";
        TranscriptRead read = Transcripts.read("n.eaf", xml.getBytes(StandardCharsets.UTF_8), TranscriptFormat.EAF,
                clamping());
        assertEquals(new Utterance(0, 0, 900, "C", "hi"), read.transcript().utterances().get(0));
        assertTrue(read.notes().contains("set 1 negative time value to 0 (--clamp-times)"), read.notes().toString());
    }

    @Test
    void problemsOfAnEafFileAreListedTogether() {
        String xml = "<ANNOTATION_DOCUMENT>\n<TIME_ORDER>\n<TIME_SLOT TIME_SLOT_ID=\"a\" TIME_VALUE=\"x\"/>\n"
                + "<TIME_SLOT TIME_SLOT_ID=\"b\" TIME_VALUE=\"-1\"/>\n</TIME_ORDER>\n<TIER TIER_ID=\"C\"><ANNOTATION>\n"
                + "<ALIGNABLE_ANNOTATION TIME_SLOT_REF1=\"a\" TIME_SLOT_REF2=\"zz\"><ANNOTATION_VALUE>hi</ANNOTATION_VALUE>"
                + "</ALIGNABLE_ANNOTATION></ANNOTATION></TIER>\n</ANNOTATION_DOCUMENT>";
        BadInputException e = assertThrows(BadInputException.class,
                () -> Transcripts.read("bad.eaf", xml.getBytes(StandardCharsets.UTF_8), TranscriptFormat.EAF));
        assertEquals(List.of(3, 4, 7), e.problems().stream().map(BadInputException::line).toList(), e.getMessage());
        assertTrue(e.problems().get(2).problem().contains("time slot 'zz'"), e.getMessage());
    }
}
