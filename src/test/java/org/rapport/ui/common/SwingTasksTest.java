package org.rapport.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The app's task runner: work off the event thread, its news on it, writes in order, cancelling stops delivery. */
class SwingTasksTest {
    private final SwingTasks tasks = new SwingTasks();

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void workRunsOffTheEventThreadAndItsResultArrivesOnIt() throws Exception {
        CompletableFuture<Boolean> workOnEdt = new CompletableFuture<>();
        CompletableFuture<Boolean> resultOnEdt = new CompletableFuture<>();
        CompletableFuture<Integer> result = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> tasks.background(progress -> {
            workOnEdt.complete(SwingUtilities.isEventDispatchThread());
            return 42;
        }, r -> {
            resultOnEdt.complete(SwingUtilities.isEventDispatchThread());
            result.complete(r);
        }, e -> { }));
        assertFalse(workOnEdt.get(5, TimeUnit.SECONDS));
        assertTrue(resultOnEdt.get(5, TimeUnit.SECONDS));
        assertEquals(42, result.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailureArrivesOnTheEventThreadAsItWasThrown() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<Boolean> onEdt = new CompletableFuture<>();
        tasks.write(() -> {
            throw new IllegalStateException("disk full");
        }, nothing -> { }, e -> {
            onEdt.complete(SwingUtilities.isEventDispatchThread());
            failure.complete(e);
        });
        Throwable e = failure.get(5, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, e);
        assertEquals("disk full", e.getMessage());
        assertTrue(onEdt.get());
    }

    @Test
    void progressArrivesOnTheEventThreadInOrderAndBeforeTheResult() throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean allOnEdt = new AtomicBoolean(true);
        CountDownLatch finished = new CountDownLatch(1);
        tasks.background(progress -> {
            for (int i = 1; i <= 3; i++) progress.report("step " + i);
            return "done";
        }, message -> {
            allOnEdt.compareAndSet(true, SwingUtilities.isEventDispatchThread());
            seen.add(message);
        }, r -> {
            allOnEdt.compareAndSet(true, SwingUtilities.isEventDispatchThread());
            seen.add(r);
            finished.countDown();
        }, e -> { });
        assertTrue(finished.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("step 1", "step 2", "step 3", "done"), seen);
        assertTrue(allOnEdt.get());
    }

    @Test
    void writesRunOneAtATimeInTheOrderTheyWereMade() throws Exception {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(40);
        for (int i = 0; i < 40; i++) {
            int n = i;
            tasks.write(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(1);
                order.add(n);
                running.decrementAndGet();
                return n;
            }, r -> all.countDown(), e -> { });
        }
        assertTrue(all.await(10, TimeUnit.SECONDS));
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) expected.add(i);
        assertEquals(expected, order);
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void aCancelledTaskThatHasNotStartedNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        tasks.write(() -> release.await(5, TimeUnit.SECONDS), r -> { }, e -> { });
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean delivered = new AtomicBoolean();
        Tasks.Task queued = tasks.write(() -> ran.getAndSet(true), r -> delivered.set(true), e -> delivered.set(true));
        queued.cancel();
        release.countDown();
        CountDownLatch after = new CountDownLatch(1);
        tasks.write(() -> true, r -> after.countDown(), e -> { });
        assertTrue(after.await(5, TimeUnit.SECONDS));
        assertTrue(queued.isCancelled());
        assertFalse(ran.get(), "never started");
        assertFalse(delivered.get(), "nothing delivered");
    }

    @Test
    void cancelledWorkCanStopEarlyAndDeliversNeitherResultNorFailure() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> sawCancel = new CompletableFuture<>();
        AtomicBoolean delivered = new AtomicBoolean();
        Tasks.Task task = tasks.background(progress -> {
            started.countDown();
            long until = System.currentTimeMillis() + 5_000;
            while (!progress.isCancelled() && System.currentTimeMillis() < until) Thread.sleep(5);
            sawCancel.complete(progress.isCancelled());
            progress.report("too late");
            throw new IllegalStateException("stopped");
        }, message -> delivered.set(true), r -> delivered.set(true), e -> delivered.set(true));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        SwingUtilities.invokeAndWait(task::cancel);
        assertTrue(sawCancel.get(5, TimeUnit.SECONDS), "the work saw the cancel");
        SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(50);
        SwingUtilities.invokeAndWait(() -> { });
        assertFalse(delivered.get());
    }

    /** The window is going while work still runs: its failure (the project closed under it) shows nothing. */
    @Test
    void afterDeliveryEndsWorkStillFinishesButNothingReachesTheEventThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean delivered = new AtomicBoolean();
        AtomicBoolean written = new AtomicBoolean();
        tasks.background(progress -> {
            release.await(5, TimeUnit.SECONDS);
            throw new IllegalStateException("the project is closed");
        }, r -> delivered.set(true), e -> delivered.set(true));
        tasks.write(() -> {
            release.await(5, TimeUnit.SECONDS);
            written.set(true);
            return 1;
        }, r -> delivered.set(true), e -> delivered.set(true));
        SwingUtilities.invokeAndWait(tasks::endDelivery);
        release.countDown();
        tasks.close();
        assertTrue(written.get(), "the write still ran to the end");
        Thread.sleep(50);
        SwingUtilities.invokeAndWait(() -> { });
        assertFalse(delivered.get(), "neither the failure nor the result reached the event thread");
    }

    @Test
    void closingFinishesTheWritesAlreadySubmittedThenRefusesMore() throws Exception {
        AtomicInteger written = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            tasks.write(() -> {
                Thread.sleep(20);
                return written.incrementAndGet();
            }, r -> { }, e -> { });
        }
        tasks.close();
        assertEquals(5, written.get(), "every write submitted before close ran");
        CompletableFuture<Throwable> refused = new CompletableFuture<>();
        tasks.write(() -> 1, r -> { }, refused::complete);
        assertTrue(refused.get(5, TimeUnit.SECONDS).getMessage().contains("closing"));
    }
}
