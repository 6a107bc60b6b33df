package org.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's {@link Tasks}: writes on one ordered writer thread, other work on a pool of worker threads, and
 * everything they produce delivered on the Swing event thread. Cancelling never interrupts a thread (an interrupt
 * inside the store's file I/O could close the store): it stops delivery, and work that asks
 * {@link Progress#isCancelled()} can stop early.
 */
public final class SwingTasks implements Tasks {
    private static final Logger LOG = LoggerFactory.getLogger(SwingTasks.class);
    private static final long CLOSE_WAIT_SECONDS = 10;

    /** Not a daemon: the JVM does not end while a coding is still being written. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("rapport-store-writer", false));
    private final ExecutorService workers = Executors.newCachedThreadPool(named("rapport-worker", true));
    private volatile boolean delivering = true;

    @Override
    public <T> Task write(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        return submit(writer, progress -> work.call(), message -> { }, done, failed);
    }

    @Override
    public <T> Task background(Work<T> work, Consumer<String> progress, Consumer<? super T> done,
                               Consumer<Throwable> failed) {
        return submit(workers, work, progress, done, failed);
    }

    private <T> Task submit(ExecutorService on, Work<T> work, Consumer<String> progress, Consumer<? super T> done,
                            Consumer<Throwable> failed) {
        Running<T> task = new Running<>(work, progress, done, failed);
        try {
            on.execute(task);
        } catch (RejectedExecutionException e) {
            task.fail(new IllegalStateException("the app is closing: nothing more is saved"));
        }
        return task;
    }

    @Override
    public void endDelivery() {
        delivering = false;
    }

    @Override
    public void close() {
        workers.shutdown();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("store writes still running after {} s at exit", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, daemon ? name + "-" + count.incrementAndGet() : name);
            t.setDaemon(daemon);
            return t;
        };
    }

    /**
     * One submitted task: runs its work, then hands its news to the event thread unless it was cancelled or delivery
     * ended by then.
     */
    private final class Running<T> implements Task, Progress, Runnable {
        private final Work<T> work;
        private final Consumer<String> progress;
        private final Consumer<? super T> done;
        private final Consumer<Throwable> failed;
        private volatile boolean cancelled;

        Running(Work<T> work, Consumer<String> progress, Consumer<? super T> done, Consumer<Throwable> failed) {
            this.work = work;
            this.progress = progress;
            this.done = done;
            this.failed = failed;
        }

        @Override
        public void run() {
            if (cancelled) return;
            T result;
            try {
                result = work.run(this);
            } catch (Throwable e) {
                fail(e);
                return;
            }
            deliver(() -> done.accept(result));
        }

        /** A failure goes to the UI like any news; once delivery has ended, to the log, so it is never lost. */
        void fail(Throwable e) {
            SwingUtilities.invokeLater(() -> {
                if (cancelled) return;
                if (delivering) failed.accept(e);
                else LOG.warn("work failed after its window closed", e);
            });
        }

        void deliver(Runnable news) {
            SwingUtilities.invokeLater(() -> {
                if (!cancelled && delivering) news.run();
            });
        }

        @Override
        public void report(String message) {
            deliver(() -> progress.accept(message));
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
