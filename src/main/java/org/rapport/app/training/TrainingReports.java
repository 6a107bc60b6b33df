package org.rapport.app.training;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.rapport.report.chart.CertificationChart;
import org.rapport.report.chart.ChartImages;
import org.rapport.report.chart.DriftChart;
import org.rapport.report.html.TrainingPages;

/** The charts and printable pages of training and drift, made from the service's results for the app and the CLI. */
public final class TrainingReports {
    public static final int CHART_WIDTH = 720;
    public static final int CHART_HEIGHT = 340;

    private TrainingReports() {
    }

    public static JFreeChart certificationChart(Certification c) {
        List<CertificationChart.Point> points = c.sessions().stream()
                .map(s -> new CertificationChart.Point(s.order(), s.session(), s.value(), s.passed())).toList();
        return CertificationChart.of(c.rater() + ": agreement with the reference on gold sessions", points,
                c.criterion().statistic().title(), c.criterion().min(), c.certified() ? c.certifiedAt().order() : -1);
    }

    public static JFreeChart driftChart(Drift d) {
        List<DriftChart.Series> series = new ArrayList<>();
        for (Drift.RaterDrift r : d.raters()) {
            series.add(new DriftChart.Series(r.rater(), true, bins(r.reference())));
            series.add(new DriftChart.Series(r.rater(), false, bins(r.peers())));
        }
        String axis = d.binning().equals(TrainingService.BY_MONTH) ? "month completed"
                : "completed sessions, " + d.every() + " per point";
        return DriftChart.of("Agreement over time (" + d.codebookId() + ")", series, d.criterion().statistic().title(),
                d.controlLimit(), axis);
    }

    private static List<DriftChart.Bin> bins(List<Drift.Bin> bins) {
        return bins.stream().map(b -> new DriftChart.Bin(b.label(), b.mean(), b.flagged())).toList();
    }

    /** The verdict line of a certificate and of the app's training view. */
    public static String verdict(Certification c) {
        if (!c.certified()) {
            long passes = c.sessions().isEmpty() ? 0 : c.sessions().get(c.sessions().size() - 1).run();
            return "Not certified yet: " + passes + " of " + c.criterion().consecutive() + " consecutive passes.";
        }
        Certification.GoldResult at = c.certifiedAt();
        return "Certified at the " + ReliabilityMethods.ordinal(at.order()) + " gold session (" + at.session()
                + (at.completedAt() == null ? "" : ", " + at.completedAt().toString().substring(0, 10)) + ").";
    }

    public static String certificateHtml(Certification c, String project) {
        List<TrainingPages.GoldRow> rows = new ArrayList<>();
        for (Certification.GoldResult s : c.sessions()) {
            rows.add(new TrainingPages.GoldRow(s.order(), s.session(), s.reference(),
                    s.completedAt() == null ? "\u2013" : s.completedAt().toString().substring(0, 10), s.phase(),
                    ReliabilityMethods.value(s.value()), result(s), s.run(),
                    c.certified() && s.order() == c.certifiedAt().order(), s.reason()));
        }
        String svg = ChartImages.svg(certificationChart(c), CHART_WIDTH, CHART_HEIGHT);
        return TrainingPages.certificate(new TrainingPages.CertificateContent(c.rater(), c.codebookTitle(), c.codebookId(),
                c.codebookVersion(), c.criterion().describe(), c.criterion().note(), c.certified(), verdict(c), rows,
                ReliabilityMethods.certification(c), svg, project));
    }

    public static String driftHtml(Drift d, String codebookTitle) {
        List<TrainingPages.DriftRow> rows = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (Drift.RaterDrift r : d.raters()) {
            if (r.flagged()) flagged.add(r.rater());
            for (Drift.Bin b : r.reference()) rows.add(row(r, "reference", b));
            for (Drift.Bin b : r.peers()) rows.add(row(r, "other raters", b));
        }
        String binning = d.binning().equals(TrainingService.BY_MONTH) ? "by month" : "by " + d.every() + " sessions";
        return TrainingPages.drift(codebookTitle, d.codebookId(), d.criterion().describe(), binning, rows, flagged,
                ChartImages.svg(driftChart(d), CHART_WIDTH, CHART_HEIGHT));
    }

    private static TrainingPages.DriftRow row(Drift.RaterDrift r, String against, Drift.Bin b) {
        return new TrainingPages.DriftRow(r.rater(), against, b.label(), b.sessions(), ReliabilityMethods.value(b.mean()),
                b.flagged());
    }

    /** "pass", "fail" or "not assessed". */
    public static String result(Certification.GoldResult s) {
        return s.passed() == null ? "not assessed" : s.passed() ? "pass" : "fail";
    }
}
