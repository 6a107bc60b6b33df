package org.rapport.agreement.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.model.session.UtteranceTime;

/**
 * The codings and ratings of one codebook in the chosen sessions by the chosen raters: a snapshot read in one go
 * (by {@code app.reliability.AgreementDataReader}), so project-level agreement does no I/O. This is the supervisor's
 * view: every rater's work is in it, whatever the blinding of observers.
 *
 * @param sessions       the chosen sessions, in the order asked for (or store order)
 * @param raters         the chosen raters in the order asked for (or by name), id to name
 * @param codings        session id to that session's codings of the codebook, by the chosen raters
 * @param ratings        the ratings of the codebook in the chosen sessions, by the chosen raters
 * @param completed      session id to the raters who finished coding it (assignment complete), even with no codings
 * @param utteranceTimes session id to its utterance times in transcript order: every session when units are
 *                       utterances or some code applies to one speaker only, otherwise the sessions with no recorded
 *                       duration
 * @param utteranceRoles session id to the role of each utterance's speaker, by utterance index, when some code
 *                       applies to one speaker only (else empty)
 */
public record AgreementData(List<Session> sessions, Map<Long, String> raters, Map<Long, List<Coding>> codings,
                            List<Rating> ratings, Map<Long, Set<Long>> completed,
                            Map<Long, List<UtteranceTime>> utteranceTimes, Map<Long, Map<Integer, Role>> utteranceRoles) {

    /** Whether the session's length must come from its transcript, because it has no recorded duration. */
    public static boolean needsTranscriptForDuration(Session s) {
        return s.durationMs() == null || s.durationMs() <= 0;
    }

    /** Raters (ids) who coded the session: they applied a code of the codebook there, or finished their assignment. */
    public List<Long> codersOf(long sessionId) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Coding k : codings.getOrDefault(sessionId, List.of())) ids.add(k.raterId());
        ids.addAll(completed.getOrDefault(sessionId, Set.of()));
        return raters.keySet().stream().filter(ids::contains).toList();
    }

    /** Raters (names, in order) who coded at least one chosen session. */
    public List<String> coders() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Session s : sessions) ids.addAll(codersOf(s.id()));
        return raters.entrySet().stream().filter(e -> ids.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** Raters (names, in order) who gave at least one rating. */
    public List<String> raterNamesWithRatings() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Rating r : ratings) ids.add(r.raterId());
        return raters.entrySet().stream().filter(e -> ids.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** The session's utterance times in transcript order (empty without a transcript). */
    public List<UtteranceTime> utteranceTimes(long sessionId) {
        return utteranceTimes.getOrDefault(sessionId, List.of());
    }

    /** The role of an utterance's speaker, or null when unknown. */
    Role roleOf(long sessionId, int utterance) {
        return utteranceRoles.getOrDefault(sessionId, Map.of()).get(utterance);
    }

    /** The session's length: recorded duration, else the end of its transcript or of its last coding. */
    public long durationOf(Session s) {
        if (!needsTranscriptForDuration(s)) return s.durationMs();
        long end = 0;
        for (UtteranceTime u : utteranceTimes(s.id())) end = Math.max(end, u.endMs());
        for (Coding k : codings.getOrDefault(s.id(), List.of())) end = Math.max(end, k.endMs());
        return end;
    }
}
