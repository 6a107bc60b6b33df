package org.rapport.media;

/**
 * What the workspace needs from a media player. Control calls return at once (the VLCJ player does the native
 * work on its own thread); listener events arrive on the executor the player was created with, which the desktop
 * app sets to the Swing event thread.
 */
public interface Player extends AutoCloseable {
    void play();

    void pause();

    default void toggle() {
        if (isPlaying()) pause();
        else play();
    }

    boolean isPlaying();

    /** Moves to a moment, in ms from the start; clamped to the media. */
    void seek(long ms);

    /** The current moment in ms: read from the player, never from a second clock. */
    long time();

    /** The length in ms, or 0 while it is not known yet. */
    long length();

    /** Steps one video frame forward (or back, with a negative direction). */
    void frameStep(int direction);

    float rate();

    /** Playback speed, clamped to 0.5–2×. */
    void setRate(float rate);

    /** Volume 0–100. */
    int volume();

    void setVolume(int volume);

    /** True for a real media player, false for the clock of transcript-only mode. */
    boolean hasMedia();

    void addListener(PlayerListener listener);

    /** Stops playback and releases native resources; the player is unusable afterwards. */
    @Override
    void close();

    static float clampRate(float rate) {
        return Math.max(0.5f, Math.min(2f, rate));
    }
}
