package org.rapport.model.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeKind;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/** Which stretch and utterances a code key codes, and how the I…O marks and an edit of one end behave. */
class CodingSpanTest {
    /** Three utterances with gaps: 1.0–2.5 s, 3.0–5.0 s, 6.0–9.0 s. */
    private final Transcript transcript = Transcript.ofUtterances(List.of(
            new Utterance(0, 1_000, 2_500, "T", "How are you?"),
            new Utterance(1, 3_000, 5_000, "C", "Fine, I don't know."),
            new Utterance(2, 6_000, 9_000, "T", "You sound unsure.")));

    @Test
    void aCodeKeyCodesTheUtteranceSpokenAtThePlayhead() {
        assertEquals(new CodingSpan(3_000, 5_000, 1, 1), CodingSpan.at(4_200, Marks.NONE, CodeKind.INTERVAL, transcript));
    }

    @Test
    void inAPauseACodeForAnyoneCodesTheNearerOfTheUtterancesAroundIt() {
        assertEquals(new CodingSpan(3_000, 5_000, 1, 1), CodingSpan.at(5_300, Marks.NONE, CodeKind.UTTERANCE, transcript));
        assertEquals(new CodingSpan(6_000, 9_000, 2, 2), CodingSpan.at(5_700, Marks.NONE, CodeKind.UTTERANCE, transcript));
    }

    @Test
    void aClientCodeInThePauseAfterTheTherapistsQuestionCodesTheClientsAnswer() {
        // 0.1 s after "How are you?" ended: the therapist's question is nearer, but the code is the client's
        assertEquals(new CodingSpan(3_000, 5_000, 1, 1),
                CodingSpan.at(2_600, Marks.NONE, CodeKind.INTERVAL, transcript, Role.CLIENT));
        assertTrue(PauseRule.inPause(transcript, 2_600));
    }

    @Test
    void aTherapistCodeInAPauseCodesTheNearestTherapistUtterance() {
        assertEquals(new CodingSpan(6_000, 9_000, 2, 2),
                CodingSpan.at(5_200, Marks.NONE, CodeKind.INTERVAL, transcript, Role.THERAPIST));
        assertEquals(new CodingSpan(1_000, 2_500, 0, 0),
                CodingSpan.at(2_700, Marks.NONE, CodeKind.INTERVAL, transcript, Role.THERAPIST));
    }

    @Test
    void anUtteranceBeingSpokenIsCodedWhoeverTheCodeAppliesTo() {
        assertEquals(new CodingSpan(6_000, 9_000, 2, 2),
                CodingSpan.at(7_000, Marks.NONE, CodeKind.INTERVAL, transcript, Role.CLIENT));
        assertFalse(PauseRule.inPause(transcript, 7_000));
    }

    @Test
    void inOverlappingTalkTheCodesSpeakerWins() {
        Transcript overlap = Transcript.ofUtterances(List.of(
                new Utterance(0, 1_000, 3_000, "T", "So what I was wondering is"),
                new Utterance(1, 2_000, 2_500, "C", "mm")));
        assertEquals(new CodingSpan(1_000, 3_000, 0, 0),
                CodingSpan.at(2_200, Marks.NONE, CodeKind.INTERVAL, overlap, Role.THERAPIST));
        assertEquals(new CodingSpan(2_000, 2_500, 1, 1),
                CodingSpan.at(2_200, Marks.NONE, CodeKind.INTERVAL, overlap, Role.CLIENT));
    }

    @Test
    void withoutAnUtteranceOfTheCodesSpeakerTheNearestOneIsCoded() {
        Transcript therapistOnly = Transcript.ofUtterances(List.of(new Utterance(0, 1_000, 2_000, "T", "Hello."),
                new Utterance(1, 5_000, 6_000, "T", "Anyone?")));
        assertEquals(new CodingSpan(1_000, 2_000, 0, 0),
                CodingSpan.at(2_500, Marks.NONE, CodeKind.INTERVAL, therapistOnly, Role.CLIENT));
    }

    @Test
    void afterTheLastUtteranceTheLastOneOfTheCodesSpeakerIsCoded() {
        assertEquals(new CodingSpan(6_000, 9_000, 2, 2), CodingSpan.at(12_000, Marks.NONE, CodeKind.INTERVAL, transcript));
        assertEquals(new CodingSpan(3_000, 5_000, 1, 1),
                CodingSpan.at(12_000, Marks.NONE, CodeKind.INTERVAL, transcript, Role.CLIENT));
    }

    @Test
    void beforeTheFirstUtteranceTheFirstOneIsCoded() {
        assertEquals(new CodingSpan(1_000, 2_500, 0, 0), CodingSpan.at(200, Marks.NONE, CodeKind.INTERVAL, transcript));
    }

    @Test
    void aPointCodeCodesTheMomentItself() {
        assertEquals(new CodingSpan(4_200, 4_200, null, null), CodingSpan.at(4_200, Marks.NONE, CodeKind.POINT, transcript));
    }

    @Test
    void withoutATranscriptTheMomentIsCoded() {
        Transcript none = Transcript.ofUtterances(List.of());
        assertEquals(new CodingSpan(700, 700, null, null), CodingSpan.at(700, Marks.NONE, CodeKind.INTERVAL, none));
    }

    @Test
    void theMarkedStretchIsCodedWithTheUtterancesAtItsEnds() {
        Marks marks = Marks.NONE.markIn(2_000).markOut(6_500);
        assertEquals(new CodingSpan(2_000, 6_500, 0, 2), CodingSpan.at(8_000, marks, CodeKind.INTERVAL, transcript));
    }

    @Test
    void withOnlyAnInMarkTheStretchRunsToThePlayheadEitherWayRound() {
        Marks marks = Marks.NONE.markIn(7_000);
        assertEquals(new CodingSpan(3_500, 7_000, 1, 2), CodingSpan.at(3_500, marks, CodeKind.INTERVAL, transcript));
    }

    @Test
    void aMarkedStretchBeforeTheFirstUtteranceSpansNoUtteranceAtItsStart() {
        Marks marks = Marks.NONE.markIn(100).markOut(1_500);
        assertEquals(new CodingSpan(100, 1_500, null, 0), CodingSpan.at(1_500, marks, CodeKind.INTERVAL, transcript));
    }

    @Test
    void marksAlsoOverrideAPointCode() {
        Marks marks = Marks.NONE.markIn(3_100).markOut(3_900);
        assertEquals(new CodingSpan(3_100, 3_900, 1, 1), CodingSpan.at(9_000, marks, CodeKind.POINT, transcript));
    }

    @Test
    void outWithoutInMarksBothAtTheMomentAndANewInDropsTheOut() {
        Marks out = Marks.NONE.markOut(4_000);
        assertEquals(new Marks(4_000L, 4_000L), out);
        assertEquals(new Marks(5_000L, null), out.markIn(5_000));
        assertEquals(new Marks(5_000L, 6_000L), out.markIn(5_000).markOut(6_000));
        assertFalse(Marks.NONE.isSet());
        assertThrows(IllegalArgumentException.class, () -> new Marks(null, 1L));
    }

    @Test
    void setStartToNowMovesTheStartAndSwapsWhenPastTheEnd() {
        Coding k = coding(3_000, 5_000);
        assertEquals(List.of(4_000L, 5_000L), times(k.withStartAt(4_000)));
        assertEquals(List.of(5_000L, 7_000L), times(k.withStartAt(7_000)));
    }

    @Test
    void setEndToNowMovesTheEndAndSwapsWhenBeforeTheStart() {
        Coding k = coding(3_000, 5_000);
        assertEquals(List.of(3_000L, 8_000L), times(k.withEndAt(8_000)));
        assertEquals(List.of(1_000L, 3_000L), times(k.withEndAt(1_000)));
    }

    @Test
    void movingAnEndKeepsTheUtteranceSpanCodeAndNote() {
        Coding k = coding(3_000, 5_000).withEndAt(9_000);
        assertEquals(List.of(1, 1), List.of(k.firstUtterance(), k.lastUtterance()));
        assertEquals("w-denial", k.codeId());
        assertEquals("said twice", k.note());
    }

    @Test
    void anEditChangesCodeTimesAndNoteAndRefusesAnEndBeforeTheStart() {
        Coding k = coding(3_000, 5_000).edited("w-minimal", 2_000, 6_000, "  looked away \n");
        assertEquals("w-minimal", k.codeId());
        assertEquals(List.of(2_000L, 6_000L), times(k));
        assertEquals("looked away", k.note());
        assertEquals(null, coding(3_000, 5_000).edited("w-denial", 3_000, 5_000, "   ").note(), "blank is no note");
        var refused = assertThrows(IllegalArgumentException.class, () -> k.edited("w-minimal", 6_000, 2_000, ""));
        assertEquals("the end is before the start", refused.getMessage());
    }

    @Test
    void aDraftCarriesTheSpanCodebookVersionAndCodeWithoutId() {
        Code denial = new Code("w-denial", "Denial", "withdrawal", null, "1", CodeKind.INTERVAL, List.of());
        Codebook cb = new Codebook("3rs", "1.0", "3RS", null, List.of(), List.of(denial), List.of(),
                MeasurementLevel.NOMINAL, "sha");
        Coding draft = new CodingSpan(3_000, 5_000, 1, 1).draft(7, 9, cb, cb.codes().get(0));
        assertEquals(new Coding(0, 7, 9, "3rs", "1.0", "w-denial", 3_000, 5_000, 1, 1, null, null, null, null), draft);
    }

    private static Coding coding(long start, long end) {
        return new Coding(5, 1, 2, "3rs", "1.0", "w-denial", start, end, 1, 1, null, "said twice", null, null);
    }

    private static List<Long> times(Coding k) {
        return List.of(k.startMs(), k.endMs());
    }
}
