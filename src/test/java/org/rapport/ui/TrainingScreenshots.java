package org.rapport.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;
import org.rapport.app.training.Certification;
import org.rapport.app.training.Drift;
import org.rapport.app.training.TrainingReports;
import org.rapport.app.training.TrainingService;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.report.chart.ChartImages;
import org.rapport.store.jdbc.JdbcProjectStore;
import org.rapport.ui.common.Prefs;
import org.rapport.ui.shell.MainWindow;
import org.rapport.ui.shell.RapportApp;
import org.rapport.ui.training.TrainingPanel;

/**
 * Renders the Training view, its charts (PNG, the same charts the HTML pages inline as SVG) and the certificate and
 * drift pages of a generated training study: a trainee who reaches the criterion at the 7th gold session after two
 * failures, then two calibration sessions; three raters' double-coded sessions over six months.
 * Usage: TrainingScreenshots PROJECT-DIR OUT-DIR (under xvfb-run).
 */
public final class TrainingScreenshots {
    private static final int UTTERANCES = 20;
    private static final String CODEBOOK = """
            id: 3rs-w
            version: "1.0"
            title: 3RS withdrawal markers (training set)
            groups:
              - id: withdrawal
                label: Withdrawal markers
            codes:
              - id: w-marker
                label: Withdrawal marker
                group: withdrawal
                kind: interval
            criterion:
              statistic: kappa
              of: code-groups
              min: 0.70
              consecutive: 3
              source: Cicchetti (1994) kappa bands
            """;

    private TrainingScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Path project = Path.of(args[0]);
            Path out = Path.of(args[1]);
            Files.createDirectories(out);
            build(project);
            pages(project, out);
            app(project, out);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void build(Path dir) throws Exception {
        try (Project p = Project.init(dir)) {
            Path cb = dir.resolveSibling("3rs-w.yaml");
            Files.writeString(cb, CODEBOOK);
            p.codebooks().add(cb);
            Rater chiara = p.raters().create("Chiara", RaterRole.MASTER);
            Rater tess = p.raters().create("Tess", RaterRole.OBSERVER);
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            Rater ben = p.raters().create("Ben", RaterRole.OBSERVER);
            Rater cleo = p.raters().create("Cleo", RaterRole.OBSERVER);
            p.raters().create("Dana", RaterRole.SUPERVISOR);
            // Tess drops d of the master's ten markers: kappa = 1 - d/10 (both halves of the table stay at .5 chance)
            int[] goldDrops = {6, 5, 3, 5, 2, 2, 1, 3, 5};
            for (int i = 0; i < goldDrops.length; i++) {
                Session g = session(p, dir, String.format("gold-%02d", i + 1));
                code(p, g, chiara, 0);
                TrainingService t = p.training();
                t.markGold(g.name(), "3rs-w", "Chiara", t.acting());
                code(p, g, tess, goldDrops[i]);
                // training in January; the last two are calibration sessions slipped into her queue in March and June
                Instant at = i < 7 ? Instant.parse(String.format("2026-01-%02dT10:00:00Z", 5 + 3 * i))
                        : Instant.parse(i == 7 ? "2026-03-12T10:00:00Z" : "2026-06-09T10:00:00Z");
                completed(p, g, tess, at);
            }
            // double-coded study sessions, January to June: Ana and Cleo steady, Ben drifting away from May on
            int[][] drops = {{0, 1, 0}, {1, 1, 0}, {0, 2, 1}, {1, 2, 0}, {0, 5, 1}, {1, 6, 0}};
            Rater[] coders = {ana, ben, cleo};
            for (int m = 0; m < 6; m++) {
                for (int k = 0; k < 3; k++) {
                    Session s = session(p, dir, String.format("c%d-s%02d", 101 + k, m + 1));
                    Instant at = Instant.parse(String.format("2026-%02d-%02dT10:00:00Z", m + 1, 8 + 6 * k));
                    // each session coded by two of the three, in turn
                    for (int j : new int[] {k, (k + 1) % 3}) {
                        code(p, s, coders[j], drops[m][j]);
                        completed(p, s, coders[j], at);
                    }
                }
            }
        }
    }

    private static Session session(Project p, Path dir, String name) throws Exception {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < UTTERANCES; i++) {
            vtt.append(stamp(i * 3000L)).append(" --> ").append(stamp(i * 3000L + 2500)).append("\n<v C>utterance ")
                    .append(i).append("\n\n");
        }
        Path file = dir.resolveSibling(name + ".vtt");
        Files.writeString(file, vtt);
        p.imports().importSession(new SessionImport(name, file, null, null, Map.of(), name.startsWith("c")
                ? "C-" + name.substring(1, 4) : null, null, null, LocalDate.of(2026, 1, 1)));
        return p.sessions().byName(name);
    }

    /** Codes the marker on the first ten utterances but the last {@code dropped} of them, and completes. */
    private static void code(Project p, Session s, Rater r, int dropped) {
        for (int u = 0; u < 10 - Math.max(0, dropped); u++) {
            p.codings().add(r, s.id(), "3rs-w", "w-marker", u * 3000L, u * 3000L + 2500, u, u, null, null);
        }
        p.codings().markComplete(r, s.id(), "3rs-w");
    }

    private static void completed(Project p, Session s, Rater r, Instant at) {
        ((JdbcProjectStore) p.store()).withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE assignment SET completed_at = ? WHERE session_id = ?"
                    + " AND rater_id = ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setLong(2, s.id());
                ps.setLong(3, r.id());
                return ps.executeUpdate();
            }
        });
    }

    private static void pages(Path dir, Path out) throws Exception {
        try (Project p = Project.openForReading(dir)) {
            Certification c = p.training().certify("3rs-w", "Tess");
            Drift d = p.training().drift("3rs-w", null, null, null);
            Files.write(out.resolve("training-certification-chart.png"),
                    ChartImages.png(TrainingReports.certificationChart(c), TrainingReports.CHART_WIDTH, TrainingReports.CHART_HEIGHT));
            Files.write(out.resolve("training-drift-chart.png"),
                    ChartImages.png(TrainingReports.driftChart(d), TrainingReports.CHART_WIDTH, TrainingReports.CHART_HEIGHT));
            Files.writeString(out.resolve("certificate.html"), TrainingReports.certificateHtml(c, "alliance-study"));
            Files.writeString(out.resolve("drift.html"), TrainingReports.driftHtml(d, "3RS withdrawal markers"));
        }
    }

    private static void app(Path dir, Path out) throws Exception {
        System.setProperty("rapport.rater", "Dana");
        System.setProperty("rapport.prefs", "org/rapport/screenshots");
        Prefs.user().setDark(false);
        MainWindow w = RapportApp.launch(dir, () -> { })[0];
        Screenshots.waitFor(() -> w.trainingPanel() != null, 60_000);
        TrainingPanel panel = Screenshots.onEdt(w::trainingPanel);
        SwingUtilities.invokeAndWait(() -> ((JTabbedPane) Screenshots.find(w.getContentPane(), "home"))
                .setSelectedComponent(panel));
        Screenshots.waitFor(panel::ready, 30_000);
        SwingUtilities.invokeAndWait(() -> panel.choose("3rs-w", "Tess"));
        Thread.sleep(4000);
        Screenshots.shot(w, out.resolve("training.png"));
        SwingUtilities.invokeAndWait(w::exit);
    }

    private static String stamp(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

}
