package org.rapport.app.session;

import java.util.List;

import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.store.ProjectStore;

/** Reading sessions and their transcripts. */
public final class SessionService {
    private final ProjectStore store;
    private final TranscriptChangeListener transcriptChanges;

    public SessionService(ProjectStore store, TranscriptChangeListener transcriptChanges) {
        this.store = store;
        this.transcriptChanges = transcriptChanges;
    }

    public List<SessionSummary> list() {
        return store.read(tx -> tx.sessions().allWithCounts()).stream()
                .map(r -> new SessionSummary(r.session(), r.utterances(), r.participants()))
                .toList();
    }

    /** The session of that name, or bad input naming the project. */
    public Session byName(String name) {
        return store.read(tx -> tx.sessions().byName(name)).orElseThrow(() -> new BadInputException(
                store.location(), null, "no session named '" + name + "' (list them with: rapport sessions)"));
    }

    public Session byId(long id) {
        return store.read(tx -> tx.sessions().byId(id))
                .orElseThrow(() -> new BadInputException("no session with id " + id));
    }

    public Transcript transcript(long sessionId) {
        return store.read(tx -> tx.transcripts().load(sessionId));
    }

    /** Replaces a session's transcript (an edit or a corrected file); the search index follows. */
    public void replaceTranscript(long sessionId, Transcript transcript) {
        store.inTransaction(tx -> {
            if (tx.sessions().byId(sessionId).isEmpty()) throw new BadInputException("no session with id " + sessionId);
            tx.transcripts().replace(sessionId, transcript);
            return null;
        });
        transcriptChanges.transcriptChanged(sessionId);
    }

    /** Deletes a session with its transcript, codings and ratings (each audited); the search index follows. */
    public void delete(long sessionId, Rater actingRater) {
        store.inTransaction(tx -> {
            if (tx.sessions().byId(sessionId).isEmpty()) throw new BadInputException("no session with id " + sessionId);
            tx.sessions().delete(sessionId, actingRater == null || actingRater.id() < 0 ? null : actingRater.id());
            return null;
        });
        transcriptChanges.transcriptChanged(sessionId);
    }

    /** Records the media length the player measured, for sessions imported without it. */
    public void recordDuration(long sessionId, long durationMs) {
        store.inTransaction(tx -> {
            tx.sessions().updateDuration(sessionId, durationMs);
            return null;
        });
    }
}
