package org.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work kept off the event thread, and what it produced brought back to it. Store writes run one at a time in the
 * order they were made, so a hotkey never waits on the disk and codings commit in order; other work (reads, opening
 * a project) runs beside them. Results, progress and failures arrive on the UI thread, and a cancelled task
 * delivers nothing more. The app uses {@link SwingTasks}; tests of controllers can pass an implementation that runs
 * each task at once on the calling thread.
 */
public interface Tasks extends AutoCloseable {
    /** Work that may say how far it is and may stop early once cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A write with nothing to hand back. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /** What running work can tell the UI, and ask of it. */
    interface Progress {
        /** A line for the UI (delivered on the UI thread, in order, before the result). */
        void report(String message);

        boolean isCancelled();
    }

    /** A submitted task. */
    interface Task {
        /** From now on nothing of this task reaches the UI; if it has not started, it never runs. */
        void cancel();

        boolean isCancelled();
    }

    /** A store write, run after every write submitted before it; its result or failure comes to the UI thread. */
    <T> Task write(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed);

    /** A store write with nothing to hand back; {@code done} runs on the UI thread once it is committed. */
    default Task write(Action work, Runnable done, Consumer<Throwable> failed) {
        return write(() -> {
            work.run();
            return null;
        }, nothing -> done.run(), failed);
    }

    /** A store write whose only news is a failure. */
    default Task write(Action work, Consumer<Throwable> failed) {
        return write(work, () -> { }, failed);
    }

    /** Reads and longer work, beside the writes; progress, result or failure come to the UI thread. */
    <T> Task background(Work<T> work, Consumer<String> progress, Consumer<? super T> done, Consumer<Throwable> failed);

    default <T> Task background(Work<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        return background(work, message -> { }, done, failed);
    }

    /**
     * The window that shows this work's news is going: from now on nothing more reaches the UI thread. Work still
     * running finishes (writes are not lost), and a failure it ends in is logged instead of shown, so no message
     * pops up over whatever the user sees after the window closed.
     */
    void endDelivery();

    /** Finishes the writes already submitted, then takes no more (it waits: call it off the UI thread). */
    @Override
    void close();
}
