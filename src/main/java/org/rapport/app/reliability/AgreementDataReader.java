package org.rapport.app.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.rapport.agreement.project.AgreementData;
import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.SpeakerUnits;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.model.session.UtteranceTime;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;

/**
 * Reads the snapshot project-level agreement works on: one codebook, the chosen sessions and raters. Without raters
 * named, every person who coded: a consensus rater takes part only when named (it is settled from the others).
 */
public final class AgreementDataReader {
    private AgreementDataReader() {
    }

    public static AgreementData read(ProjectStore store, Codebook codebook, ProjectAgreementRequest req) {
        String source = store.location();
        List<Session> sessions = store.read(tx -> pick(tx.sessions().all(), Session::name, req.sessions(), "session", source));
        Map<Long, String> raters = new LinkedHashMap<>();
        boolean leftOut = false;
        for (Rater r : store.read(tx -> pick(tx.raters().all(), Rater::name, req.raters(), "rater", source))) {
            if (req.raters().isEmpty() && !r.role().isPerson()) {
                leftOut = true;
                continue;
            }
            raters.put(r.id(), r.name());
        }
        // no sessions or raters named: every one, and the store need not check ids
        Selection selection = Selection.ALL.codebook(codebook.id())
                .sessions(req.sessions().isEmpty() ? null : sessions.stream().map(Session::id).toList())
                .raters(req.raters().isEmpty() && !leftOut ? null : raters.keySet());
        // A whole project has 10⁴ ratings and codings and 10⁵ utterances: the ratings are read on a second connection
        // while this one reads the rest.
        CompletableFuture<List<Rating>> ratings = CompletableFuture.supplyAsync(
                () -> store.read(tx -> tx.ratings().in(selection)));
        Map<Long, List<Coding>> codings = new HashMap<>();
        for (Coding k : store.read(tx -> tx.codings().in(selection))) {
            codings.computeIfAbsent(k.sessionId(), s -> new ArrayList<>()).add(k);
        }
        Map<Long, Set<Long>> completed = new HashMap<>();
        for (Assignment a : store.read(tx -> tx.assignments().in(selection, AssignmentStatus.COMPLETE))) {
            completed.computeIfAbsent(a.sessionId(), s -> new LinkedHashSet<>()).add(a.raterId());
        }
        // Codes that apply to one speaker need every session's utterances and who spoke them (not under event matching).
        boolean bySpeaker = req.method() != AlignmentMethod.EVENT && SpeakerUnits.anyRestricted(codebook);
        List<Long> all = sessions.stream().map(Session::id).toList();
        List<Long> timed = req.method() == AlignmentMethod.UTTERANCE || bySpeaker ? all
                : sessions.stream().filter(AgreementData::needsTranscriptForDuration).map(Session::id).toList();
        Map<Long, List<UtteranceTime>> times = timed.isEmpty() ? Map.of()
                : store.read(tx -> tx.transcripts().utteranceTimes(timed));
        Map<Long, Map<Integer, Role>> roles = bySpeaker && !all.isEmpty()
                ? store.read(tx -> tx.transcripts().utteranceRoles(all)) : Map.of();
        return new AgreementData(sessions, raters, codings, join(ratings), completed, times, roles);
    }

    /** The result of work done on another thread, with its exception as if thrown here. */
    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The named items in the order given (all of them, in store order, when none are named); unknown names are bad input. */
    private static <T> List<T> pick(List<T> all, Function<T, String> name, List<String> wanted, String what, String source) {
        if (wanted.isEmpty()) return all;
        Map<String, T> byName = new LinkedHashMap<>();
        for (T t : all) byName.put(name.apply(t), t);
        List<T> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String w : new LinkedHashSet<>(wanted)) {
            T t = byName.get(w.strip());
            if (t == null) unknown.add(w);
            else out.add(t);
        }
        if (!unknown.isEmpty()) {
            throw new BadInputException(source, null, "no " + what + (unknown.size() > 1 ? "s" : "") + " named "
                    + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList()) + " in the project; known: "
                    + String.join(", ", byName.keySet()));
        }
        return out;
    }
}
