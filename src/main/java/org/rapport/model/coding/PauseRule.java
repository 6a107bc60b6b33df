package org.rapport.model.coding;

import java.util.List;

import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/**
 * Which utterance a code key codes at a moment (docs/decisions/0019): the one being spoken; in a pause between
 * utterances, the nearest utterance of the speaker the code applies to ({@code applies_to}: a client marker pressed
 * in the silence after the therapist's question codes the client's answer, never the question), and for a code that
 * applies to anyone, the nearer of the utterance just ended and the next one. Where utterances overlap, the one
 * being spoken by the code's speaker wins; otherwise an utterance being spoken is coded whoever speaks it.
 */
public final class PauseRule {
    private PauseRule() {
    }

    /** The utterance to code at {@code nowMs} for a code applying to {@code speaker} (null: anyone); null if none. */
    public static Utterance utteranceFor(Transcript transcript, long nowMs, Role speaker) {
        if (transcript.utterances().isEmpty()) return null;
        List<Utterance> running = runningAt(transcript, nowMs);
        for (Utterance u : running) if (spokenBy(transcript, u, speaker)) return u;
        // what is heard is what is coded, even when another speaker's code is pressed (the status line names it)
        return !running.isEmpty() ? running.get(0) : nearestOf(transcript, nowMs, speaker, transcript.indexAt(nowMs));
    }

    /** True when no utterance is being spoken at the moment (before the first, between two, after the last). */
    public static boolean inPause(Transcript transcript, long nowMs) {
        return runningAt(transcript, nowMs).isEmpty();
    }

    /** The utterances being spoken at the moment, latest start first (overlapping talk: up to 8 back are looked at). */
    private static List<Utterance> runningAt(Transcript transcript, long nowMs) {
        List<Utterance> us = transcript.utterances();
        int last = transcript.indexAt(nowMs);
        List<Utterance> running = new java.util.ArrayList<>();
        for (int i = last; i >= 0 && i >= last - 8; i--) {
            if (us.get(i).endMs() >= nowMs) running.add(us.get(i));
        }
        return running;
    }

    /** The nearest utterance spoken by the speaker (any speaker when there is none of theirs), by distance in time. */
    private static Utterance nearestOf(Transcript transcript, long nowMs, Role speaker, int last) {
        Role who = anySpokenBy(transcript, speaker) ? speaker : null;
        List<Utterance> us = transcript.utterances();
        Utterance before = null;
        for (int i = last; i >= 0; i--) {
            if (spokenBy(transcript, us.get(i), who)) {
                before = us.get(i);
                break;
            }
        }
        Utterance after = null;
        for (int i = last + 1; i < us.size(); i++) {
            if (spokenBy(transcript, us.get(i), who)) {
                after = us.get(i);
                break;
            }
        }
        if (before == null) return after;
        if (after == null) return before;
        long sinceEnd = Math.max(0, nowMs - before.endMs());
        long toStart = Math.max(0, after.startMs() - nowMs);
        return toStart < sinceEnd ? after : before;
    }

    private static boolean anySpokenBy(Transcript transcript, Role speaker) {
        if (speaker == null) return true;
        for (Utterance u : transcript.utterances()) if (spokenBy(transcript, u, speaker)) return true;
        return false;
    }

    private static boolean spokenBy(Transcript transcript, Utterance u, Role speaker) {
        return speaker == null || transcript.roleOf(u.speaker()).speaksAs(speaker);
    }
}
