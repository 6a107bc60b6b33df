package org.rapport.ui.session;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javax.swing.JPanel;

import org.rapport.media.VideoFrames;

/**
 * Shows the frames the VLCJ player renders into it (callback rendering), letterboxed; when there is no picture
 * (audio only, transcript-only mode) a calm caption says so.
 */
final class VideoPanel extends JPanel implements VideoFrames {
    private volatile BufferedImage image;
    private volatile int[] pixels;
    private volatile boolean hasFrame;
    private String caption = "";

    VideoPanel() {
        setBackground(new Color(0x15181c));
        setOpaque(true);
        setName("video");
    }

    void setCaption(String caption) {
        this.caption = caption;
        repaint();
    }

    boolean hasFrame() {
        return hasFrame;
    }

    @Override
    public synchronized int[] allocate(int width, int height) {
        BufferedImage current = image;
        if (current != null && current.getWidth() == width && current.getHeight() == height) return pixels;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        image = img;
        return pixels;
    }

    @Override
    public void frameReady() {
        hasFrame = true;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        Graphics2D g2 = (Graphics2D) g.create();
        BufferedImage img = image;
        int w = getWidth();
        int h = getHeight();
        if (img != null && hasFrame) {
            double scale = Math.min(w / (double) img.getWidth(), h / (double) img.getHeight());
            int dw = (int) (img.getWidth() * scale);
            int dh = (int) (img.getHeight() * scale);
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int[] px = pixels;
            synchronized (px) {
                g2.drawImage(img, (w - dw) / 2, (h - dh) / 2, dw, dh, null);
            }
        } else if (!caption.isEmpty()) {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(new Color(0x9aa4ae));
            g2.setFont(getFont().deriveFont(Font.PLAIN, 15f));
            FontMetrics fm = g2.getFontMetrics();
            String[] lines = caption.split("\n");
            int y = h / 2 - (lines.length * fm.getHeight()) / 2 + fm.getAscent();
            for (String line : lines) {
                g2.drawString(line, (w - fm.stringWidth(line)) / 2, y);
                y += fm.getHeight();
            }
        }
        g2.dispose();
    }
}
