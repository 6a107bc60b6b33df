package org.rapport.ui.common;

import javax.swing.JButton;

/** The small flat buttons of the workspace's bars (transport, timeline zoom): never take the keyboard focus. */
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
}
