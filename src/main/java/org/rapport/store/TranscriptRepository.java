package org.rapport.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.session.UtteranceTime;

/** A session's participants and utterances. */
public interface TranscriptRepository {
    /** Replaces the transcript of a session (participants and utterances) and moves the transcript revision on. */
    void replace(long sessionId, Transcript transcript);

    /**
     * Adds participants and utterances to a session being imported, a chunk at a time (the session row already
     * holds the counts); the caller gives utterances their final indexes.
     */
    void append(long sessionId, List<Participant> participants, List<Utterance> utterances);

    /** The transcript of a session (empty when it has none). */
    Transcript load(long sessionId);

    /**
     * The utterance times of each session, in transcript order (an empty list for a session without a transcript).
     * Reads no text, so a whole project's utterances load in one pass.
     */
    Map<Long, List<UtteranceTime>> utteranceTimes(Collection<Long> sessionIds);

    /**
     * The role of each utterance's speaker, by session and utterance index; an utterance whose speaker is not among
     * the session's participants has none. Reads no text.
     */
    Map<Long, Map<Integer, Role>> utteranceRoles(Collection<Long> sessionIds);
}
