package org.rapport.report.chart;

import java.awt.Font;
import java.util.EnumMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rapport.analytics.ClientTrajectory;
import org.rapport.analytics.Perspective;
import org.rapport.analytics.TrajectoryPoint;
import org.rapport.analytics.VSequence;

/**
 * A client's alliance totals by session number, one line per perspective, each detected rupture–repair sequence
 * marked at its rupture session with an arrow naming the criterion ("V 2 SD" for Stiles et al., "1 SD" for Strauss
 * et al., "1 SD, not repaired").
 */
public final class AllianceTrajectoryChart {
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

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
        int n = 0;
        for (VSequence v : t.sequences()) {
            String text = switch (v.criterion()) {
                case STILES_2004 -> "V (2 SD)";
                case STRAUSS_2006 -> v.repaired() ? "R\u2013R (1 SD)" : "rupture (1 SD), not repaired";
            };
            double angle = v.criterion() == org.rapport.analytics.VCriterion.STILES_2004 ? Math.PI / 2 : Math.PI / 3;
            XYPointerAnnotation a = new XYPointerAnnotation(text, v.rupture().number(), v.rupture().value(), angle + n * 0.1);
            a.setFont(NOTE);
            a.setTextAnchor(TextAnchor.TOP_CENTER);
            a.setArrowPaint(ChartStyle.REFERENCE_LINE);
            a.setPaint(ChartStyle.REFERENCE_LINE);
            plot.addAnnotation(a);
            n++;
        }
        return chart;
    }

    static String label(Perspective p) {
        return switch (p) {
            case OBSERVER -> "Observer";
            case CLIENT -> "Client (self-report)";
            case THERAPIST -> "Therapist (self-report)";
        };
    }
}
