package org.rapport.model.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A session's time-aligned talk: who took part and what each said when. */
public record Transcript(List<Participant> participants, List<Utterance> utterances) {
    public Transcript {
        participants = List.copyOf(participants);
        utterances = List.copyOf(utterances);
    }

    /** Builds a transcript whose participants are the speakers in order of first appearance, roles inferred from labels. */
    public static Transcript ofUtterances(List<Utterance> utterances) {
        Map<String, Participant> byLabel = new LinkedHashMap<>();
        for (Utterance u : utterances) {
            byLabel.computeIfAbsent(u.speaker(), s -> new Participant(s, Role.inferFromLabel(s)));
        }
        return new Transcript(new ArrayList<>(byLabel.values()), utterances);
    }

    public Role roleOf(String speaker) {
        for (Participant p : participants) if (p.label().equals(speaker)) return p.role();
        return Role.OTHER;
    }

    /**
     * The position of the utterance spoken at a moment: the last one started by then, or -1 before the first.
     * Like the transcript view, it takes the utterances to be in order of their start, as the readers give them.
     */
    public int indexAt(long ms) {
        int lo = 0;
        int hi = utterances.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (utterances.get(mid).startMs() <= ms) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The end of the last utterance, or 0 for an empty transcript. */
    public long endMs() {
        long end = 0;
        for (Utterance u : utterances) end = Math.max(end, u.endMs());
        return end;
    }
}
