package org.rapport.report.chart;

import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rapport.analytics.AllianceScore;
import org.rapport.analytics.Perspective;
import org.rapport.analytics.SessionAnalysis;

/**
 * Observer, client and therapist alliance of one client's sessions on one axis: each questionnaire's mean item as a
 * percentage of its range (POMP), so a 1–7 observer form and a 1–5 self-report compare.
 */
public final class PerspectivesChart {
    private PerspectivesChart() {
    }

    /** @param sessions one client's sessions that have a number */
    public static JFreeChart of(String client, List<SessionAnalysis> sessions) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<SessionAnalysis> ordered = sessions.stream().filter(s -> s.session().number() != null)
                .sorted(Comparator.comparing(s -> s.session().number())).toList();
        for (Perspective p : Perspective.values()) {
            XYSeries series = new XYSeries(AllianceTrajectoryChart.label(p));
            for (SessionAnalysis s : ordered) {
                AllianceScore a = s.alliance().get(p);
                if (a != null) series.add(s.session().number(), a.pomp());
            }
            if (series.getItemCount() > 0) data.addSeries(series);
        }
        NumberAxis x = new NumberAxis("Session number");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (!ordered.isEmpty()) {
            x.setRange(ordered.get(0).session().number() - 0.5, ordered.get(ordered.size() - 1).session().number() + 0.5);
        }
        NumberAxis y = new NumberAxis("Alliance, % of scale range (POMP)");
        y.setRange(0, 100);
        XYPlot plot = new XYPlot(data, x, y, new XYLineAndShapeRenderer(true, true));
        return ChartStyle.apply(new JFreeChart("Client " + client + " \u2013 observer, client and therapist alliance",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /** True when a self-report perspective is rated in one of the sessions (else the chart shows the observer only). */
    public static boolean hasSelfReport(List<SessionAnalysis> sessions) {
        return sessions.stream().anyMatch(s -> s.alliance().containsKey(Perspective.CLIENT)
                || s.alliance().containsKey(Perspective.THERAPIST));
    }
}
