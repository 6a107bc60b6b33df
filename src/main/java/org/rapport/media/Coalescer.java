package org.rapport.media;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs a task on another thread when signalled, at most one run at a time and at most one waiting: signals that
 * arrive while it runs make it run once more. The task reads the latest request itself, so holding a key down (a
 * signal per key repeat) never queues more than one run behind the one in progress.
 */
final class Coalescer {
    private final Consumer<Runnable> executor;
    private final Runnable task;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean dirty = new AtomicBoolean();

    Coalescer(Consumer<Runnable> executor, Runnable task) {
        this.executor = executor;
        this.task = task;
    }

    void signal() {
        dirty.set(true);
        if (scheduled.compareAndSet(false, true)) executor.accept(this::drain);
    }

    private void drain() {
        try {
            while (dirty.getAndSet(false)) task.run();
        } finally {
            scheduled.set(false);
            // a signal between the last check and the reset above would otherwise wait for the next one
            if (dirty.get() && scheduled.compareAndSet(false, true)) executor.accept(this::drain);
        }
    }
}
