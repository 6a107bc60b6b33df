package org.rapport.app.search;

import java.util.List;
import java.util.Optional;

import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;

/** What the search index is built from: the project's sessions, their transcripts and the store's revision of them. */
public interface TranscriptSource {
    /** The revision of all transcripts together; every import, replacement or deletion raises it. */
    long transcriptRevision();

    List<Session> sessions();

    Transcript transcript(long sessionId);

    /** One session as the store holds it now, read together with the revision (no session: it was deleted). */
    SessionChange change(long sessionId);

    /** A session after a change, and the transcript revision that change made. */
    record SessionChange(long revision, Optional<Session> session, Transcript transcript) {
    }
}
