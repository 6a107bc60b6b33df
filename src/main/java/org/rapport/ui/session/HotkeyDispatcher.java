package org.rapport.ui.session;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * Workspace keys work wherever focus is in the window (transcript, timeline, buttons), except while typing in a
 * text field. They are taken before components see them, so a list's own arrow keys or type-ahead never steal them.
 */
final class HotkeyDispatcher implements KeyEventDispatcher {
    /** A component that, while it has the focus, takes the number keys (and Up/Down) itself: a rating item. */
    interface OwnsNumberKeys {
    }


    private final Window window;
    private final Map<KeyStroke, Runnable> actions = new HashMap<>();
    private boolean swallowTyped;

    HotkeyDispatcher(Window window) {
        this.window = window;
    }

    /** Binds a key unless it is taken: workspace keys are bound first, then codes in codebook order. */
    void bind(KeyStroke stroke, Runnable action) {
        if (stroke != null) actions.putIfAbsent(stroke, action);
    }

    void clear() {
        actions.clear();
    }

    void install() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(this);
    }

    void uninstall() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(this);
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_TYPED) {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
                return true;
            }
            return false;
        }
        if (e.getID() != KeyEvent.KEY_PRESSED) return false;
        if (SwingUtilities.getWindowAncestor(e.getComponent()) != window && e.getComponent() != window) return false;
        boolean functionKey = e.getKeyCode() >= KeyEvent.VK_F1 && e.getKeyCode() <= KeyEvent.VK_F12;
        if (!functionKey && e.getComponent() instanceof JTextComponent t && t.isEditable()) return false;
        if (e.getComponent() instanceof OwnsNumberKeys && e.getModifiersEx() == 0 && ownKey(e.getKeyCode())) {
            return false;
        }
        // a button reached with Tab is pressed with Space or Enter (a click never gives buttons the focus)
        if (e.getComponent() instanceof AbstractButton && e.getModifiersEx() == 0
                && (e.getKeyCode() == KeyEvent.VK_SPACE || e.getKeyCode() == KeyEvent.VK_ENTER)) {
            return false;
        }
        Runnable action = actions.get(KeyStroke.getKeyStrokeForEvent(e));
        if (action == null) return false;
        swallowTyped = e.getKeyChar() != KeyEvent.CHAR_UNDEFINED;
        e.consume();
        action.run();
        return true;
    }

    private static boolean ownKey(int code) {
        return (code >= KeyEvent.VK_0 && code <= KeyEvent.VK_9) || (code >= KeyEvent.VK_NUMPAD0
                && code <= KeyEvent.VK_NUMPAD9) || code == KeyEvent.VK_UP || code == KeyEvent.VK_DOWN;
    }
}
