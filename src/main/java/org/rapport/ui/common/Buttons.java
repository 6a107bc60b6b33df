package org.rapport.ui.common;

import java.awt.event.KeyEvent;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/** The buttons of the workspace: the small flat ones of its bars (transport, timeline zoom) never take the focus. */
public final class Buttons {
    private Buttons() {
    }

    public static JButton toolBar(String text, String tip, Runnable action) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.setFocusable(false);
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.addActionListener(e -> action.run());
        return b;
    }

    /**
     * A button of the workspace reached from the keyboard: Tab gets to it (a mouse click does not move the focus, so
     * the workspace keys stay where they were), Space or Enter presses it, and Alt+{@code mnemonic} anywhere.
     */
    public static void keyboardReachable(AbstractButton b, int mnemonic) {
        b.setFocusable(true);
        b.setRequestFocusEnabled(false);
        b.setMnemonic(mnemonic);
        b.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "pressed");
        b.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0, true), "released");
    }
}
