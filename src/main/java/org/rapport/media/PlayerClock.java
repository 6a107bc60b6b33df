package org.rapport.media;

import java.util.function.LongSupplier;

/**
 * The media player's clock, what {@link Player#time()} answers: the user's position while paused, and while playing
 * the position libVLC plays, counted from the moment playback really started and kept in step by libVLC's time
 * reports. Every request (seek, step, play, pause) gets a new epoch, so the player thread can tell which one it is
 * carrying out and drop the ones overtaken by later requests.
 */
final class PlayerClock {
    /** What the user asked for last: playing or paused, from which moment, as request number {@code epoch}. */
    record Intent(boolean playing, long heldMs, long epoch) {
    }

    /** A libVLC time report further off than this is a report from before a seek, not a correction. */
    private static final long MAX_CORRECTION_MS = 1_500;

    private final LongSupplier nanos;
    private boolean playing;
    private boolean running;
    private long heldMs;
    private long baseMs;
    private long baseNanos;
    private long lastRunning;
    private float rate = 1f;
    private long lengthMs;
    private long epoch;

    PlayerClock(LongSupplier nanos) {
        this.nanos = nanos;
    }

    synchronized long time() {
        long t = heldMs;
        if (playing && running) {
            // a correction may find the clock a little ahead of libVLC: it then waits, it never goes back
            t = Math.max(lastRunning, baseMs + (long) ((nanos.getAsLong() - baseNanos) / 1_000_000.0 * rate));
            lastRunning = t;
        }
        return lengthMs > 0 ? Math.min(t, lengthMs) : t;
    }

    synchronized boolean isPlaying() {
        return playing;
    }

    synchronized Intent intent() {
        return new Intent(playing, heldMs, epoch);
    }

    /** A new position; while playing, the clock waits at it until playback restarts there. */
    synchronized void seek(long ms) {
        heldMs = clamp(ms);
        running = false;
        epoch++;
    }

    /** Moves the paused position by a frame's duration. */
    synchronized void step(long deltaMs) {
        heldMs = clamp(heldMs + deltaMs);
        epoch++;
    }

    /** Playing is asked for: the clock holds still until {@link #started} (no jump while libVLC gets going). */
    synchronized void play() {
        if (playing) return;
        if (lengthMs > 0 && heldMs >= lengthMs) heldMs = 0;
        playing = true;
        running = false;
        epoch++;
    }

    synchronized void pause() {
        if (!playing) return;
        heldMs = time();
        playing = false;
        running = false;
        epoch++;
    }

    /** libVLC plays from the held position since {@code atNanos}, if request {@code forEpoch} still stands. */
    synchronized void started(long forEpoch, long atNanos) {
        if (forEpoch != epoch || !playing || running) return;
        running = true;
        baseMs = heldMs;
        baseNanos = atNanos;
        lastRunning = heldMs;
    }

    /** libVLC reported where it plays; only a running clock takes it. */
    synchronized void correct(long ms) {
        if (!playing || !running || Math.abs(ms - time()) > MAX_CORRECTION_MS) return;
        baseMs = ms;
        baseNanos = nanos.getAsLong();
    }

    synchronized void setRate(float newRate) {
        if (running) {
            baseMs = time();
            baseNanos = nanos.getAsLong();
        }
        rate = newRate;
    }

    synchronized void setLength(long ms) {
        lengthMs = ms;
    }

    /** The media played to its end: paused there. */
    synchronized void ended() {
        if (lengthMs > 0) heldMs = lengthMs;
        playing = false;
        running = false;
        epoch++;
    }

    private long clamp(long ms) {
        return Math.max(0, lengthMs > 0 ? Math.min(lengthMs, ms) : ms);
    }
}
