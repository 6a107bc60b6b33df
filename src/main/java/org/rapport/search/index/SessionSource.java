package org.rapport.search.index;

import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;

/** Where a rebuild reads sessions from: each session with its transcript, in turn. */
public interface SessionSource {
    int sessionCount();

    void forEach(SessionConsumer consumer);

    /** Receives one session of a {@link SessionSource}. */
    @FunctionalInterface
    interface SessionConsumer {
        void accept(Session session, Transcript transcript);
    }
}
