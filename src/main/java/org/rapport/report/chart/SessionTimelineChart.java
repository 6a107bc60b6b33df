package org.rapport.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rapport.analytics.Episode;
import org.rapport.analytics.RuptureCodes;
import org.rapport.analytics.SegmentStats;
import org.rapport.analytics.SessionAnalysis;
import org.rapport.model.coding.Coding;

/**
 * One session on a time line in minutes: withdrawal markers, confrontation markers and resolution strategies in three
 * lanes, the 3RS segments as dashed lines, and each episode's window shaded, green when resolved, red when not.
 */
public final class SessionTimelineChart {
    private static final Color RESOLVED = new Color(0, 158, 115, 50);
    private static final Color UNRESOLVED = new Color(213, 94, 0, 50);
    /** An episode's label sits this share of the session's length right of the window's start. */
    private static final double LABEL_SHIFT = 0.012;

    private SessionTimelineChart() {
    }

    public static JFreeChart of(SessionAnalysis s, RuptureCodes codes) {
        XYSeries withdrawal = new XYSeries("Withdrawal markers");
        XYSeries confrontation = new XYSeries("Confrontation markers");
        XYSeries strategies = new XYSeries("Resolution strategies");
        for (Coding k : s.codings()) {
            if (codes.withdrawal().contains(k.codeId())) withdrawal.add(minutes(k.startMs()), 2);
            else if (codes.confrontation().contains(k.codeId())) confrontation.add(minutes(k.startMs()), 1);
            else if (codes.isStrategy(k.codeId())) strategies.add(minutes(k.startMs()), 0);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(withdrawal);
        data.addSeries(confrontation);
        data.addSeries(strategies);
        SymbolAxis lanes = new SymbolAxis(null, new String[] {"Strategy", "Confrontation", "Withdrawal"});
        lanes.setRange(-0.6, 2.6);
        NumberAxis time = new NumberAxis("Minutes into the session");
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < 3; i++) renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        XYPlot plot = new XYPlot(data, time, lanes, renderer);
        JFreeChart chart = new JFreeChart(s.session().name() + " \u2013 ruptures and repairs by segment",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        double end = s.segments().isEmpty() ? 1 : minutes(s.segments().get(s.segments().size() - 1).endMs());
        time.setRange(0, Math.max(end, 1));
        for (SegmentStats g : s.segments()) {
            if (g.index() == 0) continue;
            ValueMarker m = new ValueMarker(minutes(g.startMs()), ChartStyle.REFERENCE_LINE, ChartStyle.DASHED);
            plot.addDomainMarker(m);
        }
        for (Episode e : s.episodes()) {
            IntervalMarker w = new IntervalMarker(minutes(e.startMs()), Math.min(minutes(e.windowEndMs()), end),
                    e.resolved() ? RESOLVED : UNRESOLVED, new BasicStroke(0f), null, null, 1f);
            plot.addDomainMarker(w); // translucent, so the codings under it show
            XYTextAnnotation label = new XYTextAnnotation("E" + e.number(), minutes(e.startMs()) + LABEL_SHIFT * end, 2.45);
            label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            plot.addAnnotation(label);
        }
        return chart;
    }

    private static double minutes(long ms) {
        return ms / 60_000.0;
    }
}
