package org.rapport.ui.shell;

import java.awt.Component;
import java.lang.reflect.InvocationTargetException;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;

import org.rapport.app.identity.Secret;

/** Asks for a password or passphrase in a small modal dialog; nothing typed is kept once it is handed over. */
final class SecretPrompt {
    private SecretPrompt() {
    }

    /** Asks on the event thread; null when cancelled or left empty. */
    static char[] ask(Component owner, String title, String message) {
        JPasswordField field = new JPasswordField(22);
        field.setName("secret");
        JPanel panel = new JPanel();
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        JLabel label = new JLabel("<html>" + org.rapport.ui.common.Banner.escape(message) + "</html>");
        label.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        panel.add(label);
        panel.add(field);
        JOptionPane pane = new JOptionPane(panel, JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
        javax.swing.JDialog d = pane.createDialog(owner, title);
        d.setName("secret-dialog");
        d.addWindowFocusListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowGainedFocus(java.awt.event.WindowEvent e) {
                field.requestFocusInWindow();
            }
        });
        field.addActionListener(e -> pane.setValue(JOptionPane.OK_OPTION));
        d.setVisible(true);
        d.dispose();
        Object v = pane.getValue();
        char[] typed = field.getPassword();
        if (!(v instanceof Integer i) || i != JOptionPane.OK_OPTION || typed.length == 0) return null;
        return typed;
    }

    /** A secret asked for in a dialog when work off the event thread needs it (the work waits for the answer). */
    static Secret fromDialog(Component owner, String title) {
        return what -> {
            char[][] answer = new char[1][];
            Runnable ask = () -> answer[0] = ask(owner, title, "The " + what + ":");
            if (SwingUtilities.isEventDispatchThread()) {
                ask.run();
            } else {
                try {
                    SwingUtilities.invokeAndWait(ask);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return answer[0];
        };
    }
}
