package org.rapport.ui.session;

import java.awt.Component;
import java.util.Optional;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import org.rapport.model.coding.Coding;

/** Ctrl+E: the note on a coding, in a small form. */
final class NoteDialog {
    private NoteDialog() {
    }

    /** The note as typed, or empty when the coder cancelled. */
    static Optional<String> ask(Component owner, Coding k) {
        JTextArea area = new JTextArea(k.note() == null ? "" : k.note(), 5, 36);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        int ok = JOptionPane.showConfirmDialog(owner, new JScrollPane(area), "Note on coding",
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        return ok == JOptionPane.OK_OPTION ? Optional.of(area.getText()) : Optional.empty();
    }
}
