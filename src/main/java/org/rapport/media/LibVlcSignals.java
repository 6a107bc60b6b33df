package org.rapport.media;

import java.util.EnumMap;
import java.util.Map;

/**
 * libVLC's state events, counted: the native event thread records them (nothing else happens there) and the player
 * thread waits for the next one of a kind. A count taken before a call tells its event from earlier ones.
 */
final class LibVlcSignals {
    enum Kind { PLAYING, PAUSED, BUFFERED, ENDED }

    private final Map<Kind, long[]> counts = new EnumMap<>(Kind.class);

    LibVlcSignals() {
        for (Kind k : Kind.values()) counts.put(k, new long[2]);
    }

    synchronized void record(Kind kind) {
        long[] c = counts.get(kind);
        c[0]++;
        c[1] = System.nanoTime();
        notifyAll();
    }

    synchronized long count(Kind kind) {
        return counts.get(kind)[0];
    }

    /** When the last event of a kind arrived (System.nanoTime). */
    synchronized long lastNanos(Kind kind) {
        return counts.get(kind)[1];
    }

    /** Waits until more than {@code seen} events of a kind have arrived; false on timeout. */
    synchronized boolean await(Kind kind, long seen, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (counts.get(kind)[0] <= seen) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) return false;
            wait(left);
        }
        return true;
    }
}
