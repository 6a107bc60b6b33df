package org.rapport.ui.session;

import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.IntConsumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.UIManager;

/**
 * One rating item's row of value buttons, reachable by keyboard: Tab (or Up/Down) moves between items, and while an
 * item has the focus the number keys give it that value instead of coding (a click on the transcript or the video
 * hands them back).
 */
final class RatingItem extends JPanel implements HotkeyDispatcher.OwnsNumberKeys {
    private final int min;
    private final int max;
    private final IntConsumer rate;

    RatingItem(int min, int max, IntConsumer rate) {
        super(new FlowLayout(FlowLayout.LEFT, 4, 2));
        this.min = min;
        this.max = max;
        this.rate = rate;
        setFocusable(true);
        showFocus(false);
        addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                showFocus(true);
                scrollRectToVisible(new java.awt.Rectangle(0, 0, getWidth(), getHeight()));
            }

            @Override
            public void focusLost(FocusEvent e) {
                showFocus(false);
            }
        });
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
            }
        });
        for (int v = 0; v <= 9; v++) {
            int value = v;
            bind(KeyStroke.getKeyStroke(KeyEvent.VK_0 + v, 0), "rate-" + v, () -> rateIfOnScale(value));
            bind(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + v, 0), "rate-" + v, () -> rateIfOnScale(value));
        }
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "next-item", this::transferFocus);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_UP, 0), "previous-item", this::transferFocusBackward);
    }

    private void bind(KeyStroke stroke, String name, Runnable action) {
        getInputMap(JComponent.WHEN_FOCUSED).put(stroke, name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private void rateIfOnScale(int value) {
        if (value >= min && value <= max) rate.accept(value);
        else getToolkit().beep();
    }

    private void showFocus(boolean focused) {
        Color c = focused ? UIManager.getColor("Component.focusColor") : null;
        setBorder(c == null ? BorderFactory.createEmptyBorder(2, 2, 2, 2) : BorderFactory.createLineBorder(c, 2, true));
    }
}
