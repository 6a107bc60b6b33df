package org.rapport.app.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.store.AssignmentRepository.Completion;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.store.TrainingRepository.Gold;

/**
 * What training and drift read of a project for one codebook, in one snapshot: its gold sessions, its complete
 * assignments with their completion times, the sessions and raters by id.
 */
record TrainingData(String codebookId, Map<Long, Gold> goldBySession, List<Completion> completions,
                    Map<Long, Session> sessions, Map<Long, Rater> raters) {

    static TrainingData read(ProjectStore store, String codebookId) {
        return store.read(tx -> {
            Map<Long, Gold> gold = new HashMap<>();
            for (Gold g : tx.training().gold(codebookId)) gold.put(g.sessionId(), g);
            Map<Long, Session> sessions = new HashMap<>();
            for (Session s : tx.sessions().all()) sessions.put(s.id(), s);
            Map<Long, Rater> raters = new HashMap<>();
            for (Rater r : tx.raters().all()) raters.put(r.id(), r);
            return new TrainingData(codebookId, gold, tx.assignments().completions(Selection.ALL.codebook(codebookId)),
                    sessions, raters);
        });
    }

    Rater rater(String name, String location) {
        return raters.values().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() ->
                new BadInputException(location, null, "no rater named '" + name + "' in the project (list them with:"
                        + " rapport raters)"));
    }

    boolean completed(long sessionId, long raterId) {
        return completions.stream().anyMatch(c -> c.sessionId() == sessionId && c.raterId() == raterId);
    }

    /**
     * A rater's completed sessions in completion order: by completion time (those completed before schema 8
     * recorded it first), then by the session's date, then by its name.
     */
    List<Completion> completedBy(long raterId) {
        List<Completion> out = new ArrayList<>();
        for (Completion c : completions) if (c.raterId() == raterId && sessions.containsKey(c.sessionId())) out.add(c);
        out.sort(Comparator.comparing(Completion::completedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .thenComparing(c -> sessions.get(c.sessionId()).date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> sessions.get(c.sessionId()).name()));
        return out;
    }

    /** The people (not consensus raters) who completed a session, but not the one given. */
    List<Rater> otherPeopleWhoCompleted(long sessionId, long raterId) {
        List<Rater> out = new ArrayList<>();
        for (Completion c : completions) {
            Rater r = raters.get(c.raterId());
            if (c.sessionId() == sessionId && c.raterId() != raterId && r != null && r.role().isPerson()) out.add(r);
        }
        out.sort(Comparator.comparing(Rater::name));
        return out;
    }
}
