package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.RepaintManager;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.exception.EdtViolationException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For GUI tests: AssertJ Swing's {@link FailOnThreadViolationRepaintManager} throws wherever a Swing component is
 * changed off the event thread. Such a call may come from one of the app's own threads (the store writer, a worker,
 * a libVLC thread), where the exception would end up in a log; so every violation is also kept, and fails the test
 * it happened in.
 */
public final class SwingThreadCheck implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {
    private static final Recording MANAGER = new Recording();
    private static RepaintManager previous;

    /** Installs the repaint manager (also in a process of its own, such as CodeThenWait). */
    public static synchronized void install() {
        RepaintManager current = RepaintManager.currentManager(null);
        if (current == MANAGER) return;
        previous = current;
        RepaintManager.setCurrentManager(MANAGER);
    }

    /** Puts the repaint manager back that was there before, so tests of other classes run as they would alone. */
    static synchronized void uninstall() {
        if (previous != null && RepaintManager.currentManager(null) == MANAGER) RepaintManager.setCurrentManager(previous);
        previous = null;
    }

    /** The violations seen so far, each with the stack of the call that broke the rule. */
    public static List<EdtViolationException> violations() {
        return List.copyOf(MANAGER.violations);
    }

    /** Forgets the violations seen so far. */
    static void reset() {
        MANAGER.violations.clear();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        install();
        reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<EdtViolationException> seen = violations();
        if (!seen.isEmpty()) fail(seen.size() + " Swing call(s) off the event thread; the first:\n" + stack(seen.get(0)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        uninstall();
    }

    static String stack(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static final class Recording extends FailOnThreadViolationRepaintManager {
        private final List<EdtViolationException> violations = new CopyOnWriteArrayList<>();

        @Override
        public void addInvalidComponent(JComponent component) {
            try {
                super.addInvalidComponent(component);
            } catch (EdtViolationException e) {
                violations.add(e);
                throw e;
            }
        }

        @Override
        public void addDirtyRegion(JComponent component, int x, int y, int w, int h) {
            try {
                super.addDirtyRegion(component, x, y, w, h);
            } catch (EdtViolationException e) {
                violations.add(e);
                throw e;
            }
        }
    }
}
