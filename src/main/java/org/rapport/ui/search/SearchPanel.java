package org.rapport.ui.search;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Tables;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;

/**
 * Transcript search across the project: a query box, the lexicon list (click one to search it), results with the
 * words around them; double-click a result to open the session at that moment.
 */
public final class SearchPanel extends JPanel {
    private final SearchBackend backend;
    private final Tasks tasks;
    private Tasks.Task searching;
    private final JTextField query = new JTextField();
    private final JLabel summary = new JLabel(" ");
    private final Results results = new Results();
    private List<SearchBackend.Hit> hits = List.of();

    /** The lexicons are read and the searches run off the event thread, on {@code tasks}. */
    public SearchPanel(SearchBackend backend, Tasks tasks, Consumer<SearchBackend.Hit> open) {
        super(new BorderLayout());
        this.backend = backend;
        this.tasks = tasks;
        setName("search");
        query.setName("query");
        query.putClientProperty("JTextField.placeholderText", "Search all transcripts, e.g. \"i don't know\"");
        query.putClientProperty("JTextField.showClearButton", true);
        query.putClientProperty("JTextField.leadingIcon", new com.formdev.flatlaf.icons.FlatSearchIcon());
        query.addActionListener(e -> run());
        JButton go = new JButton("Search");
        go.addActionListener(e -> run());
        JPanel top = new JPanel(new BorderLayout(8, 6));
        top.setBorder(BorderFactory.createEmptyBorder(12, 16, 8, 16));
        top.add(query, BorderLayout.CENTER);
        top.add(go, BorderLayout.EAST);
        JLabel hint = new JLabel(backend.syntaxHint());
        Theme.mute(hint);
        JPanel below = new JPanel(new BorderLayout());
        below.add(hint, BorderLayout.WEST);
        below.add(summary, BorderLayout.EAST);
        top.add(below, BorderLayout.SOUTH);

        DefaultListModel<SearchBackend.Lexicon> lexModel = new DefaultListModel<>();
        JList<SearchBackend.Lexicon> lexicons = new JList<>(lexModel);
        lexicons.setName("lexicons");
        lexicons.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        lexicons.setCellRenderer((l, lex, i, sel, f) -> {
            JLabel lab = new JLabel("<html><b>" + Banner.escape(lex.name()) + "</b><br><span style='color:#888'>"
                    + Banner.escape(lex.description()) + "</span></html>");
            lab.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
            lab.setOpaque(true);
            lab.setBackground(sel ? l.getSelectionBackground() : l.getBackground());
            lab.setForeground(sel ? l.getSelectionForeground() : l.getForeground());
            return lab;
        });
        lexicons.addListSelectionListener(e -> {
            if (e.getValueIsAdjusting() || lexicons.getSelectedValue() == null) return;
            query.setText(lexicons.getSelectedValue().query());
            run();
        });
        JPanel lexPanel = new JPanel(new BorderLayout());
        JLabel lexTitle = new JLabel("Lexicons");
        lexTitle.putClientProperty("FlatLaf.styleClass", "h4");
        lexTitle.setBorder(BorderFactory.createEmptyBorder(8, 10, 6, 10));
        lexPanel.add(lexTitle, BorderLayout.NORTH);
        lexPanel.add(new JScrollPane(lexicons), BorderLayout.CENTER);
        lexPanel.setPreferredSize(new Dimension(260, 100));
        tasks.background(progress -> backend.lexicons(), found -> {
            found.forEach(lexModel::addElement);
            if (found.isEmpty()) lexTitle.setText("No lexicons yet");
        }, e -> lexTitle.setText("Lexicons could not be read: " + e.getMessage()));

        JTable table = new JTable(results) {
            @Override
            public String getToolTipText(java.awt.event.MouseEvent e) {
                int r = rowAtPoint(e.getPoint());
                return r >= 0 && r < hits.size() ? HitContext.tooltip(hits.get(r)) : null;
            }
        };
        table.setName("results");
        table.setRowHeight(34);
        Tables.plain(table);
        table.getColumnModel().getColumn(0).setPreferredWidth(140);
        table.getColumnModel().getColumn(0).setMaxWidth(200);
        Tables.timeColumn(table, 1, "0:00:00", 10);
        table.getColumnModel().getColumn(2).setMaxWidth(110);
        table.getColumnModel().getColumn(3).setPreferredWidth(600);
        Tables.padded(table, 10, null);
        Tables.onDoubleClick(table, r -> open.accept(hits.get(r)));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, lexPanel, new JScrollPane(table));
        split.setBorder(null);
        split.setDividerLocation(260);
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
    }

    private void run() {
        String q = query.getText().strip();
        if (q.isEmpty()) return;
        summary.setText("Searching\u2026");
        // a newer query replaces an older one still running: its hits would arrive late and overwrite these
        if (searching != null) searching.cancel();
        searching = tasks.background(progress -> backend.search(q, 500), found -> {
            hits = found;
            results.fireTableDataChanged();
            summary.setText(found.size() + (found.size() == 1 ? " hit" : " hits")
                    + (found.isEmpty() ? "" : " \u00b7 double-click to open the session there"));
        }, e -> summary.setText(e.getMessage()));
    }

    private final class Results extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return hits.size();
        }

        @Override
        public int getColumnCount() {
            return 4;
        }

        @Override
        public String getColumnName(int c) {
            return new String[] {"Session", "Time", "Speaker", "In context"}[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            SearchBackend.Hit h = hits.get(r);
            return switch (c) {
                case 0 -> h.sessionName();
                case 1 -> TimeCodes.clock(h.startMs());
                case 2 -> h.speaker();
                default -> HitContext.html(h, Theme.isDark());
            };
        }
    }
}
