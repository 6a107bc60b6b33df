package org.rapport.model.coding;

import java.util.List;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeKind;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/**
 * The stretch a code key codes, and the utterances it spans.
 *
 * @param firstUtterance the first utterance spanned, or null
 * @param lastUtterance  the last utterance spanned, or null
 */
public record CodingSpan(long startMs, long endMs, Integer firstUtterance, Integer lastUtterance) {
    public CodingSpan {
        if (startMs < 0 || endMs < startMs) throw new IllegalArgumentException("not a stretch: " + startMs + ".." + endMs);
    }

    /**
     * What a code key codes at the playhead: the marked stretch (I…O, or I to now while only I is marked) with the
     * utterances spoken at its ends; else the moment itself for a point code or a session without transcript; else
     * the utterance being spoken, and in a pause the one {@link PauseRule} chooses for a code applying to anyone.
     */
    public static CodingSpan at(long nowMs, Marks marks, CodeKind kind, Transcript transcript) {
        return at(nowMs, marks, kind, transcript, null);
    }

    /** As {@link #at(long, Marks, CodeKind, Transcript)}, for a code applying to {@code speaker} (null: anyone). */
    public static CodingSpan at(long nowMs, Marks marks, CodeKind kind, Transcript transcript, Role speaker) {
        if (marks.isSet()) {
            long out = marks.outMs() != null ? marks.outMs() : nowMs;
            long start = Math.min(marks.inMs(), out);
            long end = Math.max(marks.inMs(), out);
            return new CodingSpan(start, end, spoken(transcript, start), spoken(transcript, end));
        }
        List<Utterance> us = transcript.utterances();
        if (kind == CodeKind.POINT || us.isEmpty()) return new CodingSpan(nowMs, nowMs, null, null);
        Utterance u = PauseRule.utteranceFor(transcript, nowMs, speaker);
        return new CodingSpan(u.startMs(), u.endMs(), u.index(), u.index());
    }

    private static Integer spoken(Transcript transcript, long ms) {
        int i = transcript.indexAt(ms);
        return i >= 0 ? i : null;
    }

    /** A new coding of this stretch, not yet stored (id 0). */
    public Coding draft(long sessionId, long raterId, Codebook codebook, Code code) {
        return new Coding(0, sessionId, raterId, codebook.id(), codebook.version(), code.id(), startMs, endMs,
                firstUtterance, lastUtterance, null, null, null, null);
    }
}
