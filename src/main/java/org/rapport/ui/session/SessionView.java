package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;

import org.rapport.app.workspace.SessionRow;
import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.media.Player;
import org.rapport.ui.common.Buttons;

/**
 * One session open for coding: the player with its transport and the timeline under it, the transcript beside it,
 * and the codes, rating forms and codings list in tabs. This class only puts the pieces together: playback
 * ({@link Playback}), coding ({@link CodingController}), ratings ({@link RatingController}) and keys
 * ({@link SessionKeys}, working anywhere in the window) each do their own job.
 */
public final class SessionView extends JPanel {
    private final CodingModel model;
    private final SessionMessages messages = new SessionMessages();
    private final TranscriptPanel transcript;
    private final Playback playback;
    private final SessionKeys keys;
    private final PaneLayout layout;
    private final TimelinePanel timeline;
    private final StretchLoop loop;
    private boolean closed;

    public SessionView(AppContext ctx, SessionLoad load, Runnable back, Runnable toggleOthers) {
        super(new BorderLayout());
        setName("session-view");
        SessionWorkspace ws = load.workspace();
        model = new CodingModel(ws);
        VideoPanel video = new VideoPanel();
        playback = new Playback(ctx, load, video, messages);
        StatusChip status = new StatusChip(new SessionRow(null, ws.assignments()).status());
        SegmentProgress progress = new SegmentProgress(ws);
        RatingController ratings = new RatingController(ctx, ws, messages, status, progress);
        CodingController coding = new CodingController(ctx, ws, model, playback, messages, status);
        transcript = new TranscriptPanel(ws.transcript(), playback::seek);
        timeline = new TimelinePanel(model, ws.codebooks(), ws.raterNames(), ws.includesOthers(), ws.transcript(),
                progress, ws.durationMs(), playback::seek, coding::jumpTo);
        TransportBar transport = new TransportBar(playback);
        CodingTabs tabs = new CodingTabs(ws, ctx.keys(), coding, ratings, playback, model,
                load.everyRatersRatings());
        coding.afterDialog(() -> transcript.utteranceList().requestFocus());
        coding.onMarks(marks -> timeline.setMarks(marks.inMs(), marks.outMs()));
        coding.onMarks(transport::showMarks);
        playback.addListener(transport);
        playback.addListener(new Playback.Listener() {
            @Override
            public void moved(long ms, boolean playing, boolean jumped) {
                // with "Follow" off the coder scrolls freely while it plays; a jump still shows where it went
                boolean follow = jumped || playing && transcript.follows();
                transcript.showTime(ms, follow);
                timeline.setPlayhead(ms, follow);
            }

            @Override
            public void lengthKnown(long ms) {
                timeline.setLength(ms);
            }
        });
        playback.addListener(tabs);
        loop = new StretchLoop(playback);
        playback.addListener(loop);
        keys = new SessionKeys(ctx, ws.codebooks(), playback, coding, transcript);

        // a click on the picture takes the keys out of a text field (the find box) and back to the workspace
        video.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                transcript.utteranceList().requestFocusInWindow();
            }
        });
        JPanel playerBox = new JPanel(new BorderLayout());
        video.setPreferredSize(new Dimension(640, 360));
        playerBox.add(video, BorderLayout.CENTER);
        playerBox.add(transport, BorderLayout.SOUTH);
        JSplitPane left = split(JSplitPane.VERTICAL_SPLIT, playerBox, timelineBox(ws, timeline), 0.72);
        JSplitPane right = split(JSplitPane.VERTICAL_SPLIT, transcript, tabs, 0.55);
        JSplitPane main = split(JSplitPane.HORIZONTAL_SPLIT, left, right, 0.56);
        layout = new PaneLayout(ctx, main, right);
        JPanel north = new JPanel();
        north.setLayout(new BoxLayout(north, BoxLayout.Y_AXIS));
        north.add(new SessionHeader(ws, status, back, toggleOthers, ratings::markComplete));
        north.add(messages.mediaBanner());
        north.add(messages.banner());
        add(north, BorderLayout.NORTH);
        add(main, BorderLayout.CENTER);
        add(messages.statusLine(), BorderLayout.SOUTH);

        messages.warnOnOpen(ws, ctx.keys().codeCollisions(ws.codebooks()));
        playback.start();
        layout.restore(load.layout());
    }

    private static JSplitPane split(int orientation, java.awt.Component a, java.awt.Component b, double weight) {
        JSplitPane s = new JSplitPane(orientation, a, b);
        s.setResizeWeight(weight);
        s.setBorder(null);
        return s;
    }

    private JPanel timelineBox(SessionWorkspace ws, TimelinePanel timeline) {
        JPanel bar = new JPanel(new BorderLayout());
        bar.setBorder(BorderFactory.createEmptyBorder(6, 12, 2, 10));
        JLabel title = new JLabel(ws.includesOthers() ? "Timeline \u00b7 one lane per rater" : "Timeline");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        bar.add(title, BorderLayout.WEST);
        JPanel zoom = new JPanel(new FlowLayout(FlowLayout.RIGHT, 2, 0));
        zoom.add(Buttons.toolBar("\u2212", "Zoom out (Ctrl+wheel)", () -> timeline.zoom(2, playback.time())));
        zoom.add(Buttons.toolBar("Fit", "Show the whole session", timeline::zoomToFit));
        zoom.add(Buttons.toolBar("+", "Zoom in (Ctrl+wheel)", () -> timeline.zoom(0.5, playback.time())));
        bar.add(zoom, BorderLayout.EAST);
        JScrollPane scroll = new JScrollPane(timeline);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setWheelScrollingEnabled(false);
        JPanel box = new JPanel(new BorderLayout());
        box.add(bar, BorderLayout.NORTH);
        box.add(scroll, BorderLayout.CENTER);
        return box;
    }

    public Player player() {
        return playback.player();
    }

    public void seek(long ms) {
        playback.seek(ms);
    }

    /** Opens at a search hit: seeks there and shows the utterance in the transcript with the matched words marked. */
    public void showHit(long ms, int utterance, java.util.List<String> words) {
        playback.seek(ms);
        transcript.showHit(utterance, words);
    }

    /** Plays a stretch over and over (with a little margin), from its start, until the user seeks elsewhere. */
    public void loop(long startMs, long endMs) {
        timeline.zoomAround(startMs, endMs);
        loop.loop(startMs, endMs);
        timeline.setMarks(startMs, endMs);
    }

    /** The looped stretch with its margin as {from, to} ms, or null when nothing loops. */
    public long[] loopedStretch() {
        return loop.active() ? new long[] {loop.fromMs(), loop.toMs()} : null;
    }

    /** The timeline's lanes, top to bottom: code labels, or rater names with one lane per rater. */
    public java.util.List<String> timelineLanes() {
        return timeline.laneLabels();
    }

    /** The code names written on bars in the last full paint of the timeline, as "lane: code" (one lane per rater). */
    public java.util.List<String> timelineBarLabels() {
        return timeline.paintedBarLabels();
    }

    /** What the status line says now. */
    public String statusText() {
        return messages.statusLine().getText();
    }

    /** Where a moment is drawn on the timeline in its segment overview ("rated") or speaker lane ("speech"). */
    public java.awt.Point timelinePoint(long ms, String row) {
        return timeline.pointAt(ms, row);
    }

    /** Whether a moment is inside the stretch the timeline shows now. */
    public boolean timelineShows(long ms) {
        return timeline.inView(ms);
    }

    public String bannerText() {
        return messages.text();
    }

    public TranscriptPanel transcriptPanel() {
        return transcript;
    }

    public CodingModel codingModel() {
        return model;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        keys.install();
    }

    @Override
    public void removeNotify() {
        keys.uninstall();
        super.removeNotify();
    }

    /** Saves position and layout, stops the clock and releases the player. */
    public void close() {
        if (closed) return;
        closed = true;
        playback.close();
        layout.save();
        keys.uninstall();
    }
}
