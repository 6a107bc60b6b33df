package org.rapport.ui.reliability;

import java.awt.BorderLayout;
import java.awt.Desktop;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;

import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.app.Project;
import org.rapport.app.reliability.ProjectAgreement;
import org.rapport.app.reliability.ProjectDisagreementList;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.rater.Rater;
import org.rapport.report.html.ReliabilityReport;
import org.rapport.report.table.ReliabilityTable;
import org.rapport.ui.common.FailureMessage;
import org.rapport.ui.common.ListTableModel;
import org.rapport.ui.common.Tables;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;

/**
 * The supervisor's Reliability view: choose a codebook, the alignment, raters and sessions; the agreement of every
 * code, group, item, subscale and total is computed in the background by the same services as
 * {@code agree --project} and shown as a table (degenerate values say why, without a band), which can be saved as
 * the HTML report or exported as CSV. Under it the disagreements behind the table ({@link DisagreementQueue}).
 */
public final class ReliabilityPanel extends JPanel {
    /** What was computed, for the table and the queue, with the request that made it. */
    record Computed(ProjectAgreementRequest request, ProjectAgreementResult result, ProjectDisagreementList.Result disagreements) {
    }

    /** The choices the view offers, read off the event thread when it is first shown. */
    record Choices(List<Codebook> codebooks, List<String> raters, List<String> sessions) {
    }

    private final Project project;
    private final Tasks tasks;
    private final JComboBox<String> codebook = new JComboBox<>();
    private final JComboBox<AlignmentMethod> method = new JComboBox<>(AlignmentMethod.values());
    private final DefaultListModel<String> raterModel = new DefaultListModel<>();
    private final JList<String> raters = new JList<>(raterModel);
    private final DefaultListModel<String> sessionModel = new DefaultListModel<>();
    private final JList<String> sessions = new JList<>(sessionModel);
    private final JButton compute = new JButton("Compute");
    private final JLabel status = new JLabel(" ");
    private final ListTableModel<ReliabilityTable.Row> resultModel = resultModel();
    private final JTable table = new JTable(resultModel);
    private final JButton saveReport = new JButton("Save HTML report\u2026");
    private final JButton openReport = new JButton("Open report");
    private final JButton exportCsv = new JButton("Export table (CSV)\u2026");
    private final DisagreementQueue queue;
    private Computed computed;
    private Tasks.Task running;
    private boolean loaded;

    public ReliabilityPanel(Project project, Rater supervisor, Tasks tasks, DisagreementQueue.Navigator navigator) {
        super(new BorderLayout());
        this.project = project;
        this.tasks = tasks;
        setName("reliability");
        queue = new DisagreementQueue(project, supervisor, tasks, navigator);
        add(controls(), BorderLayout.NORTH);
        Tables.plain(table);
        table.setName("reliability-table");
        table.setRowHeight(24);
        table.setAutoCreateRowSorter(true);
        Tables.padded(table, 6, (cell, t, selected, row, column) -> {
            ReliabilityTable.Row r = resultModel.row(t.convertRowIndexToModel(row));
            boolean muted = r.degenerate() || r.value() == null;
            if (!selected) cell.setForeground(muted ? Theme.muted() : javax.swing.UIManager.getColor("Table.foreground"));
            cell.setFont(cell.getFont().deriveFont(muted ? Font.ITALIC : Font.PLAIN));
            cell.setHorizontalAlignment(column >= 4 && column <= 6 ? JLabel.RIGHT : JLabel.LEFT);
        });
        Tables.columnWidths(table, 150, 200, 190, 80, 55, 95, 55, 360);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), queue);
        split.setResizeWeight(0.55);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        saveReport.addActionListener(e -> saveReport());
        openReport.addActionListener(e -> openReport());
        exportCsv.addActionListener(e -> exportCsv());
        compute.addActionListener(e -> compute());
        enableOutputs();
    }

    private JComponent controls() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(8, 12, 6, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 4, 2, 8);
        c.anchor = GridBagConstraints.NORTHWEST;
        codebook.setName("reliability-codebook");
        method.setName("reliability-method");
        method.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v == null ? "" : methodLabel((AlignmentMethod) v), i, s, f);
            }
        });
        raters.setName("reliability-raters");
        sessions.setName("reliability-sessions");
        for (JList<String> l : List.of(raters, sessions)) {
            l.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
            l.setVisibleRowCount(4);
        }
        compute.setName("reliability-compute");
        status.setName("reliability-status");
        Theme.mute(status);
        c.gridy = 0;
        p.add(new JLabel("Codebook"), c);
        p.add(codebook, c);
        p.add(new JLabel("Units"), c);
        p.add(method, c);
        p.add(new JLabel("Raters"), c);
        p.add(scroll(raters, 150), c);
        p.add(new JLabel("Sessions"), c);
        p.add(scroll(sessions, 200), c);
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        actions.add(compute);
        actions.add(saveReport);
        actions.add(openReport);
        actions.add(exportCsv);
        GridBagConstraints row2 = new GridBagConstraints();
        row2.gridy = 1;
        row2.gridx = 0;
        row2.gridwidth = GridBagConstraints.REMAINDER;
        row2.anchor = GridBagConstraints.WEST;
        row2.insets = new Insets(6, 0, 0, 0);
        JPanel bottom = new JPanel(new BorderLayout(12, 0));
        bottom.add(actions, BorderLayout.WEST);
        bottom.add(status, BorderLayout.CENTER);
        p.add(bottom, row2);
        JLabel hint = new JLabel("No rater or session chosen: all of them (consensus raters only when chosen).");
        Theme.mute(hint);
        GridBagConstraints row3 = (GridBagConstraints) row2.clone();
        row3.gridy = 2;
        row3.insets = new Insets(2, 4, 0, 0);
        p.add(hint, row3);
        JPanel wrap = new JPanel(new BorderLayout());
        wrap.add(p, BorderLayout.WEST);
        return wrap;
    }

    private static JScrollPane scroll(JList<String> l, int width) {
        JScrollPane s = new JScrollPane(l);
        s.setPreferredSize(new java.awt.Dimension(width, 78));
        return s;
    }

    static String methodLabel(AlignmentMethod m) {
        return switch (m) {
            case UTTERANCE -> "utterances";
            case TIME_SLICE -> "time slices (1 s)";
            case EVENT -> "event matching";
        };
    }

    /** Reads the codebooks, raters and sessions to choose from, the first time the view is shown. */
    @Override
    public void addNotify() {
        super.addNotify();
        if (loaded) return;
        loaded = true;
        Project p = project;
        tasks.background(progress -> new Choices(p.codebooks().current(),
                p.raters().list().stream().map(Rater::name).toList(),
                p.sessions().list().stream().map(s -> s.session().name()).toList()), this::choices, this::failed);
    }

    private void choices(Choices c) {
        codebook.removeAllItems();
        for (Codebook cb : c.codebooks()) if (!cb.codes().isEmpty() || !cb.scales().isEmpty()) codebook.addItem(cb.id());
        raterModel.clear();
        c.raters().forEach(raterModel::addElement);
        sessionModel.clear();
        c.sessions().forEach(sessionModel::addElement);
    }

    /** Computes the agreement and the disagreements of the chosen codebook, raters and sessions, in the background. */
    public void compute() {
        String cb = (String) codebook.getSelectedItem();
        if (cb == null) return;
        ProjectAgreementRequest request = ProjectAgreementRequest.of(cb).withMethod((AlignmentMethod) method.getSelectedItem())
                .withRaters(raters.getSelectedValuesList()).withSessions(sessions.getSelectedValuesList());
        if (running != null) running.cancel();
        compute.setEnabled(false);
        status.setText("Reading codings and ratings\u2026");
        Project p = project;
        running = tasks.background(progress -> {
            progress.report("Computing agreement of " + cb + " by " + methodLabel(request.method()) + " (with bootstrap intervals)\u2026");
            ProjectAgreementResult result = new ProjectAgreement(p).compute(request);
            progress.report("Listing the disagreements\u2026");
            return new Computed(request, result, new ProjectDisagreementList(p).find(request));
        }, status::setText, this::show, e -> {
            running = null;
            compute.setEnabled(true);
            status.setText(e.getMessage());
        });
    }

    private void show(Computed c) {
        running = null;
        computed = c;
        compute.setEnabled(true);
        List<ReliabilityTable.Row> rows = ReliabilityTable.rows(c.result());
        resultModel.set(rows);
        long degenerate = rows.stream().filter(ReliabilityTable.Row::degenerate).count();
        status.setText(c.result().codebookId() + " v" + c.result().codebookVersion() + ": " + rows.size() + " estimate(s)"
                + " of " + String.join(", ", c.result().raters()) + " over " + c.result().sessions().size() + " session(s), "
                + degenerate + " not interpretable, " + c.disagreements().rows().size() + " disagreement(s)");
        queue.show(c.request(), c.disagreements());
        enableOutputs();
    }

    private void enableOutputs() {
        boolean has = computed != null;
        saveReport.setEnabled(has);
        openReport.setEnabled(has);
        exportCsv.setEnabled(has);
    }

    private void saveReport() {
        Path file = chooseFile(computed.result().codebookId() + "-reliability.html");
        if (file == null) return;
        ProjectAgreementResult r = computed.result();
        ReliabilityReport.Review review = review();
        tasks.background(progress -> {
            ReliabilityReport.write(r, review, project.outputs().checked(org.rapport.transcript.Output.file(file)));
            return file;
        }, f -> status.setText("Report saved to " + f), this::failed);
    }

    private void openReport() {
        ProjectAgreementResult r = computed.result();
        ReliabilityReport.Review review = review();
        tasks.background(progress -> {
            Path file = Files.createTempFile("rapport-" + r.codebookId() + "-reliability-", ".html");
            ReliabilityReport.write(r, review, project.outputs().checked(org.rapport.transcript.Output.file(file)));
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(file.toUri());
            }
            return file;
        }, f -> status.setText("Report written to " + f + " and handed to the browser"), this::failed);
    }

    private ReliabilityReport.Review review() {
        return new ReliabilityReport.Review(project.folder(), computed.disagreements().rows().stream()
                .map(ProjectDisagreementList.Row::disagreement).toList());
    }

    private void exportCsv() {
        Path file = chooseFile(computed.result().codebookId() + "-reliability.csv");
        if (file == null) return;
        String csv = ReliabilityTable.csv(resultModel.rows());
        tasks.background(progress -> {
            project.outputs().checked(org.rapport.transcript.Output.file(file))
                    .write(stream -> stream.write(csv.getBytes(StandardCharsets.UTF_8)));
            return file;
        }, f -> status.setText("Table exported to " + f), this::failed);
    }

    private Path chooseFile(String suggested) {
        JFileChooser fc = new JFileChooser();
        fc.setSelectedFile(new File(suggested));
        return fc.showSaveDialog(this) == JFileChooser.APPROVE_OPTION ? fc.getSelectedFile().toPath() : null;
    }

    private void failed(Throwable e) {
        FailureMessage.show(this, "Reliability", e);
    }

    /** True once the codebooks, raters and sessions to choose from are read. */
    public boolean ready() {
        return codebook.getItemCount() > 0;
    }

    /** Chooses what to compute, as a user would in the controls (empty lists: all). */
    public void choose(String codebookId, AlignmentMethod m, List<String> raterNames, List<String> sessionNames) {
        codebook.setSelectedItem(codebookId);
        method.setSelectedItem(m);
        select(raters, raterNames);
        select(sessions, sessionNames);
    }

    private static void select(JList<String> list, List<String> values) {
        list.clearSelection();
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (values.contains(list.getModel().getElementAt(i))) list.addSelectionInterval(i, i);
        }
    }

    /** For tests: the rows shown, and the disagreement queue. */
    public List<ReliabilityTable.Row> rows() {
        return resultModel.rows();
    }

    public DisagreementQueue queue() {
        return queue;
    }

    public String status() {
        return status.getText();
    }

    /** The table: one row per estimate. */
    private static ListTableModel<ReliabilityTable.Row> resultModel() {
        return new ListTableModel<>(new String[] {"Section", "Code / item", "Statistic", "Raters", "Value", "95% CI",
                "n units", "Interpretation"}, (r, c) -> switch (c) {
                    case 0 -> r.section();
                    case 1 -> r.label() == null || r.label().equals(r.target()) ? r.target() : r.label() + " (" + r.target() + ")";
                    case 2 -> r.statistic();
                    case 3 -> r.raters();
                    case 4 -> r.value() == null ? "\u2013" : String.format(java.util.Locale.ROOT, "%.3f", r.value());
                    case 5 -> r.ciLow() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f to %.2f", r.ciLow(), r.ciHigh());
                    case 6 -> r.units();
                    default -> r.interpretation();
                });
    }
}
