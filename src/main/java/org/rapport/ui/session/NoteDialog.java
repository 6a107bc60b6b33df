package org.rapport.ui.session;

import java.awt.Component;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import org.rapport.model.coding.Coding;

/** Ctrl+E: the note on a coding, in a small form that opens ready for typing. */
final class NoteDialog {
    private NoteDialog() {
    }

    /** The note as typed, or empty when the coder cancelled. */
    static Optional<String> ask(Component owner, Coding k) {
        JTextArea area = new JTextArea(k.note() == null ? "" : k.note(), 5, 36);
        area.setName("note");
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        JOptionPane pane = new JOptionPane(new JScrollPane(area), JOptionPane.PLAIN_MESSAGE,
                JOptionPane.OK_CANCEL_OPTION);
        JDialog dialog = pane.createDialog(owner, "Note on coding");
        // the option pane focuses its OK button when the dialog gets the focus; the coder opened it to type
        dialog.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                area.requestFocusInWindow();
            }
        });
        dialog.setVisible(true);
        dialog.dispose();
        return Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue()) ? Optional.of(area.getText())
                : Optional.empty();
    }
}
