package org.rapport.ui.common;

import java.awt.Component;
import javax.swing.JOptionPane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background task's failure told to the user, over the panel that started the task. A panel that is no longer
 * shown (its project was closed or another was opened while the task ran) gets no dialog: a modal message about a
 * project the user has left would block the window they now work in. The failure is logged instead.
 */
public final class FailureMessage {
    private static final Logger LOG = LoggerFactory.getLogger(FailureMessage.class);

    private FailureMessage() {
    }

    public static void show(Component over, String title, Throwable e) {
        if (!over.isDisplayable()) {
            LOG.warn("{}: failed after its panel closed: {}", title, e.getMessage(), e);
            return;
        }
        JOptionPane.showMessageDialog(over, e.getMessage(), title, JOptionPane.WARNING_MESSAGE);
    }
}
