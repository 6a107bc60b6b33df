package org.rapport.app;

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

import org.rapport.model.AssignmentStatus;
import org.rapport.model.BadInputException;
import org.rapport.model.Codebook;
import org.rapport.model.Coding;
import org.rapport.model.Rater;
import org.rapport.model.Rating;
import org.rapport.model.Session;
import org.rapport.store.AssignmentRepository;
import org.rapport.store.CodingRepository;
import org.rapport.store.ProjectStore;
import org.rapport.store.RaterRepository;
import org.rapport.store.RatingRepository;
import org.rapport.store.SessionRepository;
import org.rapport.store.TranscriptRepository;
import org.rapport.store.TranscriptRepository.UtteranceTime;

/**
 * The codings and ratings of one codebook in the chosen sessions by the chosen raters, read in one go. This is the
 * supervisor's view: every rater's work is read, whatever the blinding of observers.
 */
final class AgreementData {
    final List<Session> sessions;
    /** Raters in the order asked for (or by name), id to name. */
    final Map<Long, String> raters;
    /** Session id -> that session's codings of the codebook, by the chosen raters. */
    final Map<Long, List<Coding>> codings;
    final List<Rating> ratings;
    /** Session id -> raters who finished coding it (assignment complete), even with no codings. */
    final Map<Long, Set<Long>> completed;
    private final ProjectStore store;
    /** Session id -> its utterance times; read on first use, for all sessions at once. */
    private Map<Long, List<UtteranceTime>> utteranceTimes;

    private AgreementData(ProjectStore store, List<Session> sessions, Map<Long, String> raters,
                          Map<Long, List<Coding>> codings, List<Rating> ratings, Map<Long, Set<Long>> completed) {
        this.store = store;
        this.sessions = sessions;
        this.raters = raters;
        this.codings = codings;
        this.ratings = ratings;
        this.completed = completed;
    }

    static AgreementData load(ProjectStore store, Codebook codebook, ProjectAgreementRequest req) {
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
        Map<Long, List<UtteranceTime>> times = req.method() == AlignmentMethod.UTTERANCE
                ? store.read(c -> TranscriptRepository.utteranceTimes(c, sessionIds)) : null;
        AgreementData data = new AgreementData(store, sessions, raters, codings, join(ratings), completed);
        data.utteranceTimes = times;
        return data;
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

    /** Raters (ids) who coded the session: they applied a code of the codebook there, or finished their assignment. */
    List<Long> codersOf(long sessionId) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Coding k : codings.getOrDefault(sessionId, List.of())) ids.add(k.raterId());
        ids.addAll(completed.getOrDefault(sessionId, Set.of()));
        return raters.keySet().stream().filter(ids::contains).toList();
    }

    /** Raters (names, in order) who coded at least one chosen session. */
    List<String> coders() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Session s : sessions) ids.addAll(codersOf(s.id()));
        return raters.entrySet().stream().filter(e -> ids.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** Raters (names, in order) who gave at least one rating. */
    List<String> raterNamesWithRatings() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Rating r : ratings) ids.add(r.raterId());
        return raters.entrySet().stream().filter(e -> ids.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** The session's utterance times in transcript order (empty without a transcript). */
    List<UtteranceTime> utteranceTimes(long sessionId) {
        if (utteranceTimes == null) {
            List<Long> ids = sessions.stream().map(Session::id).toList();
            utteranceTimes = store.read(c -> TranscriptRepository.utteranceTimes(c, ids));
        }
        return utteranceTimes.getOrDefault(sessionId, List.of());
    }

    /** The session's length: recorded duration, else the end of its transcript or of its last coding. */
    long durationOf(Session s) {
        if (s.durationMs() != null && s.durationMs() > 0) return s.durationMs();
        long end = 0;
        for (UtteranceTime u : utteranceTimes(s.id())) end = Math.max(end, u.endMs());
        for (Coding k : codings.getOrDefault(s.id(), List.of())) end = Math.max(end, k.endMs());
        return end;
    }
}
