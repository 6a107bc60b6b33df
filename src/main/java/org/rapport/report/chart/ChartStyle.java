package org.rapport.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/** One look for every chart Rapport draws, so a report reads as one document and prints well in black and white. */
public final class ChartStyle {
    /** Colour-blind-safe series colours (Okabe & Ito 2008), in the order series are added. */
    public static final Color[] SERIES = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};
    /** Reference lines: a criterion, a control limit. */
    public static final Color REFERENCE_LINE = new Color(0x444444);
    public static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private static final Color GRID = new Color(0xDDDDDD);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartStyle() {}

    /** Applies the house style to a chart made by any of JFreeChart's factories; returns it for chaining. */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TEXT);
            legend.setFrame(BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getSeriesCount(); i++) {
                xy.getRenderer().setSeriesPaint(i, series(i));
            }
            xy.getDomainAxis().setLabelFont(TEXT);
            xy.getRangeAxis().setLabelFont(TEXT);
        } else if (plot instanceof CategoryPlot category) {
            category.setDomainGridlinePaint(GRID);
            category.setRangeGridlinePaint(GRID);
            for (int i = 0; i < category.getDataset().getRowCount(); i++) {
                category.getRenderer().setSeriesPaint(i, series(i));
            }
            category.getDomainAxis().setLabelFont(TEXT);
            category.getRangeAxis().setLabelFont(TEXT);
        }
        return chart;
    }

    /** The colour of the i-th series; colours repeat after eight series. */
    public static Paint series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }
}
