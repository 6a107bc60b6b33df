package org.rapport.ui.session;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Theme;

/**
 * The timeline under the player: a time ruler with the rating-segment grid, the segment overview (which segments
 * are rated), the speaker lane (who speaks when), the coded intervals as bars named by their code in one lane per
 * code (one lane per rater when a supervisor shows others' codings, so raters' lanes can be compared at a glance),
 * the in/out marks and the playhead. Wheel scrolls, Ctrl+wheel zooms, a click
 * seeks, a click on a bar selects that coding.
 */
final class TimelinePanel extends JComponent {
    private static final int RULER = 24;
    private static final int LANE = 22;
    private static final int LABEL_W = 150;
    /** The segment overview under the ruler: one block per rating segment, filled as it is rated. */
    private static final int STRIP = 10;
    /** The speaker lane: who speaks when, coloured by role as in the transcript. */
    private static final int SPEECH = 16;

    private final CodingModel model;
    private final List<Codebook> codebooks;
    private final Map<Long, String> raterNames;
    private final boolean lanePerRater;
    private final long segmentMs;
    private final LongConsumer seek;
    private final Consumer<Coding> select;
    private final Transcript transcript;
    private final SegmentProgress progress;
    private long shownSelection = -1;
    private long lengthMs;
    private long viewStart;
    private long viewSpan;
    private long playhead;
    private Long markIn;
    private Long markOut;
    private List<Lane> lanes = List.of();
    /** The lane and code name of each bar labelled in the last full paint, for tests ("Ana: Denial"). */
    private List<String> paintedBarLabels = List.of();

    private record Lane(String key, String label, Color color) {
    }

    TimelinePanel(CodingModel model, List<Codebook> codebooks, Map<Long, String> raterNames, boolean lanePerRater,
                  Transcript transcript, SegmentProgress progress, long lengthMs, LongConsumer seek,
                  Consumer<Coding> select) {
        this.model = model;
        this.transcript = transcript;
        this.progress = progress;
        this.codebooks = codebooks;
        this.raterNames = raterNames;
        this.lanePerRater = lanePerRater;
        this.segmentMs = progress.segmentMs();
        this.seek = seek;
        this.select = select;
        setName("timeline");
        setLength(lengthMs);
        viewSpan = this.lengthMs;
        model.onChange(this::rebuildLanes);
        model.onChange(this::showSelection);
        progress.onChange(this::repaint);
        rebuildLanes();
        ToolTipManager.sharedInstance().registerComponent(this);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                Coding hit = codingAt(e.getX(), e.getY());
                int seg = segmentAt(e.getX(), e.getY());
                if (hit != null) select.accept(hit);
                else if (seg >= 0) seek.accept(seg * segmentMs);
                else if (e.getX() >= LABEL_W) seek.accept(timeAt(e.getX()));
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                if (e.isControlDown()) zoom(e.getWheelRotation() < 0 ? 0.5 : 2, timeAt(e.getX()));
                else scrollBy((long) (e.getPreciseWheelRotation() * viewSpan / 10));
            }
        };
        addMouseListener(mouse);
        addMouseWheelListener(mouse);
    }

    void setLength(long ms) {
        lengthMs = Math.max(1000, ms);
        if (viewSpan <= 0 || viewSpan > lengthMs) viewSpan = lengthMs;
        clampView();
        repaint();
    }

    /** Moves the playhead; repaints only the strips it left and entered unless the view has to scroll. */
    void setPlayhead(long ms, boolean follow) {
        if (ms == playhead) return;
        int oldX = xOf(playhead);
        playhead = ms;
        if (follow && (ms < viewStart || ms > viewStart + viewSpan)) {
            viewStart = ms - viewSpan / 10;
            clampView();
            repaint();
            return;
        }
        int newX = xOf(ms);
        if (markIn != null && markOut == null) {
            repaint();
            return;
        }
        repaint(oldX - 6, 0, 12, getHeight());
        repaint(newX - 6, 0, 12, getHeight());
    }

    void setMarks(Long in, Long out) {
        markIn = in;
        markOut = out;
        repaint();
    }

    /** Zooms by a factor around a moment (factor < 1 zooms in). */
    void zoom(double factor, long around) {
        long span = Math.max(5_000, Math.min(lengthMs, (long) (viewSpan * factor)));
        double rel = viewSpan == 0 ? 0.5 : (around - viewStart) / (double) viewSpan;
        viewSpan = span;
        viewStart = around - (long) (rel * span);
        clampView();
        repaint();
    }

    /** Shows a stretch in the middle of the view with room around it (at least 20 s), as when reviewing it. */
    void zoomAround(long startMs, long endMs) {
        viewSpan = Math.max(5_000, Math.min(lengthMs, Math.max(20_000, 3 * (endMs - startMs))));
        viewStart = (startMs + endMs) / 2 - viewSpan / 2;
        clampView();
        repaint();
    }

    /** A coding selected elsewhere (the Codings list, P / N) outside the view is brought into its middle. */
    private void showSelection() {
        Coding k = model.selected();
        if (k == null || k.id() == shownSelection) return;
        shownSelection = k.id();
        if (inView(k.startMs()) && inView(k.endMs())) return;
        if (k.endMs() - k.startMs() > viewSpan) viewStart = k.startMs() - viewSpan / 10;
        else viewStart = (k.startMs() + k.endMs()) / 2 - viewSpan / 2;
        clampView();
        repaint();
    }

    /** The point at a moment in the segment overview ("rated") or the speaker lane ("speech"), for tests. */
    java.awt.Point pointAt(long ms, String row) {
        int y = "rated".equals(row) ? RULER + STRIP / 2 : speechTop() + SPEECH / 2;
        return new java.awt.Point(xOf(ms), y);
    }

    /** Whether a moment is in the visible stretch of the timeline. */
    boolean inView(long ms) {
        return ms >= viewStart && ms <= viewStart + viewSpan;
    }

    void zoomToFit() {
        viewStart = 0;
        viewSpan = lengthMs;
        repaint();
    }

    long viewSpan() {
        return viewSpan;
    }

    void scrollBy(long ms) {
        viewStart += ms;
        clampView();
        repaint();
    }

    private void clampView() {
        viewStart = Math.max(0, Math.min(lengthMs - viewSpan, viewStart));
    }

    private void rebuildLanes() {
        Map<String, Lane> m = new LinkedHashMap<>();
        if (lanePerRater) {
            int i = 0;
            // by name: the names come in no fixed order, and lanes and colours should not move between openings
            for (var e : raterNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
                m.put("r" + e.getKey(), new Lane("r" + e.getKey(), e.getValue(), Theme.rater(i++)));
            }
        } else {
            java.util.Set<String> used = new java.util.HashSet<>();
            for (Coding k : model.all()) used.add(k.codebookId() + "/" + k.codeId());
            for (Codebook cb : codebooks) {
                for (Code c : cb.codes()) {
                    String key = cb.id() + "/" + c.id();
                    if (used.remove(key)) m.put(key, new Lane(key, c.label(), Theme.group(c.group())));
                }
            }
            for (String key : used) {
                m.put(key, new Lane(key, key.substring(key.indexOf('/') + 1) + " (removed)", new Color(0x9a9a9a)));
            }
        }
        lanes = new ArrayList<>(m.values());
        revalidate();
        repaint();
    }

    private String laneKey(Coding k) {
        return lanePerRater ? "r" + k.raterId() : k.codebookId() + "/" + k.codeId();
    }

    private boolean hasStrip() {
        return progress.segmentCount() > 0 && progress.items() > 0;
    }

    private int speechTop() {
        return RULER + (hasStrip() ? STRIP : 0);
    }

    /** Where the code (or rater) lanes begin: under the ruler, the segment overview and the speaker lane. */
    private int lanesTop() {
        return speechTop() + (transcript.utterances().isEmpty() ? 0 : SPEECH);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(600, lanesTop() + Math.max(3, lanes.size()) * LANE + 8);
    }

    /** The rating segment whose block in the overview is at a point, or -1. */
    private int segmentAt(int x, int y) {
        if (!hasStrip() || y < RULER || y >= RULER + STRIP || x < LABEL_W) return -1;
        int seg = (int) (timeAt(x) / segmentMs);
        return seg < progress.segmentCount() ? seg : -1;
    }

    /** The utterance drawn in the speaker lane at a point, or null. */
    private Utterance utteranceAt(int x, int y) {
        if (y < speechTop() || y >= lanesTop() || x < LABEL_W) return null;
        int i = transcript.indexAt(timeAt(x));
        if (i < 0) return null;
        Utterance u = transcript.utterances().get(i);
        return xOf(u.endMs()) + 1 >= x ? u : null;
    }

    private int xOf(long ms) {
        int w = getWidth() - LABEL_W - 8;
        return LABEL_W + (int) ((ms - viewStart) * (double) w / viewSpan);
    }

    private long timeAt(int x) {
        int w = getWidth() - LABEL_W - 8;
        long t = viewStart + (long) ((x - LABEL_W) * (double) viewSpan / Math.max(1, w));
        return Math.max(0, Math.min(lengthMs, t));
    }

    private Coding codingAt(int x, int y) {
        int lane = (y - lanesTop()) / LANE;
        if (y < lanesTop() || lane >= lanes.size()) return null;
        String key = lanes.get(lane).key();
        for (Coding k : model.all()) {
            if (!laneKey(k).equals(key)) continue;
            int x0 = xOf(k.startMs());
            int x1 = Math.max(x0 + 4, xOf(k.endMs()));
            if (x >= x0 - 2 && x <= x1 + 2) return k;
        }
        return null;
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int seg = segmentAt(e.getX(), e.getY());
        if (seg >= 0) {
            return "Segment " + (seg + 1) + " (" + TimeCodes.clock(seg * segmentMs) + "\u2013"
                    + TimeCodes.clock((seg + 1) * segmentMs) + "): " + progress.ratedItems(seg) + " of "
                    + progress.items() + " items rated";
        }
        Utterance u = utteranceAt(e.getX(), e.getY());
        if (u != null) {
            String text = u.text().length() > 90 ? u.text().substring(0, 90) + "\u2026" : u.text();
            return "<html><b>" + Banner.escape(u.speaker()) + "</b> " + TimeCodes.clockTenths(u.startMs()) + "<br>"
                    + Banner.escape(text) + "</html>";
        }
        Coding k = codingAt(e.getX(), e.getY());
        if (k == null) return null;
        String who = raterNames.getOrDefault(k.raterId(), "");
        return "<html><b>" + Banner.escape(k.codeId()) + "</b> " + TimeCodes.clockTenths(k.startMs()) + "\u2013"
                + TimeCodes.clockTenths(k.endMs()) + (who.isEmpty() ? "" : " \u00b7 " + Banner.escape(who))
                + (k.note() == null ? "" : "<br>" + Banner.escape(k.note())) + "</html>";
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        Color bg = UIManager.getColor("Panel.background");
        Color fg = UIManager.getColor("Label.foreground");
        Color muted = Theme.muted();
        Color grid = Theme.blend(bg, fg, 0.12);
        g2.setColor(bg);
        g2.fillRect(0, 0, w, h);
        Font small = getFont() != null ? getFont().deriveFont(11f) : new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        g2.setFont(small);
        FontMetrics fm = g2.getFontMetrics();

        // lanes: alternating rows with labels
        int top = lanesTop();
        if (hasStrip()) {
            g2.setColor(muted);
            g2.drawString("Rated", 26, RULER + STRIP - 1);
        }
        if (!transcript.utterances().isEmpty()) {
            g2.setColor(fg);
            g2.drawString("Speech", 26, speechTop() + SPEECH / 2 + fm.getAscent() / 2 - 1);
        }
        for (int i = 0; i < lanes.size(); i++) {
            int y = top + i * LANE;
            if (i % 2 == 1) {
                g2.setColor(Theme.blend(bg, fg, 0.035));
                g2.fillRect(0, y, w, LANE);
            }
            Lane lane = lanes.get(i);
            g2.setColor(lane.color());
            g2.fillRoundRect(10, y + LANE / 2 - 4, 8, 8, 8, 8);
            g2.setColor(fg);
            g2.drawString(clip(lane.label(), fm, LABEL_W - 34), 26, y + LANE / 2 + fm.getAscent() / 2 - 1);
        }
        if (lanes.isEmpty()) {
            g2.setColor(muted);
            g2.drawString("No codings yet: press a code's key (see the Codes tab) to code the current utterance.",
                    LABEL_W, top + LANE + fm.getAscent() / 2);
        }

        Rectangle clip = new Rectangle(LABEL_W, 0, w - LABEL_W - 8, h);
        Graphics2D area = (Graphics2D) g2.create();
        area.clip(clip);

        // segment grid and ruler ticks
        long tick = niceTick(viewSpan);
        for (long t = (viewStart / tick) * tick; t <= viewStart + viewSpan; t += tick) {
            int x = xOf(t);
            area.setColor(grid);
            area.drawLine(x, RULER - 5, x, RULER);
            area.setColor(muted);
            area.drawString(TimeCodes.clock(t), x + 3, RULER - 8);
        }
        if (segmentMs > 0) {
            area.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
            for (long t = 0; t <= lengthMs; t += segmentMs) {
                int x = xOf(t);
                area.setColor(Theme.blend(bg, fg, 0.25));
                area.drawLine(x, RULER, x, h);
            }
            area.setStroke(new BasicStroke(1f));
        }
        area.setColor(grid);
        area.drawLine(LABEL_W, RULER, w, RULER);
        if (hasStrip()) paintSegmentOverview(area, grid);
        paintSpeech(area, g.getClipBounds());

        // in/out marks
        if (markIn != null) {
            long out = markOut != null ? markOut : playhead;
            int x0 = xOf(Math.min(markIn, out));
            int x1 = xOf(Math.max(markIn, out));
            area.setColor(new Color(0x3d6fa8 & 0xffffff | 0x30000000, true));
            area.fillRect(x0, RULER, Math.max(2, x1 - x0), h - RULER);
            area.setColor(new Color(0x3d6fa8));
            area.drawLine(xOf(markIn), RULER, xOf(markIn), h);
            if (markOut != null) area.drawLine(xOf(markOut), RULER, xOf(markOut), h);
        }

        // coded intervals: plain rectangles (no anti-aliasing) and only those inside the area being repainted, so
        // moving the playhead over a thousand codings stays cheap
        Map<String, Integer> laneIndex = new LinkedHashMap<>();
        for (int i = 0; i < lanes.size(); i++) laneIndex.put(lanes.get(i).key(), i);
        Coding selected = model.selected();
        Rectangle dirty = g.getClipBounds() != null ? g.getClipBounds() : new Rectangle(0, 0, w, h);
        long dirtyFrom = timeAt(Math.max(LABEL_W, dirty.x - 2));
        long dirtyTo = timeAt(dirty.x + dirty.width + 2);
        area.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        List<String> labelled = new ArrayList<>();
        for (Coding k : model.all()) {
            if (k.endMs() < Math.max(viewStart, dirtyFrom) || k.startMs() > Math.min(viewStart + viewSpan, dirtyTo)) continue;
            Integer li = laneIndex.get(laneKey(k));
            if (li == null) continue;
            int y = top + li * LANE + 4;
            int x0 = xOf(k.startMs());
            int x1 = Math.max(x0 + 4, xOf(k.endMs()));
            Color c = lanes.get(li).color();
            if (lanePerRater) c = Theme.group(groupOf(k));
            area.setColor(model.isOwn(k) ? c : Theme.blend(c, bg, 0.35));
            area.fillRect(x0, y, x1 - x0, LANE - 8);
            if (barLabel(area, fm, k, x0, x1, y)) {
                labelled.add(lanes.get(li).label() + ": " + CodeLabel.of(codebooks, k));
            }
            if (selected != null && selected.id() == k.id()) {
                area.setColor(fg);
                area.drawRect(x0 - 2, y - 2, x1 - x0 + 3, LANE - 5);
            }
        }

        if (dirty.width >= w - 1) paintedBarLabels = List.copyOf(labelled);

        // playhead
        area.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int px = xOf(playhead);
        area.setColor(new Color(0xd9534f));
        area.fillRect(px - 1, 0, 2, h);
        area.fillPolygon(new int[] {px - 5, px + 5, px}, new int[] {0, 0, 7}, 3);
        area.dispose();
        g2.dispose();
    }

    /** One block per rating segment: filled when every segment item is rated, half-filled when some are. */
    private void paintSegmentOverview(Graphics2D area, Color grid) {
        boolean dark = Theme.isDark();
        for (int seg = 0; seg < progress.segmentCount(); seg++) {
            int x0 = xOf(seg * segmentMs) + 2;
            int x1 = xOf(Math.min(lengthMs, (seg + 1) * segmentMs)) - 2;
            if (x1 < LABEL_W || x0 > getWidth()) continue;
            int y = RULER + 2;
            int hgt = STRIP - 4;
            switch (progress.state(seg)) {
                case COMPLETE -> {
                    area.setColor(dark ? new Color(0x80c4a0) : new Color(0x2f8a5c));
                    area.fillRect(x0, y, Math.max(2, x1 - x0), hgt);
                }
                case PARTIAL -> {
                    area.setColor(new Color(0xd9a43a));
                    area.fillRect(x0, y, Math.max(2, x1 - x0), hgt);
                    area.setColor(UIManager.getColor("Panel.background"));
                    area.fillRect(x0 + 1, y + hgt / 2, Math.max(0, x1 - x0 - 2), hgt - hgt / 2 - 1);
                }
                case NONE -> {
                    area.setColor(Theme.blend(grid, UIManager.getColor("Label.foreground"), 0.3));
                    area.drawRect(x0, y, Math.max(2, x1 - x0), hgt - 1);
                }
            }
        }
    }

    /** Who speaks when: one block per utterance in the speaker lane, in the role's colour. */
    private void paintSpeech(Graphics2D area, Rectangle dirty) {
        List<Utterance> us = transcript.utterances();
        if (us.isEmpty()) return;
        long from = viewStart;
        long to = viewStart + viewSpan;
        if (dirty != null) {
            from = Math.max(from, timeAt(Math.max(LABEL_W, dirty.x - 2)));
            to = Math.min(to, timeAt(dirty.x + dirty.width + 2));
        }
        int y = speechTop() + 3;
        for (int i = Math.max(0, transcript.indexAt(from) - 8); i < us.size(); i++) {
            Utterance u = us.get(i);
            if (u.startMs() > to) break;
            if (u.endMs() < from) continue;
            int x0 = xOf(u.startMs());
            int x1 = Math.max(x0 + 1, xOf(u.endMs()));
            area.setColor(Theme.role(transcript.roleOf(u.speaker())));
            area.fillRect(x0, y, x1 - x0, SPEECH - 6);
        }
    }

    /** Writes the code's name on its bar (cut to fit, left out below three letters); true when written. */
    private boolean barLabel(Graphics2D area, FontMetrics fm, Coding k, int x0, int x1, int y) {
        int left = Math.max(x0, LABEL_W) + 3;
        int room = Math.min(x1, getWidth() - 8) - left - 2;
        // most bars of a long session seen whole are a few pixels wide: give up before measuring the name
        if (room < fm.stringWidth("Abc")) return false;
        String text = clip(CodeLabel.of(codebooks, k), fm, room);
        if (text.length() < 3) return false;
        Color bar = Theme.group(groupOf(k));
        double luminance = (0.299 * bar.getRed() + 0.587 * bar.getGreen() + 0.114 * bar.getBlue()) / 255;
        area.setColor(model.isOwn(k) && luminance < 0.6 ? Color.WHITE : new Color(0x1e1e1e));
        area.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        area.drawString(text, left, y + (LANE - 8 + fm.getAscent()) / 2 - 1);
        area.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        return true;
    }

    List<String> paintedBarLabels() {
        return paintedBarLabels;
    }

    /** The lanes' labels, top to bottom (code labels, or rater names with one lane per rater). */
    List<String> laneLabels() {
        return lanes.stream().map(Lane::label).toList();
    }

    private String groupOf(Coding k) {
        for (Codebook cb : codebooks) {
            if (cb.id().equals(k.codebookId())) return cb.code(k.codeId()).map(Code::group).orElse("");
        }
        return "";
    }

    private static String clip(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) return s;
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "\u2026") > width) t = t.substring(0, t.length() - 1);
        return t + "\u2026";
    }

    private static long niceTick(long span) {
        long[] steps = {1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000};
        for (long s : steps) if (span / s <= 10) return s;
        return 3_600_000;
    }
}
