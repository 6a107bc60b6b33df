package org.rapport.store;

import java.util.List;
import java.util.Optional;

import org.rapport.model.session.Session;

/** Sessions and their metadata. */
public interface SessionRepository {
    /** Inserts a session (its id is ignored) and returns the stored one. */
    Session insert(Session s);

    /**
     * Writes the session row of an import batch with the counts its transcript will have; it stays invisible (and
     * its utterances with it) until the batch is published.
     */
    Session stage(long batchId, Session s, int utterances, int participants);

    /** Records the media length, for sessions imported without it. */
    void updateDuration(long sessionId, long durationMs);

    Optional<Session> byName(String name);

    Optional<Session> byId(long id);

    /** All sessions, by name. */
    List<Session> all();

    /** All sessions with their utterance and participant counts, by name. */
    List<SessionCounts> allWithCounts();

    /**
     * Deletes a session with its transcript, codings, ratings and assignments; every coding and rating deleted gets
     * its audit row, and the transcript revision moves on.
     */
    void delete(long sessionId, Long actingRaterId);
}
