package org.rapport.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartImagesTest {
    private static JFreeChart chartWithSeriesNamed(String name) {
        XYSeries series = new XYSeries(name);
        series.add(1, 0.61);
        series.add(2, 0.74);
        series.add(3, 0.82);
        return ChartStyle.apply(ChartFactory.createXYLineChart("Agreement", "session", "ICC",
                new XYSeriesCollection(series)));
    }

    @Test
    void svgIsAnInlineElementWithUserTextEscaped() {
        String svg = ChartImages.svg(chartWithSeriesNamed("Ana <script>alert(1)</script> & Ben"), 600, 300);

        assertTrue(svg.startsWith("<svg"), svg.substring(0, Math.min(80, svg.length())));
        assertTrue(svg.endsWith("</svg>"));
        assertTrue(svg.contains("viewBox='0.0 0.0 600.0 300.0'"), "scalable, the size asked for");
        assertFalse(svg.contains("<script>"), "a rater's name must not become markup");
        assertTrue(svg.contains("&lt;script&gt;"), "the name is there, escaped");
    }

    @Test
    void pngDecodesToAnImageOfTheRequestedSizeWithSomethingDrawn() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                ChartImages.png(chartWithSeriesNamed("Ana"), 400, 250)));

        assertEquals(400, image.getWidth());
        assertEquals(250, image.getHeight());
        int first = image.getRGB(0, 0);
        boolean differs = false;
        for (int x = 0; x < image.getWidth() && !differs; x += 3) {
            for (int y = 0; y < image.getHeight() && !differs; y += 3) {
                differs = image.getRGB(x, y) != first;
            }
        }
        assertTrue(differs, "the chart drew something on its white background");
    }
}
