package org.rapport.ui.session;

/**
 * Plays a stretch of the session over and over (a disagreement under review): when playback passes the stretch's end
 * it goes back to its start. A seek outside the stretch, by the user, ends the loop.
 */
final class StretchLoop implements Playback.Listener {
    /** A little before and after the stretch, so its first and last words are heard whole. */
    static final long MARGIN_MS = 500;
    private final Playback playback;
    private long fromMs = -1;
    private long toMs = -1;

    StretchLoop(Playback playback) {
        this.playback = playback;
    }

    void loop(long startMs, long endMs) {
        fromMs = Math.max(0, startMs - MARGIN_MS);
        toMs = endMs + MARGIN_MS;
        playback.seek(fromMs);
        if (!playback.player().isPlaying()) playback.togglePlay();
    }

    void stop() {
        fromMs = -1;
        toMs = -1;
    }

    boolean active() {
        return fromMs >= 0;
    }

    long fromMs() {
        return fromMs;
    }

    long toMs() {
        return toMs;
    }

    @Override
    public void moved(long ms, boolean playing, boolean jumped) {
        if (!active()) return;
        if (jumped && (ms < fromMs || ms > toMs)) {
            stop();
        } else if (playing && ms >= toMs) {
            playback.seek(fromMs);
        }
    }
}
