package org.rapport.media;

/** Player events, delivered on the player's event executor. All methods do nothing unless overridden. */
public interface PlayerListener {
    default void playing() {
    }

    default void paused() {
    }

    /** The media reported its length (ms): the most reliable length there is. */
    default void lengthKnown(long lengthMs) {
    }

    default void finished() {
    }

    /** The media could not be played; the message is for the user. */
    default void failed(String message) {
    }
}
