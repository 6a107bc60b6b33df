package org.rapport.ui.sessions;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

import org.rapport.app.workspace.SessionRow;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Tables;
import org.rapport.ui.common.Theme;

/** The rater's sessions: assignment, codebook and status (not started, in progress, complete). Double-click opens. */
public final class SessionListPanel extends JPanel {
    private final JTable table;
    private final Rows rows = new Rows();
    private final JLabel hint = new JLabel(" ");
    private List<SessionRow> data = List.of();

    public SessionListPanel(Consumer<SessionRow> open) {
        super(new BorderLayout());
        table = new JTable(rows);
        table.setName("sessions");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setShowHorizontalLines(true);
        Tables.plain(table);
        table.setRowHeight(36);
        table.putClientProperty("FlatLaf.style", "cellMargins: 0,12,0,12");
        Tables.padded(table, 14, (cell, t, sel, r, c) -> {
            cell.setFont(t.getFont().deriveFont(c == 0 ? java.awt.Font.BOLD : java.awt.Font.PLAIN));
            if (!sel) {
                cell.setForeground(t.getForeground());
                if (c == 5) cell.setForeground(statusColour(data.get(r).status(), data.get(r).assigned()));
                if (c == 3 || c == 4) cell.setForeground(Theme.muted());
            }
        });
        Tables.onDoubleClick(table, r -> open.accept(data.get(r)));
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open");
        table.getActionMap().put("open", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                int r = table.getSelectedRow();
                if (r >= 0) open.accept(data.get(r));
            }
        });
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, javax.swing.UIManager.getColor("Separator.foreground")));
        Theme.mute(hint);
        hint.setBorder(BorderFactory.createEmptyBorder(8, 16, 10, 16));
        add(scroll, BorderLayout.CENTER);
        add(hint, BorderLayout.SOUTH);
    }

    public void show(List<SessionRow> rows) {
        data = List.copyOf(rows);
        hint.setText(data.isEmpty() ? "No sessions yet. Import one from the command line: rapport import --help"
                : "Double-click a session (or press Enter) to open it.");
        this.rows.fireTableDataChanged();
        table.getColumnModel().getColumn(3).setMaxWidth(110);
        if (!data.isEmpty()) table.setRowSelectionInterval(0, 0);
    }

    public JTable table() {
        return table;
    }

    private static java.awt.Color statusColour(AssignmentStatus s, boolean assigned) {
        if (!assigned) return Theme.muted();
        return switch (s) {
            case COMPLETE -> new java.awt.Color(0x2f8a5c);
            case IN_PROGRESS -> new java.awt.Color(0xb07a1a);
            case NOT_STARTED -> Theme.muted();
        };
    }

    static String statusText(SessionRow r) {
        if (!r.assigned()) return "not assigned";
        return switch (r.status()) {
            case COMPLETE -> "\u2713 complete";
            case IN_PROGRESS -> "\u25d0 in progress";
            case NOT_STARTED -> "\u25cb not started";
        };
    }

    private final class Rows extends AbstractTableModel {
        private final String[] names = {"Session", "Client", "Therapist", "Length", "Codebook", "Status"};

        @Override
        public int getRowCount() {
            return data.size();
        }

        @Override
        public int getColumnCount() {
            return names.length;
        }

        @Override
        public String getColumnName(int c) {
            return names[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            SessionRow row = data.get(r);
            var s = row.summary().session();
            return switch (c) {
                case 0 -> s.name();
                case 1 -> s.clientId() == null ? "" : s.clientId();
                case 2 -> s.therapist() == null ? "" : s.therapist();
                case 3 -> row.summary().durationMs() == null ? "" : TimeCodes.clock(row.summary().durationMs());
                case 4 -> row.assigned() ? String.join(", ", row.codebookIds()) : "\u2014";
                default -> statusText(row);
            };
        }
    }
}
