package org.rapport.ui;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;

import org.rapport.ui.session.SessionView;
import org.rapport.ui.shell.MainWindow;
import org.rapport.ui.shell.RapportApp;

/** The real app opened on a test project as one rater, with helpers to wait on it. */
final class GuiFixture implements AutoCloseable {
    final MainWindow window;
    private final CountDownLatch exited = new CountDownLatch(1);

    private GuiFixture(Path project, String rater, org.rapport.report.html.ReviewLink at) {
        System.setProperty("rapport.rater", rater);
        System.setProperty("rapport.settings", testSettings());
        System.setProperty("rapport.audio", "dummy");
        window = RapportApp.launch(project, at, exited::countDown)[0];
    }

    /** The settings file of GUI tests in this JVM, under target/: never the user's own settings. */
    static String testSettings() {
        return Path.of("target", "test-settings", ProcessHandle.current().pid() + ".properties").toAbsolutePath()
                .toString();
    }

    /** The app opened as by {@code rapport open LINK}. */
    static GuiFixture openAt(org.rapport.report.html.ReviewLink at, String rater) throws Exception {
        GuiFixture f = new GuiFixture(at.project(), rater, at);
        f.waitFor(() -> f.window.project() != null && f.window.isShowing(), 60_000);
        return f;
    }

    static GuiFixture open(Path project, String rater) throws Exception {
        GuiFixture f = new GuiFixture(project, rater, null);
        f.waitFor(() -> f.window.project() != null && f.window.isShowing(), 60_000);
        return f;
    }

    /** The app started on a project without waiting for it to open (it may ask for a passphrase, or refuse). */
    static GuiFixture launch(Path project, String rater) {
        return new GuiFixture(project, rater, null);
    }

    /** Opens the first session of the project and waits until it is shown. */
    SessionView openFirstSession() throws Exception {
        long id = onEdt(window::project).sessions().list().get(0).session().id(); // the store, off the event thread
        SwingUtilities.invokeAndWait(() -> window.openSessionAt(id, 0));
        waitFor(() -> window.sessionView() != null && window.sessionView().isShowing(), 30_000);
        return onEdt(window::sessionView);
    }

    /**
     * Presses a key the way the keyboard does: real AWT key events (pressed, typed for a character, released) to the
     * focus owner of the window.
     */
    void press(int keyCode, char keyChar, int modifiers) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Component target = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            if (target == null) target = window.getRootPane();
            long now = System.currentTimeMillis();
            EventQueue queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
            queue.postEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, now, modifiers, keyCode, keyChar));
            if (keyChar != KeyEvent.CHAR_UNDEFINED && (modifiers & KeyEvent.CTRL_DOWN_MASK) == 0) {
                queue.postEvent(new KeyEvent(target, KeyEvent.KEY_TYPED, now, modifiers, KeyEvent.VK_UNDEFINED,
                        keyChar));
            }
            queue.postEvent(new KeyEvent(target, KeyEvent.KEY_RELEASED, now + 5, modifiers, keyCode, keyChar));
        });
    }

    /** Clicks a component at a point, as the mouse does: pressed, released, clicked. */
    void click(Component c, int x, int y) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            long now = System.currentTimeMillis();
            EventQueue queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
            for (int id : new int[] {MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED}) {
                queue.postEvent(new MouseEvent(c, id, now, InputEvent.BUTTON1_DOWN_MASK, x, y, 1, false,
                        MouseEvent.BUTTON1));
            }
        });
    }

    /** Double-clicks a component at a point: two presses and releases, the second click counted twice. */
    void doubleClick(Component c, int x, int y) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            long now = System.currentTimeMillis();
            EventQueue queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
            for (int count = 1; count <= 2; count++) {
                for (int id : new int[] {MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED}) {
                    queue.postEvent(new MouseEvent(c, id, now, InputEvent.BUTTON1_DOWN_MASK, x, y, count, false,
                            MouseEvent.BUTTON1));
                }
            }
        });
    }

    /**
     * Gives a component the keyboard focus, as a coder clicking into it does, and waits until it has it. Xvfb runs
     * no window manager, so now and then X has not given the window the focus when a test starts: then the window
     * is brought to the front and asked for it again, as a click on it would.
     */
    void focusOn(Component c) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (true) {
            onEdt(() -> {
                if (!window.isFocused()) {
                    window.toFront();
                    window.requestFocus();
                }
                return c.requestFocusInWindow();
            });
            long retryAt = System.currentTimeMillis() + 1_000;
            while (System.currentTimeMillis() < retryAt) {
                if (onEdt(() -> focusOwnerNow() == c)) return;
                Thread.sleep(20);
            }
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("the keyboard focus never reached " + c.getClass().getSimpleName()
                        + " " + c.getName() + "; it is on " + onEdt(GuiFixture::focusOwnerNow));
            }
        }
    }

    private static Component focusOwnerNow() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }

    /** The component that has the keyboard focus now. */
    Component focusOwner() throws Exception {
        return onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    <T> T onEdt(Callable<T> c) throws Exception {
        return Screenshots.onEdt(c);
    }

    void waitFor(Callable<Boolean> condition, long timeoutMs) throws Exception {
        Screenshots.waitFor(condition, timeoutMs);
    }

    @Override
    public void close() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            if (window.isDisplayable()) window.exit();
        });
        exited.await(10, TimeUnit.SECONDS);
        failIfAWindowIsLeft();
    }

    /**
     * After the app exited no window of it may still show: a dialog left open (a task's late failure, say) is modal
     * and would take the keyboard and mouse from every window the next tests open. It is closed, and this test fails.
     */
    private void failIfAWindowIsLeft() throws Exception {
        java.util.List<String> left = new java.util.ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (!w.isShowing() || (w != window && !ownedBy(w, window))) continue;
                left.add(w instanceof java.awt.Dialog d ? "dialog \"" + d.getTitle() + "\"" : w.getClass().getSimpleName());
                w.dispose();
            }
        });
        if (!left.isEmpty()) throw new AssertionError("still showing after the app exited: " + left);
    }

    private static boolean ownedBy(java.awt.Window w, java.awt.Window owner) {
        for (java.awt.Window o = w.getOwner(); o != null; o = o.getOwner()) {
            if (o == owner) return true;
        }
        return false;
    }
}
