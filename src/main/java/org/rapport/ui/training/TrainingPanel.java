package org.rapport.ui.training;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;

import org.jfree.chart.ChartPanel;
import org.rapport.app.Project;
import org.rapport.app.training.Certification;
import org.rapport.app.training.Drift;
import org.rapport.app.training.TrainingReports;
import org.rapport.app.training.TrainingService;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.rater.Rater;
import org.rapport.report.html.TrainingPages;
import org.rapport.transcript.Output;
import org.rapport.ui.common.FailureMessage;
import org.rapport.ui.common.ListTableModel;
import org.rapport.ui.common.Tables;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;

/**
 * The supervisor's Training view (decision 0015): for a codebook with a criterion, a rater's gold sessions in
 * completion order with their agreement, pass or fail and the run, the certification chart with the criterion line,
 * and every rater's drift chart with the control limit; the certificate can be saved for print. Staff only, like
 * the services behind it.
 */
public final class TrainingPanel extends JPanel {
    private final Project project;
    private final Tasks tasks;
    private final JComboBox<String> codebook = new JComboBox<>();
    private final JComboBox<String> rater = new JComboBox<>();
    private final JComboBox<String> binning = new JComboBox<>(new String[] {"by month", "by 5 sessions"});
    private final JLabel verdict = new JLabel(" ");
    private final JLabel criterion = new JLabel(" ");
    private final JLabel driftNote = new JLabel(" ");
    private final ListTableModel<Certification.GoldResult> gold = goldModel();
    private final JTable table = new JTable(gold);
    private final ChartPanel certificationChart = new ChartPanel(null);
    private final ChartPanel driftChart = new ChartPanel(null);
    private final JButton saveCertificate = new JButton("Save certificate\u2026");
    private Certification shown;
    private boolean loaded;

    public TrainingPanel(Project project, Tasks tasks) {
        super(new BorderLayout());
        this.project = project;
        this.tasks = tasks;
        setName("training-panel");
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 6));
        bar.setBorder(BorderFactory.createEmptyBorder(4, 8, 0, 8));
        codebook.setName("training-codebook");
        rater.setName("training-rater");
        binning.setName("training-binning");
        saveCertificate.setName("training-certificate");
        bar.add(new JLabel("Codebook"));
        bar.add(codebook);
        bar.add(new JLabel("Rater"));
        bar.add(rater);
        bar.add(saveCertificate);
        bar.add(new JLabel("   Drift"));
        bar.add(binning);
        JButton refresh = new JButton("Refresh");
        bar.add(refresh);
        add(bar, BorderLayout.NORTH);

        verdict.setName("training-verdict");
        verdict.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        verdict.setFont(verdict.getFont().deriveFont(java.awt.Font.BOLD));
        driftNote.setName("training-drift-note");
        driftNote.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        driftNote.setForeground(Theme.muted());
        Tables.plain(table);
        table.setName("training-table");
        Tables.columnWidths(table, 28, 110, 80, 90, 60, 160, 40, 80);
        certificationChart.setName("training-certification-chart");
        driftChart.setName("training-drift-chart");
        certificationChart.setPreferredSize(new Dimension(560, 300));
        driftChart.setPreferredSize(new Dimension(560, 300));

        criterion.setName("training-criterion");
        criterion.setBorder(BorderFactory.createEmptyBorder(0, 8, 4, 8));
        criterion.setForeground(Theme.muted());
        JPanel heading = new JPanel(new BorderLayout());
        heading.add(verdict, BorderLayout.NORTH);
        heading.add(criterion, BorderLayout.SOUTH);
        JPanel left = new JPanel(new BorderLayout());
        left.add(heading, BorderLayout.NORTH);
        left.add(certificationChart, BorderLayout.CENTER);
        JScrollPane rows = new JScrollPane(table);
        rows.setPreferredSize(new Dimension(560, 170));
        left.add(rows, BorderLayout.SOUTH);
        JPanel right = new JPanel(new BorderLayout());
        right.add(driftNote, BorderLayout.NORTH);
        right.add(driftChart, BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setResizeWeight(0.5);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);

        codebook.addActionListener(e -> refresh());
        rater.addActionListener(e -> showCertification());
        binning.addActionListener(e -> showDrift());
        refresh.addActionListener(e -> refresh());
        saveCertificate.addActionListener(e -> saveCertificate());
        saveCertificate.setEnabled(false);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (loaded) return;
        loaded = true;
        Project p = project;
        tasks.background(progress -> new Choices(p.codebooks().current().stream().filter(cb -> cb.criterion() != null)
                .map(Codebook::id).toList(), p.raters().list().stream().filter(r -> r.role().isPerson())
                .map(Rater::name).toList()), c -> {
                    for (String id : c.codebooks()) codebook.addItem(id);
                    for (String name : c.raters()) rater.addItem(name);
                    if (c.codebooks().isEmpty()) verdict.setText("No codebook of this project states a training criterion.");
                }, this::failed);
    }

    private record Choices(List<String> codebooks, List<String> raters) {
    }

    /** Shows the chosen codebook's certification and drift again. */
    public void refresh() {
        showCertification();
        showDrift();
    }

    private void showCertification() {
        String cb = (String) codebook.getSelectedItem();
        String who = (String) rater.getSelectedItem();
        if (cb == null || who == null) return;
        Project p = project;
        tasks.background(progress -> p.training().certify(cb, who), c -> {
            shown = c;
            gold.set(c.sessions());
            verdict.setText(c.sessions().isEmpty() ? who + " has completed no gold session of " + cb + " yet."
                    : who + ": " + TrainingReports.verdict(c));
            criterion.setText("Criterion: " + c.criterion().describe());
            certificationChart.setChart(TrainingReports.certificationChart(c));
            saveCertificate.setEnabled(true);
        }, this::failed);
    }

    private void showDrift() {
        String cb = (String) codebook.getSelectedItem();
        if (cb == null) return;
        boolean byMonth = binning.getSelectedIndex() == 0;
        Project p = project;
        tasks.background(progress -> p.training().drift(cb, null, byMonth ? TrainingService.BY_MONTH
                : TrainingService.BY_SESSIONS, byMonth ? null : 5), d -> {
                    driftChart.setChart(TrainingReports.driftChart(d));
                    List<String> flagged = d.raters().stream().filter(Drift.RaterDrift::flagged).map(Drift.RaterDrift::rater)
                            .toList();
                    boolean any = d.raters().stream().anyMatch(r -> r.points().stream().anyMatch(x -> x.value() != null));
                    driftNote.setText(!any ? "No drift data yet (no calibration or double-coded sessions)."
                            : flagged.isEmpty() ? "No rater's latest period is below the control limit ("
                            + String.format(Locale.ROOT, "%.2f", d.controlLimit()) + ")."
                            : "Below the control limit in their latest period: " + String.join(", ", flagged));
                    driftNote.setForeground(flagged.isEmpty() ? Theme.muted() : new java.awt.Color(0xb3401a));
                }, this::failed);
    }

    private void saveCertificate() {
        Certification c = shown;
        if (c == null) return;
        JFileChooser fc = new JFileChooser();
        fc.setSelectedFile(new File(c.rater().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + c.codebookId() + "-certificate.html"));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path file = fc.getSelectedFile().toPath();
        Project p = project;
        tasks.background(progress -> {
            TrainingPages.write(TrainingReports.certificateHtml(c, p.address().display()), p.outputs().checked(Output.file(file)));
            return file;
        }, f -> verdict.setText("Certificate saved to " + f), this::failed);
    }

    private void failed(Throwable e) {
        FailureMessage.show(this, "Training", e);
    }

    /** True once the codebooks and raters to choose from are read. */
    public boolean ready() {
        return codebook.getItemCount() > 0 && rater.getItemCount() > 0;
    }

    /** For tests: the verdict shown, and how many gold sessions the table lists. */
    public String verdict() {
        return verdict.getText();
    }

    public int goldRows() {
        return gold.getRowCount();
    }

    /** For tests: whether both charts are drawn. */
    public boolean chartsShown() {
        return certificationChart.getChart() != null && driftChart.getChart() != null;
    }

    public void choose(String codebookId, String raterName) {
        codebook.setSelectedItem(codebookId);
        rater.setSelectedItem(raterName);
    }

    /** The gold sessions of the rater shown, in completion order. */
    private static ListTableModel<Certification.GoldResult> goldModel() {
        return new ListTableModel<>(new String[] {"#", "Gold session", "Reference", "Completed", "Value", "Result", "Run",
                "Phase"}, (r, column) -> switch (column) {
                    case 0 -> r.order();
                    case 1 -> r.session();
                    case 2 -> r.reference();
                    case 3 -> r.completedAt() == null ? "\u2013" : r.completedAt().toString().substring(0, 10);
                    case 4 -> r.value() == null ? "\u2013" : String.format(Locale.ROOT, "%.3f", r.value());
                    case 5 -> TrainingReports.result(r) + (r.reason() == null ? "" : " (" + r.reason() + ")");
                    case 6 -> r.run();
                    default -> r.phase();
                });
    }
}
