package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rapport.agreement.alignment.TimelineUnit;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.session.Role;
import org.rapport.model.session.UtteranceTime;

/**
 * The units of a code that applies to one speaker ({@code applies_to} in the codebook): by utterance only that
 * speaker's utterances, by time slice only the slices in which that speaker talks for at least half the slice
 * (docs/unit-alignment.md). Counting the other speaker's talk as agreed "absent" would inflate agreement.
 */
public final class SpeakerUnits {
    private SpeakerUnits() {
    }

    /** True when some code or group of the codebook applies to one speaker only. */
    public static boolean anyRestricted(Codebook codebook) {
        return codebook.codes().stream().anyMatch(c -> codebook.appliesTo(c.id()) != null);
    }

    /** The units of {@code all} (a session's) that count for a code applying to {@code role}: all when role is null. */
    static List<TimelineUnit> of(List<TimelineUnit> all, Role role, long sessionId, AgreementData data,
                                 AlignmentMethod method) {
        if (role == null) return all;
        if (method == AlignmentMethod.UTTERANCE) {
            return all.stream().filter(u -> u.utterance() != null && spoken(data.roleOf(sessionId, u.utterance()), role))
                    .toList();
        }
        List<long[]> talk = speakingTime(data.utteranceTimes(sessionId), sessionId, data, role);
        List<TimelineUnit> out = new ArrayList<>();
        int from = 0;
        for (TimelineUnit u : all) {
            while (from < talk.size() && talk.get(from)[1] <= u.startMs()) from++;
            long covered = 0;
            for (int i = from; i < talk.size() && talk.get(i)[0] < u.endMs(); i++) {
                covered += Math.min(u.endMs(), talk.get(i)[1]) - Math.max(u.startMs(), talk.get(i)[0]);
            }
            if (u.durationMs() > 0 && 2 * covered >= u.durationMs()) out.add(u);
        }
        return out;
    }

    private static boolean spoken(Role speaker, Role role) {
        return speaker != null && speaker.speaksAs(role);
    }

    /** The stretches in which a speaker of the role talks, merged where their utterances overlap or touch. */
    private static List<long[]> speakingTime(List<UtteranceTime> times, long sessionId, AgreementData data, Role role) {
        List<long[]> spans = new ArrayList<>();
        for (UtteranceTime t : times) {
            if (t.endMs() > t.startMs() && spoken(data.roleOf(sessionId, t.index()), role)) {
                spans.add(new long[] {t.startMs(), t.endMs()});
            }
        }
        spans.sort(Comparator.comparingLong(s -> s[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : spans) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
            else merged.add(s.clone());
        }
        return merged;
    }
}
