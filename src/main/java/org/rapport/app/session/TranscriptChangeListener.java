package org.rapport.app.session;

/**
 * Told when a session's transcript was imported, replaced or deleted, after the store committed it, so derived
 * data (the search index) follows in the same operation.
 */
@FunctionalInterface
public interface TranscriptChangeListener {
    TranscriptChangeListener NONE = sessionId -> { };

    void transcriptChanged(long sessionId);
}
