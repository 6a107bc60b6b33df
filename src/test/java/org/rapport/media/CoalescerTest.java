package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CoalescerTest {
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void signalsWhileARunWaitsCollapseIntoThatRun() {
        Coalescer c = new Coalescer(queued::add, runs::incrementAndGet);
        for (int i = 0; i < 200; i++) c.signal();
        assertEquals(1, queued.size(), "one run queued for 200 signals");
        queued.poll().run();
        assertEquals(1, runs.get());
        assertEquals(0, queued.size());
    }

    @Test
    void signalsDuringARunMakeItRunOnceMore() {
        Coalescer[] self = new Coalescer[1];
        self[0] = new Coalescer(queued::add, () -> {
            if (runs.incrementAndGet() == 1) {
                for (int i = 0; i < 50; i++) self[0].signal();
            }
        });
        self[0].signal();
        queued.poll().run();
        assertEquals(2, runs.get(), "the run in progress, then one more for the 50 signals it saw");
        assertEquals(0, queued.size());
    }
}
