package org.rapport.report.chart;

import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rapport.analytics.SessionAnalysis;

/** The share of a session's rupture–repair episodes that were resolved, session by session (0–100 %). */
public final class ResolutionRateChart {
    private ResolutionRateChart() {
    }

    /** Sessions without an episode have no rate and are left out of the bars. */
    public static JFreeChart of(List<SessionAnalysis> sessions) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SessionAnalysis s : sessions) {
            if (s.resolutionRate() == null) continue;
            data.addValue(100 * s.resolutionRate(), "Resolved episodes", s.session().name() + " (" + s.resolvedEpisodes()
                    + "/" + s.episodes().size() + ")");
        }
        NumberAxis percent = new NumberAxis("Resolved episodes (%)");
        percent.setRange(0, 108);
        percent.setTickUnit(new NumberTickUnit(20));
        CategoryAxis names = new CategoryAxis("Session (resolved/episodes)");
        if (data.getColumnCount() > 6) names.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        // a 0 % bar has no height: its label (above the bar, the default) still shows the session was counted
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %", new DecimalFormat("0")));
        bars.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = new CategoryPlot(data, names, percent, bars);
        return ChartStyle.apply(new JFreeChart("Resolution rate by session", JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    }
}
