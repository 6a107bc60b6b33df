package org.rapport.report.chart;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Renders a chart to SVG (inline in HTML reports, scales and prints sharply) or PNG. Works headless. */
public final class ChartImages {
    private ChartImages() {}

    /**
     * The chart as an SVG element ({@code <svg …>…</svg>}, no XML prolog) ready to inline in HTML. Text in the chart
     * (titles, series names such as rater names) is escaped by JFreeSVG, so user names cannot inject markup.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        // A viewBox lets the report's CSS scale the chart to the page width without blurring it.
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** The chart as PNG bytes. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG", e);
        }
        return out.toByteArray();
    }
}
