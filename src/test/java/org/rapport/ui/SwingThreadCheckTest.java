package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.swing.JLabel;
import javax.swing.SwingUtilities;

import org.assertj.swing.exception.EdtViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The repaint manager the GUI tests install: a Swing change off the event thread throws and is kept. */
class SwingThreadCheckTest {
    @AfterEach
    void forget() {
        SwingThreadCheck.reset();
        SwingThreadCheck.uninstall();
    }

    @Test
    void aChangeOffTheEventThreadIsRefusedAndKept() throws Exception {
        SwingThreadCheck.install();
        SwingThreadCheck.reset();
        JLabel[] made = new JLabel[1];
        SwingUtilities.invokeAndWait(() -> made[0] = new JLabel("before"));
        JLabel label = made[0];
        assertThrows(EdtViolationException.class, () -> label.setText("after"));
        assertEquals(1, SwingThreadCheck.violations().size());
    }

    @Test
    void theSameChangeOnTheEventThreadIsFine() throws Exception {
        SwingThreadCheck.install();
        SwingThreadCheck.reset();
        SwingUtilities.invokeAndWait(() -> new JLabel("before").setText("after"));
        assertEquals(0, SwingThreadCheck.violations().size());
    }
}
