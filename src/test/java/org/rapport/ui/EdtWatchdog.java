package org.rapport.ui;

import java.util.concurrent.atomic.AtomicLong;

import javax.swing.SwingUtilities;

/**
 * Measures how long the event thread takes to run a posted task, every 10 ms: the worst delay is how long the
 * event thread was blocked (by our code or anything else) while the watchdog ran.
 */
final class EdtWatchdog implements AutoCloseable {
    private final AtomicLong worstMs = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    EdtWatchdog() {
        thread = new Thread(this::watch, "edt-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            long posted = System.nanoTime();
            AtomicLong ran = new AtomicLong();
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            SwingUtilities.invokeLater(() -> {
                ran.set(System.nanoTime());
                done.countDown();
            });
            try {
                done.await();
                worstMs.accumulateAndGet((ran.get() - posted) / 1_000_000, Math::max);
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long worstMs() {
        return worstMs.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(1000);
    }
}
