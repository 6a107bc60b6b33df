package org.rapport.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Transcript-only mode: a running clock with the controls of a player but no media. Used when libVLC is absent or
 * a session has no playable recording, so the session can still be coded from its transcript.
 */
public final class ClockPlayer implements Player {
    private final long lengthMs;
    private final Executor events;
    private final LongSupplier nanoClock;
    private final List<PlayerListener> listeners = new CopyOnWriteArrayList<>();
    private long baseMs;
    private long startedNanos;
    private boolean playing;
    private float rate = 1f;
    private int volume = 100;

    public ClockPlayer(long lengthMs, Executor events) {
        this(lengthMs, events, System::nanoTime);
    }

    ClockPlayer(long lengthMs, Executor events, LongSupplier nanoClock) {
        this.lengthMs = Math.max(0, lengthMs);
        this.events = events;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void play() {
        if (playing) return;
        if (baseMs >= lengthMs) baseMs = 0;
        startedNanos = nanoClock.getAsLong();
        playing = true;
        fire(PlayerListener::playing);
    }

    @Override
    public synchronized void pause() {
        if (!playing) return;
        baseMs = time();
        playing = false;
        fire(PlayerListener::paused);
    }

    @Override
    public synchronized boolean isPlaying() {
        if (playing && time() >= lengthMs) {
            baseMs = lengthMs;
            playing = false;
            fire(PlayerListener::finished);
        }
        return playing;
    }

    @Override
    public synchronized void seek(long ms) {
        baseMs = Math.max(0, Math.min(lengthMs, ms));
        startedNanos = nanoClock.getAsLong();
    }

    @Override
    public synchronized long time() {
        if (!playing) return baseMs;
        long elapsed = (long) ((nanoClock.getAsLong() - startedNanos) / 1_000_000.0 * rate);
        return Math.min(lengthMs, baseMs + elapsed);
    }

    @Override
    public long length() {
        return lengthMs;
    }

    @Override
    public void frameStep(int direction) {
        seek(time() + Integer.signum(direction) * 40L);
    }

    @Override
    public synchronized float rate() {
        return rate;
    }

    @Override
    public synchronized void setRate(float newRate) {
        baseMs = time();
        startedNanos = nanoClock.getAsLong();
        rate = Player.clampRate(newRate);
    }

    @Override
    public synchronized int volume() {
        return volume;
    }

    @Override
    public synchronized void setVolume(int v) {
        volume = Math.max(0, Math.min(100, v));
    }

    @Override
    public boolean hasMedia() {
        return false;
    }

    @Override
    public void addListener(PlayerListener listener) {
        listeners.add(listener);
        events.execute(() -> listener.lengthKnown(lengthMs));
    }

    private void fire(java.util.function.Consumer<PlayerListener> event) {
        for (PlayerListener l : listeners) events.execute(() -> event.accept(l));
    }

    @Override
    public synchronized void close() {
        playing = false;
    }
}
