package org.rapport.app.workspace;

import java.util.List;

import org.rapport.app.session.SessionSummary;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;

/** A session as a rater's session list shows it: the session with the rater's assignments (codebook and status). */
public record SessionRow(SessionSummary summary, List<Assignment> assignments) {
    public SessionRow {
        assignments = List.copyOf(assignments);
    }

    /** The least advanced status over the rater's assignments; NOT_STARTED when unassigned. */
    public AssignmentStatus status() {
        if (assignments.isEmpty()) return AssignmentStatus.NOT_STARTED;
        boolean allComplete = assignments.stream().allMatch(a -> a.status() == AssignmentStatus.COMPLETE);
        if (allComplete) return AssignmentStatus.COMPLETE;
        boolean anyStarted = assignments.stream().anyMatch(a -> a.status() != AssignmentStatus.NOT_STARTED);
        return anyStarted ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.NOT_STARTED;
    }

    public boolean assigned() {
        return !assignments.isEmpty();
    }

    public List<String> codebookIds() {
        return assignments.stream().map(Assignment::codebookId).toList();
    }
}
