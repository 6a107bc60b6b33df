package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Tables;
import org.rapport.ui.common.Theme;

/**
 * The session's codings as a list: select one to jump to it; edit (code, times, note), set its start or end to the
 * playhead, delete. Codings whose code was removed from the codebook are marked, never hidden.
 */
final class CodingsPanel extends JPanel {
    /** What the buttons do, implemented by the session view. */
    interface Actions {
        void edit(Coding k);

        void retimeStart(Coding k);

        void retimeEnd(Coding k);

        void delete(Coding k);
    }

    private final CodingModel model;
    private final List<Codebook> codebooks;
    private final Map<Long, String> raterNames;
    private final boolean showRater;
    private final JTable table;
    private final Rows rows = new Rows();
    private boolean syncing;

    CodingsPanel(CodingModel model, List<Codebook> codebooks, Map<Long, String> raterNames, boolean showRater,
                 Actions actions, Consumer<Coding> jump) {
        super(new BorderLayout());
        this.model = model;
        this.codebooks = codebooks;
        this.raterNames = raterNames;
        this.showRater = showRater;
        table = new JTable(rows);
        table.setName("codings");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setShowHorizontalLines(false);
        Tables.plain(table);
        // wide enough for h:mm:ss.t in sessions over an hour
        Tables.timeColumn(table, 0, "0:00:00.0", 8);
        Tables.timeColumn(table, 1, "0:00:00.0", 8);
        Tables.padded(table, 8, (cell, t, sel, r, c) -> {
            Coding k = model.all().get(r);
            if (!sel) cell.setForeground(model.isOwn(k) ? t.getForeground() : Theme.muted());
            if (c == 2 && model.refersToRemovedCode(k)) cell.setForeground(new java.awt.Color(0xc0504d));
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            if (syncing || e.getValueIsAdjusting()) return;
            int r = table.getSelectedRow();
            if (r >= 0) jump.accept(model.all().get(r));
        });
        Tables.onDoubleClick(table, r -> {
            Coding k = model.selected();
            if (k != null && model.isOwn(k)) actions.edit(k);
        });
        model.onChange(this::refresh);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
        buttons.add(button("Edit\u2026", "Change code, times or note", () -> withOwn(actions::edit)));
        buttons.add(button("Start = now", "Move the start of the selected coding to the playhead",
                () -> withOwn(actions::retimeStart)));
        buttons.add(button("End = now", "Move the end of the selected coding to the playhead",
                () -> withOwn(actions::retimeEnd)));
        buttons.add(button("Delete", "Delete the selected coding (Delete; undo with Ctrl+Z)",
                () -> withOwn(actions::delete)));
        JLabel hint = new JLabel("Only your own codings can be changed.");
        Theme.mute(hint);
        if (showRater) buttons.add(hint);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
    }

    private void withOwn(Consumer<Coding> a) {
        Coding k = model.selected();
        if (k != null && model.isOwn(k)) a.accept(k);
    }

    private static JButton button(String text, String tip, Runnable r) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.setFocusable(false);
        b.addActionListener(e -> r.run());
        return b;
    }

    private void refresh() {
        syncing = true;
        try {
            rows.fireTableDataChanged();
            Coding sel = model.selected();
            if (sel != null) {
                List<Coding> all = model.all();
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).id() == sel.id()) {
                        table.setRowSelectionInterval(i, i);
                        table.scrollRectToVisible(table.getCellRect(i, 0, true));
                        break;
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    String label(Coding k) {
        for (Codebook cb : codebooks) {
            if (cb.id().equals(k.codebookId())) {
                return cb.code(k.codeId()).map(Code::label).orElse(k.codeId() + " \u26a0 removed from codebook "
                        + cb.id() + " v" + cb.version());
            }
        }
        return k.codeId();
    }

    private final class Rows extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return model.all().size();
        }

        @Override
        public int getColumnCount() {
            return showRater ? 5 : 4;
        }

        @Override
        public String getColumnName(int c) {
            return switch (c) {
                case 0 -> "Start";
                case 1 -> "End";
                case 2 -> "Code";
                case 3 -> showRater ? "Rater" : "Note";
                default -> "Note";
            };
        }

        @Override
        public Object getValueAt(int r, int c) {
            Coding k = model.all().get(r);
            return switch (c) {
                case 0 -> TimeCodes.clockTenths(k.startMs());
                case 1 -> TimeCodes.clockTenths(k.endMs());
                case 2 -> label(k);
                case 3 -> showRater ? raterNames.getOrDefault(k.raterId(), "?") : nz(k.note());
                default -> nz(k.note());
            };
        }

        private String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
