package org.rapport.app.session;

import org.rapport.model.session.Session;

/** A session with the counts a listing shows. */
public record SessionSummary(Session session, int utterances, int participants) {
    /** The session's recorded length (media, else transcript), or null. */
    public Long durationMs() {
        return session.durationMs();
    }
}
