package org.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

/**
 * Work off the event thread. Store writes go through one ordered writer thread, so a hotkey never waits on the disk
 * and codings commit in the order they were made; the view shows a coding only once its commit has returned.
 * Long reads (opening a project, loading a session) run as SwingWorkers.
 */
public final class Tasks implements AutoCloseable {
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-store-writer");
        t.setDaemon(false);
        return t;
    });

    /** Runs a store write in order; its result (or failure) is delivered on the event thread. */
    public <T> void write(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        writer.execute(() -> {
            try {
                T result = work.call();
                SwingUtilities.invokeLater(() -> done.accept(result));
            } catch (Throwable e) {
                SwingUtilities.invokeLater(() -> failed.accept(e));
            }
        });
    }

    /** Runs longer work in the background; the result (or failure) arrives on the event thread. */
    public static <T> void background(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                try {
                    done.accept(get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.accept(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** Waits for pending writes (on exit and in tests). */
    public void drain() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // nothing more can be done: each write is already its own committed transaction
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
