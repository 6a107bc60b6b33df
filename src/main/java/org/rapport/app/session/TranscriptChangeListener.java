package org.rapport.app.session;

/**
 * Told when a session's transcript was imported, replaced or deleted, after the store committed it, so derived
 * data (the search index) follows in the same operation.
 */
@FunctionalInterface
public interface TranscriptChangeListener {
    TranscriptChangeListener NONE = sessionId -> { };

    void transcriptChanged(long sessionId);

    /**
     * Several sessions changed in one step of the store (a batch import published at once). Listeners that follow
     * the store's revision must override this: the revision moved on once for all of them.
     */
    default void transcriptsChanged(java.util.List<Long> sessionIds) {
        for (long id : sessionIds) transcriptChanged(id);
    }
}
