package org.rapport.app;

import org.rapport.model.Session;

/** A session with the counts a listing shows. */
public record SessionSummary(Session session, int utterances, int participants) {
    /** The session's recorded length (media, else transcript), or null. */
    public Long durationMs() {
        return session.durationMs();
    }
}
