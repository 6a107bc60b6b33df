package org.rapport.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A trainee's agreement with the reference on each gold session, in completion order, with the criterion as a
 * dashed line, failed sessions marked, and the session where certification was reached (decision 0015).
 */
public final class CertificationChart {
    /** A gold session: its number in completion order, its value (null: not assessed) and whether it passed. */
    public record Point(int order, String session, Double value, Boolean passed) {
    }

    private CertificationChart() {
    }

    /**
     * @param statistic      the criterion's statistic, e.g. "ICC(A,1)"
     * @param certifiedOrder the order of the session where certification was reached, or -1
     */
    public static JFreeChart of(String title, List<Point> points, String statistic, double min, int certifiedOrder) {
        XYSeries agreement = new XYSeries(statistic + " with the reference");
        XYSeries failed = new XYSeries("below the criterion");
        for (Point p : points) {
            if (p.value() == null) continue;
            agreement.add(p.order(), p.value());
            if (Boolean.FALSE.equals(p.passed())) failed.add(p.order(), p.value());
        }
        double right = Math.max(points.size(), 3) + 0.5;
        double low = Math.min(0, points.stream().filter(p -> p.value() != null).mapToDouble(Point::value).min().orElse(0));
        double bottom = Math.max(-1, low - 0.05);
        // the criterion and the certification are series (not markers), so the legend names them with their values
        XYSeries line = new XYSeries(limitName("criterion", min));
        line.add(0.5, min);
        line.add(right, min);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(agreement);
        data.addSeries(failed);
        data.addSeries(line);
        if (certifiedOrder > 0) {
            XYSeries certified = new XYSeries("certified at gold session " + certifiedOrder);
            certified.add(certifiedOrder, bottom);
            certified.add(certifiedOrder, 1.05);
            data.addSeries(certified);
        }
        NumberAxis x = new NumberAxis("gold session, in completion order");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, right);
        NumberAxis y = new NumberAxis(statistic);
        y.setRange(bottom, 1.05);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-7, -7, 14, 14));
        renderer.setSeriesShapesFilled(1, false);
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        renderer.setSeriesPaint(1, ChartStyle.SERIES[1]);
        renderer.setSeriesVisibleInLegend(1, failed.getItemCount() > 0);
        renderer.setSeriesShapesVisible(2, false);
        renderer.setSeriesStroke(2, ChartStyle.DASHED);
        renderer.setSeriesPaint(2, ChartStyle.REFERENCE_LINE);
        if (certifiedOrder > 0) {
            renderer.setSeriesShapesVisible(3, false);
            renderer.setSeriesStroke(3, new BasicStroke(2f));
            renderer.setSeriesPaint(3, ChartStyle.SERIES[2]);
        }
        return chart;
    }

    /** "criterion ≥ 0.70". */
    static String limitName(String what, double min) {
        return String.format(Locale.ROOT, "%s \u2265 %.2f", what, min);
    }
}
