package org.rapport.ui.keys;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.ui.common.Banner;

/** F1: every key of the workspace, with a way to change any of them (double-click a row, press the new key). */
public final class HelpDialog {
    private HelpDialog() {
    }

    public static void show(JFrame owner, Keys keys, List<Codebook> codebooks, Runnable keysChanged) {
        JDialog d = new JDialog(owner, "Keys", true);
        d.setName("help");
        List<String> ids = new ArrayList<>();
        DefaultTableModel rows = new DefaultTableModel(new Object[] {"Action", "Key"}, 0) {
            @Override
            public boolean isCellEditable(int r, int c) {
                return false;
            }
        };
        Runnable fill = () -> {
            rows.setRowCount(0);
            ids.clear();
            keys.all().forEach((a, s) -> {
                rows.addRow(new Object[] {a.label(), Keys.display(s)});
                ids.add(a.id());
            });
            for (Codebook cb : codebooks) {
                for (Code c : cb.codes()) {
                    rows.addRow(new Object[] {"Code: " + c.label(), Keys.display(keys.stroke(cb, c))});
                    ids.add(Keys.codeActionId(cb, c));
                }
            }
        };
        fill.run();
        JTable table = new JTable(rows);
        table.setShowHorizontalLines(false);
        table.setShowVerticalLines(false);
        table.getColumnModel().getColumn(1).setMaxWidth(170);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int r = table.getSelectedRow();
                if (e.getClickCount() == 2 && r >= 0) {
                    KeyStroke s = capture(d, (String) rows.getValueAt(r, 0));
                    if (s != null) {
                        keys.remap(ids.get(r), s);
                        fill.run();
                        keysChanged.run();
                    }
                }
            }
        });
        JLabel intro = new JLabel("<html>Keys work anywhere in the session window except while typing in a text field"
                + " (Esc or a click on the video or transcript hands them back). Double-click a row to change its key."
                + " A code key codes the current utterance; after I (and O) it codes the marked stretch.<br>"
                + "Alt+1 \u2026 Alt+4 show the tabs; on a rating form the number keys rate the framed item and"
                + " \u2191 / \u2193 move between items. Alt+S: \u2190 Sessions, Alt+M: Mark complete.</html>");
        intro.setBorder(BorderFactory.createEmptyBorder(12, 14, 10, 14));
        JButton reset = new JButton("Reset to defaults");
        reset.addActionListener(e -> {
            keys.resetAll();
            fill.run();
            keysChanged.run();
        });
        JButton close = new JButton("Close");
        close.addActionListener(e -> d.dispose());
        JPanel south = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 8));
        south.add(reset);
        south.add(close);
        d.getRootPane().registerKeyboardAction(e -> d.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JPanel.WHEN_IN_FOCUSED_WINDOW);
        d.getRootPane().registerKeyboardAction(e -> d.dispose(), KeyStroke.getKeyStroke("F1"),
                JPanel.WHEN_IN_FOCUSED_WINDOW);
        d.add(intro, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        d.add(scroll, BorderLayout.CENTER);
        d.add(south, BorderLayout.SOUTH);
        d.setSize(520, 620);
        d.setLocationRelativeTo(owner);
        d.setVisible(true);
    }

    private static KeyStroke capture(JDialog owner, String action) {
        JDialog d = new JDialog(owner, "New key", true);
        KeyStroke[] got = new KeyStroke[1];
        JLabel l = new JLabel("<html>Press the new key for <b>" + Banner.escape(action) + "</b> (Esc to cancel)</html>");
        l.setBorder(BorderFactory.createEmptyBorder(20, 20, 20, 20));
        l.setFocusable(true);
        l.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                int code = e.getKeyCode();
                if (code == KeyEvent.VK_SHIFT || code == KeyEvent.VK_CONTROL || code == KeyEvent.VK_ALT
                        || code == KeyEvent.VK_META) return;
                if (code != KeyEvent.VK_ESCAPE) got[0] = KeyStroke.getKeyStroke(code, e.getModifiersEx());
                d.dispose();
            }
        });
        d.add(l);
        d.pack();
        d.setLocationRelativeTo(owner);
        l.requestFocusInWindow();
        d.setVisible(true);
        return got[0];
    }
}
