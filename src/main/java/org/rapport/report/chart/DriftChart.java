package org.rapport.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Each rater's agreement over time (decision 0015): per bin (a month, or a run of n sessions) against the reference
 * (solid) and against the other raters (dashed), one colour per rater, the control limit as a dashed line, and bins
 * below it ringed.
 */
public final class DriftChart {
    /** A rater's bins against the reference or against peers. */
    public record Series(String rater, boolean againstReference, List<Bin> bins) {
    }

    /** A bin: its label ("2026-03", "1–5") and mean (null: nothing defined). */
    public record Bin(String label, Double mean, boolean flagged) {
    }

    private DriftChart() {
    }

    public static JFreeChart of(String title, List<Series> series, String statistic, double limit, String binAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> bins = order(series);
        List<String> raters = new ArrayList<>(new LinkedHashSet<>(series.stream().map(Series::rater).toList()));
        List<Series> shown = series.stream().filter(s -> s.bins().stream().anyMatch(b -> b.mean() != null)).toList();
        for (Series s : shown) {
            String key = s.rater() + (s.againstReference() ? " vs reference" : " vs other raters");
            for (String b : bins) data.addValue(null, key, b);
            for (Bin b : s.bins()) data.addValue(b.mean(), key, b.label());
        }
        String limitKey = CertificationChart.limitName("control limit (criterion)", limit);
        for (String b : bins) data.addValue(limit, limitKey, b);
        // one ring series per line, so that several raters below the limit in one period are all ringed
        List<Integer> ringsOf = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).bins().stream().noneMatch(Bin::flagged)) continue;
            String key = ringsOf.isEmpty() ? "below the control limit" : "below the control limit (" + i + ")";
            for (String b : bins) data.addValue(null, key, b);
            for (Bin b : shown.get(i).bins()) if (b.flagged()) data.addValue(b.mean(), key, b.label());
            ringsOf.add(i);
        }
        CategoryAxis x = new CategoryAxis(binAxis);
        if (bins.size() > 8) x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        double low = Math.min(0, series.stream().flatMap(s -> s.bins().stream()).filter(b -> b.mean() != null)
                .mapToDouble(Bin::mean).min().orElse(0));
        NumberAxis y = new NumberAxis(statistic);
        y.setRange(Math.max(-1, low - 0.05), 1.05);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer();
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int i = 0; i < shown.size(); i++) {
            Series s = shown.get(i);
            renderer.setSeriesPaint(i, ChartStyle.series(raters.indexOf(s.rater())));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesStroke(i, s.againstReference() ? new BasicStroke(2f) : ChartStyle.DASHED);
        }
        int l = shown.size();
        renderer.setSeriesShapesVisible(l, false);
        renderer.setSeriesStroke(l, ChartStyle.DASHED);
        renderer.setSeriesPaint(l, ChartStyle.REFERENCE_LINE);
        for (int k = 0; k < ringsOf.size(); k++) {
            int f = shown.size() + 1 + k;
            renderer.setSeriesLinesVisible(f, false);
            renderer.setSeriesShapesFilled(f, false);
            renderer.setSeriesShape(f, new Ellipse2D.Double(-8, -8, 16, 16));
            renderer.setSeriesStroke(f, new BasicStroke(2.5f));
            renderer.setSeriesPaint(f, ChartStyle.SERIES[1]);
            renderer.setSeriesVisibleInLegend(f, k == 0);
        }
        return chart;
    }

    /** Every bin label in time order: months sort as text, runs of sessions by their first session. */
    private static List<String> order(List<Series> series) {
        Set<String> all = new LinkedHashSet<>();
        for (Series s : series) for (Bin b : s.bins()) all.add(b.label());
        List<String> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt(DriftChart::leadingNumber).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    private static int leadingNumber(String label) {
        int i = 0;
        while (i < label.length() && Character.isDigit(label.charAt(i))) i++;
        if (i == 0) return Integer.MAX_VALUE; // "undated" last
        if (i < label.length() && label.charAt(i) == '-') return 0; // a month: all equal here, then by text
        return Integer.parseInt(label.substring(0, i));
    }
}
