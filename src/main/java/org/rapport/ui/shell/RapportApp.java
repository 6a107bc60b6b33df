package org.rapport.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;

import org.rapport.media.VlcRuntime;
import org.rapport.report.html.ReviewLink;
import org.rapport.ui.common.Prefs;
import org.rapport.ui.common.Theme;

/**
 * Starts the desktop app in order: theme, window (visible at once), then libVLC and the project off the event
 * thread. {@link #run} returns when the window is closed.
 */
public final class RapportApp {
    private RapportApp() {
    }

    /** Opens the app (on a project, or the last/demo project when null) and waits until it is closed. */
    public static void run(Path project) throws InterruptedException {
        run(project, null);
    }

    /** Opens the app and, once a rater is chosen, the moment {@code at} (null: none); waits until it is closed. */
    public static void run(Path project, ReviewLink at) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        launch(project, at, closed::countDown);
        closed.await();
    }

    /** Opens the app with the server dialog filled in with {@code uri}, and waits until it is closed. */
    public static void runOnServer(String uri) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        launch(w -> w.startOnServer(uri), null, closed::countDown);
        closed.await();
    }

    /** Opens the app without waiting; {@code onExit} runs after everything is released. */
    public static MainWindow[] launch(Path project, Runnable onExit) {
        return launch(project, null, onExit);
    }

    /** Opens the app at a moment ({@code at}, or null) without waiting. */
    public static MainWindow[] launch(Path project, ReviewLink at, Runnable onExit) {
        return launch(w -> w.start(project), at, onExit);
    }

    private static MainWindow[] launch(java.util.function.Consumer<MainWindow> start, ReviewLink at, Runnable onExit) {
        MainWindow[] window = new MainWindow[1];
        Prefs prefs = Prefs.user();
        boolean dark = prefs.dark(); // the first read loads the preferences file: here, not on the event thread
        // libVLC discovery and factory creation take 15–150 ms: start it while the window is being built
        java.util.concurrent.CompletableFuture<Optional<VlcRuntime>> vlc =
                java.util.concurrent.CompletableFuture.supplyAsync(VlcRuntime::discover);
        try {
            SwingUtilities.invokeAndWait(() -> {
                Theme.install(dark);
                window[0] = new MainWindow(prefs, vlc, onExit);
                window[0].setVisible(true);
                window[0].openWhenReady(at);
                start.accept(window[0]);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("the desktop app failed to start", e.getCause());
        }
        return window;
    }
}
