package org.rapport.ui.common;

import java.awt.Component;
import java.awt.Cursor;
import java.util.function.Consumer;

/**
 * A wait cursor over a window while work it is waiting for runs; overlapping tasks are counted, so the cursor comes
 * back only when the last has delivered, failed or been cancelled. Used on the event thread.
 */
public final class Busy {
    private final Component window;
    private int running;

    public Busy(Component window) {
        this.window = window;
    }

    /** {@link Tasks#background(Tasks.Work, Consumer, Consumer)} with the wait cursor shown until it ends. */
    public <T> Tasks.Task background(Tasks tasks, Tasks.Work<T> work, Consumer<? super T> done,
                                     Consumer<Throwable> failed) {
        Runnable end = begin();
        Tasks.Task task = tasks.background(work, result -> {
            end.run();
            done.accept(result);
        }, e -> {
            end.run();
            failed.accept(e);
        });
        return new Tasks.Task() {
            @Override
            public void cancel() {
                task.cancel();
                end.run();
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    /** Shows the wait cursor; the returned action ends this one wait (running it twice counts once). */
    private Runnable begin() {
        if (running++ == 0) window.setCursor(Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR));
        boolean[] ended = {false};
        return () -> {
            if (ended[0]) return;
            ended[0] = true;
            if (--running == 0) window.setCursor(Cursor.getDefaultCursor());
        };
    }
}
