package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridLayout;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.time.TimeCodes;

/** "Edit…" in the Codings tab: a coding's code, start, end and note in one form. */
final class EditCodingDialog {
    private EditCodingDialog() {
    }

    /**
     * The coding as the coder left the form, or empty when they cancelled.
     *
     * @param codebook the codebook in use the coding belongs to, or null when none is
     * @throws IllegalArgumentException when a time is not one, or the end is before the start
     */
    static Optional<Coding> ask(Component owner, Coding k, Codebook codebook) {
        JComboBox<String> code = new JComboBox<>();
        if (codebook != null) for (Code c : codebook.codes()) code.addItem(c.id());
        if (codebook == null || codebook.code(k.codeId()).isEmpty()) code.addItem(k.codeId());
        code.setSelectedItem(k.codeId());
        JTextField start = new JTextField(TimeCodes.clockTenths(k.startMs()), 10);
        JTextField end = new JTextField(TimeCodes.clockTenths(k.endMs()), 10);
        JTextArea note = new JTextArea(k.note() == null ? "" : k.note(), 4, 30);
        note.setLineWrap(true);
        JPanel form = new JPanel(new GridLayout(0, 1, 0, 4));
        form.add(new JLabel("Code"));
        form.add(code);
        form.add(new JLabel("Start (mm:ss.s)"));
        form.add(start);
        form.add(new JLabel("End (mm:ss.s)"));
        form.add(end);
        form.add(new JLabel("Note"));
        JPanel all = new JPanel(new BorderLayout(0, 4));
        all.add(form, BorderLayout.NORTH);
        all.add(new JScrollPane(note), BorderLayout.CENTER);
        int ok = JOptionPane.showConfirmDialog(owner, all, "Edit coding", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        if (ok != JOptionPane.OK_OPTION) return Optional.empty();
        return Optional.of(fromForm(k, (String) code.getSelectedItem(), start.getText(), end.getText(),
                note.getText()));
    }

    /**
     * The coding as the form's fields say. A time left as it was shown keeps its exact millisecond value: the form
     * shows tenths, and editing one end must not round the other.
     */
    static Coding fromForm(Coding k, String codeId, String startText, String endText, String note) {
        return k.edited(codeId, timeOrKept(startText, k.startMs()), timeOrKept(endText, k.endMs()), note);
    }

    private static long timeOrKept(String text, long shownMs) {
        return text.strip().equals(TimeCodes.clockTenths(shownMs)) ? shownMs : TimeCodes.parse(text.strip());
    }
}
