package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class PlayerClockTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final PlayerClock clock = new PlayerClock(nanos::get);

    private void advanceMs(long ms) {
        nanos.addAndGet(ms * 1_000_000);
    }

    @Test
    void playingHoldsTheClockUntilPlaybackReallyStarts() {
        clock.seek(12_000);
        clock.play();
        advanceMs(150);
        assertEquals(12_000, clock.time(), "libVLC is still getting ready: no jump");
        clock.started(clock.intent().epoch(), nanos.get());
        advanceMs(500);
        assertEquals(12_500, clock.time());
    }

    @Test
    void aStartForARequestThatWasOvertakenIsIgnored() {
        clock.play();
        long epoch = clock.intent().epoch();
        clock.pause();
        clock.started(epoch, nanos.get());
        advanceMs(1_000);
        assertEquals(0, clock.time());
    }

    @Test
    void pausingKeepsThePositionReachedAndStepsMoveItByAFrame() {
        clock.play();
        clock.started(clock.intent().epoch(), nanos.get());
        advanceMs(2_000);
        clock.pause();
        advanceMs(5_000);
        assertEquals(2_000, clock.time());
        clock.step(40);
        clock.step(40);
        clock.step(-40);
        assertEquals(2_040, clock.time());
    }

    @Test
    void everyRequestHasItsOwnEpoch() {
        long e0 = clock.intent().epoch();
        clock.seek(10);
        long e1 = clock.intent().epoch();
        clock.step(40);
        assertNotEquals(e0, e1);
        assertNotEquals(e1, clock.intent().epoch());
    }

    @Test
    void libVlcReportsCorrectTheRunningClockButNotAStaleOne() {
        clock.seek(30_000);
        clock.play();
        clock.started(clock.intent().epoch(), nanos.get());
        advanceMs(250);
        clock.correct(30_270);
        assertEquals(30_270, clock.time());
        clock.correct(2_000);
        assertEquals(30_270, clock.time(), "a report from before the seek");
    }

    @Test
    void aCorrectionBackwardsMakesTheClockWaitRatherThanGoBack() {
        clock.play();
        clock.started(clock.intent().epoch(), nanos.get());
        advanceMs(500);
        assertEquals(500, clock.time());
        clock.correct(460);
        assertEquals(500, clock.time());
        advanceMs(20);
        assertEquals(500, clock.time());
        advanceMs(30);
        assertEquals(510, clock.time());
    }

    @Test
    void speedScalesTheRunningClockAndTheLengthBoundsIt() {
        clock.setLength(10_000);
        clock.seek(9_000);
        clock.setRate(2f);
        clock.play();
        clock.started(clock.intent().epoch(), nanos.get());
        advanceMs(300);
        assertEquals(9_600, clock.time());
        advanceMs(5_000);
        assertEquals(10_000, clock.time());
        clock.ended();
        clock.play();
        assertEquals(0, clock.time(), "playing at the end starts again from the beginning");
    }
}
