package org.rapport.app.reliability;

import java.sql.Connection;
import java.sql.SQLException;
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
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.model.session.UtteranceTime;
import org.rapport.store.AssignmentRepository;
import org.rapport.store.CodingRepository;
import org.rapport.store.ProjectStore;
import org.rapport.store.RaterRepository;
import org.rapport.store.RatingRepository;
import org.rapport.store.SessionRepository;
import org.rapport.store.TranscriptRepository;

/** Reads the snapshot project-level agreement works on: one codebook, the chosen sessions and raters. */
final class AgreementDataReader {
    private AgreementDataReader() {
    }

    static AgreementData read(ProjectStore store, Codebook codebook, ProjectAgreementRequest req) {
        String source = store.folder().toString();
        List<Session> sessions = store.read(c -> pick(SessionRepository.all(c), Session::name, req.sessions(), "session", source));
        Map<Long, String> raters = new LinkedHashMap<>();
        for (Rater r : store.read(c -> pick(RaterRepository.all(c), Rater::name, req.raters(), "rater", source))) {
            raters.put(r.id(), r.name());
        }
        Set<Long> sessionIds = new LinkedHashSet<>();
        for (Session s : sessions) sessionIds.add(s.id());
        // A whole project has 10⁴ ratings and codings and 10⁵ utterances: the ratings are read on a second connection
        // while this one reads the rest.
        CompletableFuture<List<Rating>> ratings = CompletableFuture.supplyAsync(
                () -> store.read(c -> ratings(c, codebook, sessionIds, raters)));
        Map<Long, List<Coding>> codings = store.read(c -> codings(c, codebook, sessionIds, raters));
        Map<Long, Set<Long>> completed = store.read(c -> completed(c, codebook, sessionIds, raters));
        List<Long> timed = req.method() == AlignmentMethod.UTTERANCE ? List.copyOf(sessionIds)
                : sessions.stream().filter(AgreementData::needsTranscriptForDuration).map(Session::id).toList();
        Map<Long, List<UtteranceTime>> times = timed.isEmpty() ? Map.of()
                : store.read(c -> TranscriptRepository.utteranceTimes(c, timed));
        return new AgreementData(sessions, raters, codings, join(ratings), completed, times);
    }

    private static Map<Long, List<Coding>> codings(Connection c, Codebook codebook, Set<Long> sessionIds,
                                                   Map<Long, String> raters) throws SQLException {
        Map<Long, List<Coding>> out = new HashMap<>();
        for (Coding k : CodingRepository.all(c)) {
            if (k.codebookId().equals(codebook.id()) && sessionIds.contains(k.sessionId()) && raters.containsKey(k.raterId())) {
                out.computeIfAbsent(k.sessionId(), s -> new ArrayList<>()).add(k);
            }
        }
        return out;
    }

    private static List<Rating> ratings(Connection c, Codebook codebook, Set<Long> sessionIds, Map<Long, String> raters)
            throws SQLException {
        List<Rating> out = new ArrayList<>();
        for (Rating r : RatingRepository.all(c)) {
            if (r.codebookId().equals(codebook.id()) && sessionIds.contains(r.sessionId()) && raters.containsKey(r.raterId())) {
                out.add(r);
            }
        }
        return out;
    }

    private static Map<Long, Set<Long>> completed(Connection c, Codebook codebook, Set<Long> sessionIds,
                                                  Map<Long, String> raters) throws SQLException {
        Map<Long, Set<Long>> out = new HashMap<>();
        for (long s : sessionIds) {
            for (var a : AssignmentRepository.forSession(c, s)) {
                if (a.codebookId().equals(codebook.id()) && a.status() == AssignmentStatus.COMPLETE
                        && raters.containsKey(a.raterId())) {
                    out.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(a.raterId());
                }
            }
        }
        return out;
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
