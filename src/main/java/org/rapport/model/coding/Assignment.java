package org.rapport.model.coding;

/** A session a rater is to code with a codebook, and how far they are. */
public record Assignment(long sessionId, long raterId, String codebookId, AssignmentStatus status) {
}
