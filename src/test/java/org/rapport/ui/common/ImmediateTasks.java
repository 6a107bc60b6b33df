package org.rapport.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@link Tasks} for tests: each task runs at once on the calling thread and its news is delivered there before the
 * call returns, so a test of a controller sees the store and the view in step without waiting.
 */
public final class ImmediateTasks implements Tasks {
    @Override
    public <T> Task write(Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        return background(progress -> work.call(), message -> { }, done, failed);
    }

    @Override
    public <T> Task background(Work<T> work, Consumer<String> progress, Consumer<? super T> done,
                               Consumer<Throwable> failed) {
        Finished task = new Finished(progress);
        T result;
        try {
            result = work.run(task);
        } catch (Throwable e) {
            failed.accept(e);
            return task;
        }
        done.accept(result);
        return task;
    }

    /** Nothing is ever left to deliver: each task has delivered before its call returned. */
    @Override
    public void endDelivery() {
    }

    @Override
    public void close() {
    }

    /** A task that has already run: progress goes straight to the listener; cancelling changes nothing. */
    private record Finished(Consumer<String> listener) implements Task, Progress {
        @Override
        public void report(String message) {
            listener.accept(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void cancel() {
        }
    }
}
