package org.rapport.store;

import java.util.List;

import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;

/** Which rater codes which session with which codebook, and how far they are. */
public interface AssignmentRepository {
    /**
     * Assigns a session to a rater with the status given, replacing the status of an existing assignment. An
     * assignment that becomes complete records when; one that is reopened forgets it.
     */
    void put(Assignment assignment);

    /** Assigns a session to a rater unless that assignment exists already (its status then stays). */
    void addIfAbsent(Assignment assignment);

    /** Takes an assignment away (codings already made stay); false when there was none. */
    boolean remove(long sessionId, long raterId, String codebookId);

    /**
     * Records that the rater started coding: a not-started assignment moves to in progress, a missing one is added
     * in progress, one in progress or complete stays as it is.
     */
    void markInProgress(long sessionId, long raterId, String codebookId);

    /** A complete assignment and when it became complete (null: completed before schema 8 recorded it). */
    record Completion(long sessionId, long raterId, String codebookId, java.time.Instant completedAt) {
    }

    /** The selected complete assignments with the time each became complete, by session, rater and codebook. */
    List<Completion> completions(Selection selection);

    /** The selected assignments with this status (null: any status), by session, rater and codebook. */
    List<Assignment> in(Selection selection, AssignmentStatus status);
}
