package org.rapport.app;

import org.rapport.model.Session;

/** A session with the counts a listing shows. */
public record SessionSummary(Session session, int utterances, int participants, Long durationMs) {
}
