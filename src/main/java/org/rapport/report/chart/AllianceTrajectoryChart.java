package org.rapport.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rapport.analytics.ClientTrajectory;
import org.rapport.analytics.Perspective;
import org.rapport.analytics.TrajectoryPoint;
import org.rapport.analytics.VCriterion;
import org.rapport.analytics.VSequence;

/**
 * A client's alliance totals by session number, one line per perspective; the rupture session of each detected
 * rupture–repair sequence ringed in its perspective's colour, and the sequences named under the plot with their
 * criterion and sessions ("observer #3 (Stiles 2 SD #2–4, Strauss 1 SD #2–5)").
 */
public final class AllianceTrajectoryChart {
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final double RING_X = 0.16;
    private static final BasicStroke RING = new BasicStroke(2f);

    private AllianceTrajectoryChart() {
    }

    public static JFreeChart of(ClientTrajectory t) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<Perspective, Integer> index = new EnumMap<>(Perspective.class);
        for (Perspective p : Perspective.values()) {
            XYSeries series = new XYSeries(label(p));
            for (TrajectoryPoint pt : t.points()) if (pt.totals().containsKey(p)) series.add(pt.number(), pt.totals().get(p));
            if (series.getItemCount() == 0) continue;
            index.put(p, data.getSeriesCount());
            data.addSeries(series);
        }
        NumberAxis sessions = new NumberAxis("Session number");
        sessions.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis total = new NumberAxis("Alliance total");
        total.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, sessions, total, new XYLineAndShapeRenderer(true, true));
        JFreeChart chart = new JFreeChart("Client " + t.client() + " \u2013 alliance across sessions",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        double lastSession = t.points().stream().mapToInt(TrajectoryPoint::number).max().orElse(1);
        double firstSession = t.points().stream().mapToInt(TrajectoryPoint::number).min().orElse(1);
        sessions.setRange(firstSession - 0.5, lastSession + 0.5);
        total.setLowerMargin(0.12);
        total.setUpperMargin(0.12);
        Map<String, List<String>> byRupture = new LinkedHashMap<>();
        for (VSequence v : t.sequences()) {
            Integer series = index.get(v.perspective());
            if (series == null) continue;
            String key = v.perspective().key() + " #" + v.rupture().number();
            if (!byRupture.containsKey(key)) {
                double grow = 1 + 0.4 * series; // rings of perspectives at one point stay apart
                double rx = RING_X * grow;
                double ry = ringY(total) * grow;
                plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(v.rupture().number() - rx,
                        v.rupture().value() - ry, 2 * rx, 2 * ry), RING, ChartStyle.series(series)));
            }
            byRupture.computeIfAbsent(key, k -> new ArrayList<>()).add(span(v));
        }
        if (!byRupture.isEmpty()) {
            List<String> parts = new ArrayList<>();
            byRupture.forEach((k, spans) -> parts.add(k + " (" + String.join(", ", spans) + ")"));
            TextTitle detected = new TextTitle("Ringed: rupture sessions of rupture\u2013repair sequences \u2013 "
                    + String.join("; ", parts), NOTE);
            chart.addSubtitle(detected);
        }
        return chart;
    }

    /** "Stiles #2–4" or "Strauss #2–5" or "Strauss #3, not repaired". */
    private static String span(VSequence v) {
        String who = v.criterion() == VCriterion.STILES_2004 ? "Stiles 2 SD" : "Strauss 1 SD";
        return who + " #" + v.before().number() + "\u2013" + (v.repaired() ? v.repair().number() + ""
                : v.rupture().number() + ", not repaired");
    }

    /** Half the ring's height in score units: a ring looks round whatever the axis's range. */
    private static double ringY(NumberAxis total) {
        return (total.getUpperBound() - total.getLowerBound()) * 0.045;
    }

    static String label(Perspective p) {
        return switch (p) {
            case OBSERVER -> "Observer";
            case CLIENT -> "Client (self-report)";
            case THERAPIST -> "Therapist (self-report)";
        };
    }
}
