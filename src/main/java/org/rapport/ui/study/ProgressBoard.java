package org.rapport.ui.study;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;

import org.rapport.app.Project;
import org.rapport.app.study.StudyService;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.ui.common.Tables;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;

/**
 * The study's progress board: one row per session, one column per rater, each cell how far that rater is (not
 * started, in progress, complete, with the codebooks and the counts of codings and ratings; blank when not assigned).
 * Select cells and assign or unassign them with a codebook. Read and written through {@link StudyService}.
 */
public final class ProgressBoard extends JPanel {
    private final Project project;
    private final Tasks tasks;
    private final BoardModel model = new BoardModel();
    private final JTable table = new JTable(model);
    private final JComboBox<String> codebook = new JComboBox<>();
    private final JLabel status = new JLabel(" ");
    private boolean loaded;

    public ProgressBoard(Project project, Tasks tasks) {
        super(new BorderLayout());
        this.project = project;
        this.tasks = tasks;
        setName("progress-board");
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 8, 0, 8));
        codebook.setName("board-codebook");
        bar.add(new JLabel("Codebook"));
        bar.add(codebook);
        JButton assign = new JButton("Assign selected");
        assign.setName("board-assign");
        assign.addActionListener(e -> change(true));
        JButton unassign = new JButton("Unassign selected");
        unassign.setName("board-unassign");
        unassign.addActionListener(e -> change(false));
        JButton reopen = new JButton("Reopen selected");
        reopen.setName("board-reopen");
        reopen.setToolTipText("Let the rater change their work in a session they marked complete (supervisors)");
        reopen.addActionListener(e -> reopenSelected());
        JButton importFolder = new JButton("Import folder\u2026");
        importFolder.setName("board-import");
        importFolder.addActionListener(e -> chooseFolder());
        bar.add(importFolder);
        JButton refresh = new JButton("Refresh");
        refresh.addActionListener(e -> refresh());
        bar.add(assign);
        bar.add(unassign);
        bar.add(reopen);
        bar.add(refresh);
        Theme.mute(status);
        status.setName("board-status");
        bar.add(status);
        add(bar, BorderLayout.NORTH);
        Tables.plain(table);
        table.setName("board-table");
        table.setRowHeight(40);
        table.setCellSelectionEnabled(true);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.getTableHeader().setReorderingAllowed(false);
        Tables.padded(table, 6, (cell, t, selected, row, column) -> {
            if (column == 0) {
                if (!selected) cell.setForeground(javax.swing.UIManager.getColor("Table.foreground"));
                return;
            }
            // status on the first line, codebooks and counts under it
            String text = cell.getText();
            int cut = text.indexOf(" \u00b7 ");
            if (cut > 0) {
                cell.setText("<html>" + org.rapport.ui.common.Banner.escape(text.substring(0, cut)) + "<br><small>"
                        + org.rapport.ui.common.Banner.escape(text.substring(cut + 3)) + "</small></html>");
            }
            if (selected) return;
            StudyService.Cell c = model.cell(row, column);
            cell.setForeground(c.status() == null ? Theme.muted() : switch (c.status()) {
                case COMPLETE -> new java.awt.Color(0x2e7d32);
                case IN_PROGRESS -> new java.awt.Color(0xb26a00);
                case NOT_STARTED -> javax.swing.UIManager.getColor("Table.foreground");
            });
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (loaded) return;
        loaded = true;
        Project p = project;
        tasks.background(progress -> p.codebooks().current(), cbs -> {
            for (Codebook cb : cbs) codebook.addItem(cb.id());
        }, e -> status.setText(e.getMessage()));
        refresh();
    }

    public void refresh() {
        refresh(null);
    }

    /** Reads the board again; {@code news} (if any) then replaces the counts in the status line. */
    private void refresh(String news) {
        Project p = project;
        tasks.background(progress -> p.study().board(), board -> {
            model.set(board);
            long done = 0;
            long assigned = 0;
            for (Session s : board.sessions()) {
                for (Rater r : board.raters()) {
                    StudyService.Cell c = board.cell(s.id(), r.id());
                    if (c.status() != null) assigned++;
                    if (c.status() == AssignmentStatus.COMPLETE) done++;
                }
            }
            status.setText(news != null ? news
                    : board.sessions().size() + " session(s), " + assigned + " assignment(s), " + done + " complete");
        }, e -> status.setText(e.getMessage()));
    }

    /** A selected cell of the board: a session and a rater. */
    private record SelectedCell(long sessionId, Rater rater) {
    }

    /** Work on the selected cells with the chosen codebook, done by the store's writer; returns the status line. */
    @FunctionalInterface
    private interface CellWork {
        String run(Project p, List<SelectedCell> cells, String codebookId);
    }

    /** Runs {@code work} on the selected cells, then shows the board again with what it says. */
    private void onSelectedCells(CellWork work) {
        String cb = (String) codebook.getSelectedItem();
        if (cb == null || model.board == null) return;
        List<SelectedCell> picked = new ArrayList<>();
        for (int row : table.getSelectedRows()) {
            for (int col : table.getSelectedColumns()) {
                if (col > 0) picked.add(new SelectedCell(model.board.sessions().get(row).id(),
                        model.board.raters().get(col - 1)));
            }
        }
        if (picked.isEmpty()) {
            status.setText("Select cells (session \u00d7 rater) first.");
            return;
        }
        Project p = project;
        tasks.write(() -> work.run(p, picked, cb), (String news) -> refresh(news), e -> status.setText(e.getMessage()));
    }

    /**
     * Reopens the selected complete cells for the chosen codebook, so their raters may change their work again;
     * cells not complete are left as they are and counted. Only a supervisor may (the service says so otherwise).
     */
    public void reopenSelected() {
        onSelectedCells((p, cells, cb) -> {
            int reopened = 0;
            for (SelectedCell c : cells) {
                boolean complete = p.codings().assignments(c.rater(), c.sessionId()).stream()
                        .anyMatch(a -> a.codebookId().equals(cb) && a.status() == AssignmentStatus.COMPLETE);
                if (complete) {
                    p.codings().reopen(c.sessionId(), c.rater(), cb);
                    reopened++;
                }
            }
            return "reopened " + reopened + " with " + cb + (reopened == cells.size() ? ""
                    : "; not complete, left as they were: " + (cells.size() - reopened));
        });
    }

    /** Assigns or unassigns the selected cells (session × rater) with the chosen codebook. */
    void change(boolean assign) {
        onSelectedCells((p, cells, cb) -> {
            int n = 0;
            for (SelectedCell c : cells) {
                n += assign ? p.study().assign(List.of(c.sessionId()), c.rater(), cb)
                        : p.study().unassign(List.of(c.sessionId()), c.rater(), cb);
            }
            return (assign ? "assigned " : "unassigned ") + n + " with " + cb;
        });
    }

    private void chooseFolder() {
        javax.swing.JFileChooser fc = new javax.swing.JFileChooser();
        fc.setFileSelectionMode(javax.swing.JFileChooser.DIRECTORIES_ONLY);
        fc.setDialogTitle("Import every session in a folder (transcripts with their recordings)");
        if (fc.showOpenDialog(this) == javax.swing.JFileChooser.APPROVE_OPTION) importFolder(fc.getSelectedFile().toPath());
    }

    /**
     * Imports a folder of sessions in the background, saying which file it is at; every transcript is checked before
     * the first is imported, so a bad one leaves the project unchanged.
     */
    public void importFolder(java.nio.file.Path folder) {
        Project p = project;
        tasks.background(progress -> {
            var planned = p.folderImport().plan(folder, progress::report);
            return p.folderImport().run(planned, progress::report);
        }, status::setText, results -> {
            List<String> warnings = new ArrayList<>();
            results.forEach(r -> warnings.addAll(r.warnings()));
            refresh("imported " + results.size() + " session(s) from " + folder.getFileName()
                    + (warnings.isEmpty() ? "" : "; " + String.join("; ", warnings)));
        }, e -> status.setText(e.getMessage()));
    }

    public String status() {
        return status.getText();
    }

    /** For tests: the text of a cell (row = session, column 1.. = rater). */
    public String cellText(int row, int column) {
        return String.valueOf(model.getValueAt(row, column));
    }

    public void select(int row, int column, String codebookId) {
        codebook.setSelectedItem(codebookId);
        table.changeSelection(row, column, false, false);
    }

    public void assignSelected() {
        change(true);
    }

    public void unassignSelected() {
        change(false);
    }

    public int rows() {
        return model.getRowCount();
    }

    private static final class BoardModel extends AbstractTableModel {
        StudyService.Board board;

        void set(StudyService.Board b) {
            board = b;
            fireTableStructureChanged();
        }

        StudyService.Cell cell(int row, int column) {
            return board.cell(board.sessions().get(row).id(), board.raters().get(column - 1).id());
        }

        @Override
        public int getRowCount() {
            return board == null ? 0 : board.sessions().size();
        }

        @Override
        public int getColumnCount() {
            return board == null ? 1 : 1 + board.raters().size();
        }

        @Override
        public String getColumnName(int c) {
            if (c == 0) return "Session";
            Rater r = board.raters().get(c - 1);
            return r.name() + " (" + r.role().key() + ")";
        }

        @Override
        public Object getValueAt(int row, int column) {
            if (column == 0) return board.sessions().get(row).name();
            StudyService.Cell c = cell(row, column);
            String counts = c.codings() + " coding" + (c.codings() == 1 ? "" : "s")
                    + (c.ratings() > 0 ? ", " + c.ratings() + " rating" + (c.ratings() == 1 ? "" : "s") : "");
            if (c.status() == null) return c.codings() + c.ratings() == 0 ? "" : "not assigned \u00b7 " + counts;
            String mark = switch (c.status()) {
                case COMPLETE -> "\u2713 complete";
                case IN_PROGRESS -> "\u25d0 in progress";
                case NOT_STARTED -> "\u25cb not started";
            };
            return mark + " \u00b7 " + String.join(", ", c.assigned()) + " \u00b7 " + counts;
        }
    }
}
