package org.rapport.app.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.rapport.app.codebook.CodebookService;
import org.rapport.model.BadInputException;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;

/**
 * Running a study: who codes which session with which codebook and how far each is (the progress board of the
 * Reliability view's supervisors), assigning and unassigning. Unassigning keeps the codings already made.
 */
public final class StudyService {
    private final ProjectStore store;
    private final CodebookService codebooks;

    public StudyService(ProjectStore store, CodebookService codebooks) {
        this.store = store;
        this.codebooks = codebooks;
    }

    /**
     * How far one rater is with one session.
     *
     * @param status   over the codebooks assigned: complete when all are, in progress when any is started, not
     *                 started; null when the session is not assigned to the rater
     * @param assigned the codebooks assigned, sorted
     */
    public record Cell(AssignmentStatus status, List<String> assigned, int codings, int ratings) {
        public Cell {
            assigned = List.copyOf(assigned);
        }
    }

    /** Sessions × raters (people and consensus raters), each cell how far that rater is. */
    public record Board(List<Session> sessions, List<Rater> raters, Map<Long, Map<Long, Cell>> cells) {
        public Cell cell(long sessionId, long raterId) {
            return cells.getOrDefault(sessionId, Map.of()).getOrDefault(raterId, new Cell(null, List.of(), 0, 0));
        }
    }

    public Board board() {
        return store.read(tx -> {
            List<Session> sessions = tx.sessions().all();
            List<Rater> raters = tx.raters().all();
            Map<Long, Map<Long, List<Assignment>>> assignments = new HashMap<>();
            for (Assignment a : tx.assignments().in(Selection.ALL, null)) {
                assignments.computeIfAbsent(a.sessionId(), k -> new HashMap<>())
                        .computeIfAbsent(a.raterId(), k -> new ArrayList<>()).add(a);
            }
            Map<Long, Map<Long, int[]>> counts = new HashMap<>();
            for (Coding k : tx.codings().in(Selection.ALL)) count(counts, k.sessionId(), k.raterId())[0]++;
            for (Rating r : tx.ratings().in(Selection.ALL)) count(counts, r.sessionId(), r.raterId())[1]++;
            Map<Long, Map<Long, Cell>> cells = new HashMap<>();
            for (Session s : sessions) {
                for (Rater r : raters) {
                    List<Assignment> as = assignments.getOrDefault(s.id(), Map.of()).getOrDefault(r.id(), List.of());
                    int[] n = counts.getOrDefault(s.id(), Map.of()).getOrDefault(r.id(), new int[2]);
                    if (as.isEmpty() && n[0] == 0 && n[1] == 0) continue;
                    TreeSet<String> ids = new TreeSet<>();
                    for (Assignment a : as) ids.add(a.codebookId());
                    cells.computeIfAbsent(s.id(), k -> new HashMap<>()).put(r.id(), new Cell(status(as), List.copyOf(ids),
                            n[0], n[1]));
                }
            }
            return new Board(sessions, raters, cells);
        });
    }

    private static int[] count(Map<Long, Map<Long, int[]>> counts, long session, long rater) {
        return counts.computeIfAbsent(session, k -> new HashMap<>()).computeIfAbsent(rater, k -> new int[2]);
    }

    private static AssignmentStatus status(List<Assignment> as) {
        if (as.isEmpty()) return null;
        if (as.stream().allMatch(a -> a.status() == AssignmentStatus.COMPLETE)) return AssignmentStatus.COMPLETE;
        if (as.stream().anyMatch(a -> a.status() != AssignmentStatus.NOT_STARTED)) return AssignmentStatus.IN_PROGRESS;
        return AssignmentStatus.NOT_STARTED;
    }

    /** Assigns sessions to a person with a codebook (an existing assignment keeps its status); returns how many new. */
    public int assign(List<Long> sessionIds, Rater rater, String codebookId) {
        codebooks.current(codebookId);
        if (!rater.role().isPerson()) {
            throw new BadInputException("'" + rater.name() + "' is a consensus rater: it is assigned by consensus start");
        }
        return store.inTransaction(tx -> {
            int added = 0;
            for (long s : sessionIds) {
                boolean had = !tx.assignments().in(Selection.ALL.session(s).rater(rater.id()).codebook(codebookId), null).isEmpty();
                tx.assignments().addIfAbsent(new Assignment(s, rater.id(), codebookId, AssignmentStatus.NOT_STARTED));
                if (!had) added++;
            }
            return added;
        });
    }

    /** Takes assignments away (the codings made stay); returns how many there were. */
    public int unassign(List<Long> sessionIds, Rater rater, String codebookId) {
        return store.inTransaction(tx -> {
            int removed = 0;
            for (long s : sessionIds) if (tx.assignments().remove(s, rater.id(), codebookId)) removed++;
            return removed;
        });
    }
}
