package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.agreement.alignment.CodedInterval;
import org.rapport.agreement.alignment.TimeSliceAlignment;
import org.rapport.agreement.alignment.TimelineAlignment;
import org.rapport.agreement.alignment.TimelineUnit;
import org.rapport.agreement.alignment.UtteranceAlignment;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;

/**
 * Every compared session's codings put on its units (utterances or time slices) once per speaker a code applies to:
 * what agreement tables and the disagreement list are read from. A session nobody coded is skipped; one without
 * units (no transcript, no known length) is left out and named in a note.
 */
final class SessionAlignments {
    /**
     * One session: who coded it, its alignment for each speaker a code applies to (null: anyone), and how many units
     * it has in all.
     */
    record Aligned(Session session, List<String> coders, Map<Role, TimelineAlignment> bySpeaker, int allUnits) {
        TimelineAlignment of(Role speaker) {
            return bySpeaker.get(speaker);
        }
    }

    private final List<Aligned> sessions = new ArrayList<>();

    SessionAlignments(AgreementData data, Codebook codebook, ProjectAgreementRequest request, List<String> notes) {
        Set<Role> speakers = new LinkedHashSet<>();
        for (Code c : codebook.codes()) speakers.add(codebook.appliesTo(c.id()));
        for (CodeGroup g : codebook.groups()) speakers.add(codebook.groupAppliesTo(g.id()));
        List<String> leftOut = new ArrayList<>();
        List<String> noTalk = new ArrayList<>();
        for (Session s : data.sessions()) {
            List<String> coders = data.codersOf(s.id()).stream().map(data.raters()::get).toList();
            if (coders.isEmpty()) continue;
            List<TimelineUnit> all = units(data, s, request);
            if (all.isEmpty()) {
                leftOut.add(s.name());
                continue;
            }
            List<CodedInterval> intervals = intervals(data, codebook, s);
            Map<Role, TimelineAlignment> bySpeaker = new HashMap<>();
            for (Role speaker : speakers) {
                List<TimelineUnit> units = SpeakerUnits.of(all, speaker, s.id(), data, request.method());
                if (speaker != null && units.isEmpty() && data.utteranceTimes(s.id()).isEmpty()) noTalk.add(s.name());
                bySpeaker.put(speaker, TimelineAlignment.align(units, coders, intervals));
            }
            sessions.add(new Aligned(s, coders, bySpeaker, all.size()));
        }
        if (!leftOut.isEmpty()) {
            notes.add("left out for lack of " + (request.method() == AlignmentMethod.UTTERANCE ? "a transcript" : "a known length")
                    + ": " + String.join(", ", leftOut));
        }
        if (!noTalk.isEmpty()) {
            notes.add("codes that apply to one speaker have no units without a transcript to say who speaks when: "
                    + String.join(", ", new LinkedHashSet<>(noTalk)));
        }
    }

    List<Aligned> sessions() {
        return sessions;
    }

    /** The session's codings of codes still in the codebook, as the alignment methods take them. */
    static List<CodedInterval> intervals(AgreementData data, Codebook codebook, Session s) {
        List<CodedInterval> out = new ArrayList<>();
        for (Coding k : data.codings().getOrDefault(s.id(), List.of())) {
            if (codebook.code(k.codeId()).isEmpty()) continue;
            out.add(new CodedInterval(data.raters().get(k.raterId()), k.codeId(), k.startMs(), k.endMs(),
                    k.firstUtterance(), k.lastUtterance()));
        }
        return out;
    }

    private static List<TimelineUnit> units(AgreementData data, Session s, ProjectAgreementRequest request) {
        if (request.method() == AlignmentMethod.UTTERANCE) {
            return data.utteranceTimes(s.id()).stream()
                    .map(u -> UtteranceAlignment.unit(s.name(), u.index(), u.startMs(), u.endMs())).toList();
        }
        return TimeSliceAlignment.units(s.name(), data.durationOf(s), request.slice());
    }
}
