package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClockPlayerTest {
    private final AtomicLong nanos = new AtomicLong();
    private final ClockPlayer clock = new ClockPlayer(10_000, Runnable::run, nanos::get);

    private void advanceMs(long ms) {
        nanos.addAndGet(ms * 1_000_000);
    }

    @Test
    void theClockRunsOnlyWhilePlaying() {
        clock.play();
        advanceMs(1_500);
        clock.pause();
        advanceMs(5_000);
        assertEquals(1_500, clock.time());
    }

    @Test
    void speedScalesTheClockAndIsHeldBetweenHalfAndDouble() {
        clock.setRate(4f);
        assertEquals(2f, clock.rate());
        clock.play();
        advanceMs(1_000);
        assertEquals(2_000, clock.time());
    }

    @Test
    void theClockStopsAtTheEndOfTheSession() {
        clock.seek(9_000);
        clock.play();
        advanceMs(3_000);
        assertEquals(10_000, clock.time());
        assertFalse(clock.isPlaying());
    }
}
