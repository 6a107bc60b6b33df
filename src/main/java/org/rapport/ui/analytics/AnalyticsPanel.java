package org.rapport.ui.analytics;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
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
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.rapport.analytics.AllianceScore;
import org.rapport.analytics.AnalyticsResult;
import org.rapport.analytics.ClientTrajectory;
import org.rapport.analytics.Perspective;
import org.rapport.analytics.RuptureCodes;
import org.rapport.analytics.SessionAnalysis;
import org.rapport.app.Project;
import org.rapport.app.analytics.AnalyticsRequest;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.rater.Rater;
import org.rapport.model.time.TimeCodes;
import org.rapport.report.chart.AllianceTrajectoryChart;
import org.rapport.report.chart.PerspectivesChart;
import org.rapport.report.chart.ResolutionRateChart;
import org.rapport.report.chart.SessionTimelineChart;
import org.rapport.report.html.AnalyticsReport;
import org.rapport.report.text.AnalyticsText;
import org.rapport.ui.common.FailureMessage;
import org.rapport.ui.common.ListTableModel;
import org.rapport.ui.common.Tables;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;

/**
 * The researcher's and supervisor's Analytics view (docs/analytics.md): choose the rupture codebook, a client or all,
 * whose codings count where a session has no settled consensus, and the episode window; the sessions' counts,
 * episodes and resolution are listed, and the plots of the selected session and its client are drawn beside them:
 * the session's timeline, the resolution rates, the client's alliance trajectory with its rupture–repair sequences and
 * the observer, client and therapist perspectives. The same results as {@code rapport analytics}, saved as its HTML
 * report or its CSV tables.
 */
public final class AnalyticsPanel extends JPanel {
    static final String ALL_CLIENTS = "All clients";
    static final String CONSENSUS_ONLY = "Consensus only";

    /** The choices the view offers, read off the event thread when it is first shown. */
    record Choices(List<String> codebooks, List<String> clients, List<String> raters) {
    }

    private final Project project;
    private final Tasks tasks;
    private final JComboBox<String> codebook = new JComboBox<>();
    private final JComboBox<String> client = new JComboBox<>();
    private final JComboBox<String> rater = new JComboBox<>();
    private final JTextField window = new JTextField(5);
    private final JButton compute = new JButton("Compute");
    private final JButton saveReport = new JButton("Save HTML report\u2026");
    private final JButton exportCsv = new JButton("Export CSV tables\u2026");
    private final JLabel status = new JLabel(" ");
    private final ListTableModel<SessionAnalysis> model = new ListTableModel<>(COLUMNS, AnalyticsPanel::cell);
    private final JTable table = new JTable(model);
    private final JTabbedPane plots = new JTabbedPane();
    private final ChartPanel timeline = chartPanel();
    private final ChartPanel rates = chartPanel();
    private final ChartPanel trajectory = chartPanel();
    private final ChartPanel perspectives = chartPanel();
    private final JTextArea details = new JTextArea(6, 40);
    private AnalyticsResult result;
    private boolean loaded;

    public AnalyticsPanel(Project project, Tasks tasks) {
        super(new BorderLayout());
        this.project = project;
        this.tasks = tasks;
        setName("analytics");
        add(controls(), BorderLayout.NORTH);
        Tables.plain(table);
        table.setName("analytics-table");
        table.setRowHeight(24);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) showSelected();
        });
        Tables.columnWidths(table, 90, 50, 28, 150, 38, 38, 38, 46, 36, 36, 50, 50);
        plots.setName("analytics-plots");
        plots.addTab("Session timeline", timeline);
        plots.addTab("Resolution rates", rates);
        plots.addTab("Alliance trajectory", trajectory);
        plots.addTab("Perspectives", perspectives);
        details.setEditable(false);
        details.setName("analytics-details");
        details.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 12));
        JSplitPane left = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), new JScrollPane(details));
        left.setResizeWeight(0.7);
        left.setBorder(null);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, plots);
        split.setResizeWeight(0.55);
        split.setDividerLocation(640);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        compute.addActionListener(e -> compute());
        saveReport.addActionListener(e -> saveReport());
        exportCsv.addActionListener(e -> exportCsv());
        enableOutputs();
    }

    private static ChartPanel chartPanel() {
        ChartPanel p = new ChartPanel(null);
        p.setMouseWheelEnabled(true);
        return p;
    }

    private JPanel controls() {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        codebook.setName("analytics-codebook");
        client.setName("analytics-client");
        rater.setName("analytics-rater");
        window.setName("analytics-window");
        window.setToolTipText("Seconds after an episode's first marker; empty: the rest of its 3RS segment");
        compute.setName("analytics-compute");
        status.setName("analytics-status");
        status.setForeground(Theme.muted());
        p.add(new JLabel("Codebook"));
        p.add(codebook);
        p.add(new JLabel("Client"));
        p.add(client);
        p.add(new JLabel("Without a settled consensus"));
        p.add(rater);
        p.add(new JLabel("Episode window (s)"));
        p.add(window);
        p.add(compute);
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        actions.add(saveReport);
        actions.add(exportCsv);
        actions.add(status);
        JLabel legend = new JLabel("Wdr withdrawal markers \u00b7 Cnf confrontation markers \u00b7 Str resolution strategies"
                + " \u00b7 Mk/h markers per hour \u00b7 Epi episodes \u00b7 Rsv resolved \u00b7 Rate resolved in % \u00b7"
                + " WAI-O observer alliance total");
        legend.setForeground(Theme.muted());
        legend.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 0));
        JPanel rows = new JPanel(new java.awt.GridLayout(3, 1));
        rows.setBorder(BorderFactory.createEmptyBorder(6, 4, 4, 8));
        rows.add(p);
        rows.add(actions);
        rows.add(legend);
        return rows;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (loaded) return;
        loaded = true;
        Project p = project;
        tasks.background(progress -> {
            List<String> codebooks = new ArrayList<>();
            for (Codebook cb : p.codebooks().current()) {
                try {
                    RuptureCodes.of(cb);
                    codebooks.add(cb.id());
                } catch (RuntimeException notARuptureCodebook) {
                    // only codebooks with markers and strategies are offered
                }
            }
            List<String> clients = p.sessions().list().stream().map(s -> s.session().clientId())
                    .filter(java.util.Objects::nonNull).distinct().sorted().toList();
            List<String> raters = p.raters().list().stream().filter(r -> r.role().isPerson()).map(Rater::name).toList();
            return new Choices(codebooks, clients, raters);
        }, this::choices, this::failed);
    }

    private void choices(Choices c) {
        codebook.removeAllItems();
        c.codebooks().forEach(codebook::addItem);
        client.removeAllItems();
        client.addItem(ALL_CLIENTS);
        c.clients().forEach(client::addItem);
        rater.removeAllItems();
        rater.addItem(CONSENSUS_ONLY);
        c.raters().forEach(r -> rater.addItem("use rater " + r));
        if (c.raters().size() > 0) rater.setSelectedIndex(1);
    }

    /** True once the choices are read. */
    public boolean ready() {
        return codebook.getItemCount() > 0;
    }

    /** Chooses as a user would: codebook, client (null: all), rater (null: consensus only), window in s (null: segment). */
    public void choose(String codebookId, String clientId, String raterName, Double windowSeconds) {
        codebook.setSelectedItem(codebookId);
        client.setSelectedItem(clientId == null ? ALL_CLIENTS : clientId);
        rater.setSelectedItem(raterName == null ? CONSENSUS_ONLY : "use rater " + raterName);
        window.setText(windowSeconds == null ? "" : String.valueOf(windowSeconds));
    }

    /** Computes the analytics of the choices in the background. */
    public void compute() {
        String cb = (String) codebook.getSelectedItem();
        if (cb == null) return;
        String c = ALL_CLIENTS.equals(client.getSelectedItem()) ? null : (String) client.getSelectedItem();
        String r = (String) rater.getSelectedItem();
        String chosen = r == null || r.equals(CONSENSUS_ONLY) ? null : r.substring("use rater ".length());
        Double w;
        try {
            w = window.getText().isBlank() ? null : Double.valueOf(window.getText().strip());
        } catch (NumberFormatException e) {
            status.setText("Episode window: seconds, or empty for the rest of the segment");
            return;
        }
        AnalyticsRequest request = new AnalyticsRequest(cb, c, chosen, chosen == null, w, null, null);
        compute.setEnabled(false);
        status.setText("Computing\u2026");
        Project p = project;
        tasks.background(progress -> p.analytics().compute(request), this::show, e -> {
            compute.setEnabled(true);
            status.setText(e.getMessage());
        });
    }

    private void show(AnalyticsResult r) {
        result = r;
        compute.setEnabled(true);
        model.set(r.sessions());
        rates.setChart(ResolutionRateChart.of(r.sessions()));
        status.setText(r.sessions().size() + " session(s), " + r.skipped().size() + " skipped, "
                + r.trajectories().stream().mapToInt(t -> t.sequences().size()).sum() + " rupture\u2013repair sequence(s)");
        if (!r.sessions().isEmpty()) table.setRowSelectionInterval(0, 0);
        enableOutputs();
    }

    /** The trajectories, sequences, skipped sessions and notes, as the command line lists them. */
    private static List<String> summary(AnalyticsResult r) {
        List<String> lines = AnalyticsText.lines(r);
        int first = 0;
        while (first < lines.size() && !lines.get(first).startsWith("client ") && !lines.get(first).startsWith("skipped")
                && !lines.get(first).startsWith("note")) {
            first++;
        }
        return lines.subList(first, lines.size());
    }

    private void showSelected() {
        int row = table.getSelectedRow();
        if (result == null || row < 0) return;
        SessionAnalysis s = model.row(table.convertRowIndexToModel(row));
        timeline.setChart(SessionTimelineChart.of(s, RuptureCodes.of(result.codebook())));
        ClientTrajectory t = result.trajectories().stream().filter(x -> x.client().equals(s.session().clientId()))
                .findFirst().orElse(null);
        trajectory.setChart(t == null ? null : AllianceTrajectoryChart.of(t));
        List<SessionAnalysis> own = result.sessions().stream()
                .filter(x -> s.session().clientId() != null && s.session().clientId().equals(x.session().clientId())).toList();
        JFreeChart views = own.isEmpty() ? null : PerspectivesChart.of(s.session().clientId(), own);
        perspectives.setChart(views);
        List<String> lines = new ArrayList<>(episodes(s, RuptureCodes.of(result.codebook())));
        lines.add("");
        lines.addAll(summary(result));
        details.setText(String.join("\n", lines));
        details.setCaretPosition(0);
    }

    /** "E1 mixed, 01:00–05:00: w-minimal c-therapist w-denial → r-invite r-validate, latency 40.0 s". */
    private static List<String> episodes(SessionAnalysis s, RuptureCodes codes) {
        List<String> out = new ArrayList<>();
        out.add(s.session().name() + " (" + s.source().label() + "): " + s.episodes().size() + " episode(s), "
                + s.resolvedEpisodes() + " resolved");
        for (var e : s.episodes()) {
            out.add("  E" + e.number() + " " + e.kind(codes) + ", " + TimeCodes.clock(e.startMs()) + "\u2013"
                    + TimeCodes.clock(e.windowEndMs()) + ": " + String.join(" ", e.markers().stream()
                    .map(k -> k.codeId()).toList()) + (e.resolved() ? " \u2192 " + String.join(" ", e.strategies()
                    .stream().map(k -> k.codeId()).toList()) + ", latency " + fmt1(e.latencyMs() / 1000.0) + " s"
                    : ", not resolved"));
        }
        return out;
    }

    private static String fmt1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private void enableOutputs() {
        saveReport.setEnabled(result != null);
        exportCsv.setEnabled(result != null);
    }

    private void saveReport() {
        JFileChooser fc = new JFileChooser();
        fc.setSelectedFile(new File(result.codebook().id() + "-analytics.html"));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path file = fc.getSelectedFile().toPath();
        AnalyticsResult r = result;
        tasks.background(progress -> {
            project.analytics().writeReport(AnalyticsReport.html(r, project.address().display()), file);
            return file;
        }, f -> status.setText("Report saved to " + f), this::failed);
    }

    private void exportCsv() {
        JFileChooser fc = new JFileChooser();
        fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        fc.setDialogTitle("Folder for sessions.csv, segments.csv, episodes.csv, sequences.csv, alliance-long.csv");
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path folder = fc.getSelectedFile().toPath();
        AnalyticsResult r = result;
        tasks.background(progress -> project.analytics().writeTables(r, folder),
                files -> status.setText(files.size() + " tables written to " + folder), this::failed);
    }

    private void failed(Throwable e) {
        FailureMessage.show(this, "Analytics", e);
    }

    /** For tests: the sessions shown, the status line, the plot tabs. */
    public List<SessionAnalysis> rows() {
        return model.rows();
    }

    public String status() {
        return status.getText();
    }

    public JTabbedPane plots() {
        return plots;
    }

    public void selectSession(String name) {
        for (int i = 0; i < model.getRowCount(); i++) {
            if (model.row(i).session().name().equals(name)) {
                int view = table.convertRowIndexToView(i);
                table.setRowSelectionInterval(view, view);
            }
        }
    }

    private static final String[] COLUMNS = {"Session", "Client", "#", "Source", "Wdr", "Cnf", "Str", "Mk/h", "Epi",
        "Rsv", "Rate", "WAI-O"};

    /** One row per session: its source, counts, episodes, resolution and observer alliance. */
    private static Object cell(SessionAnalysis s, int c) {
        var counts = s.counts();
        AllianceScore o = s.alliance().get(Perspective.OBSERVER);
        return switch (c) {
            case 0 -> s.session().name();
            case 1 -> s.session().clientId() == null ? "" : s.session().clientId();
            case 2 -> s.session().number() == null ? "" : s.session().number();
            case 3 -> s.source().kind() == org.rapport.analytics.Source.Kind.CONSENSUS ? "consensus"
                    : s.source().rater();
            case 4 -> counts.withdrawal();
            case 5 -> counts.confrontation();
            case 6 -> counts.resolution();
            case 7 -> s.perHour(counts.markers()) == null ? "" : fmt(s.perHour(counts.markers()), 1);
            case 8 -> s.episodes().size();
            case 9 -> s.resolvedEpisodes();
            case 10 -> s.resolutionRate() == null ? "" : fmt(100 * s.resolutionRate(), 0) + " %";
            case 11 -> o == null || o.total() == null ? "" : fmt(o.total(), 1);
            default -> "";
        };
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
