package org.rapport.store;

import java.util.List;

import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;

/** Which rater codes which session with which codebook, and how far they are. */
public interface AssignmentRepository {
    /** Assigns a session to a rater with the status given, replacing the status of an existing assignment. */
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

    /** The selected assignments with this status (null: any status), by session, rater and codebook. */
    List<Assignment> in(Selection selection, AssignmentStatus status);
}
