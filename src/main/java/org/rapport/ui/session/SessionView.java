package org.rapport.ui.session;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.rapport.app.session.MediaCheck;
import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.media.ClockPlayer;
import org.rapport.media.Player;
import org.rapport.media.PlayerListener;
import org.rapport.media.VlcRuntime;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeKind;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.session.Session;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;
import org.rapport.ui.keys.HelpDialog;
import org.rapport.ui.keys.Keys;
import org.rapport.ui.shell.AppContext;

/**
 * One session open for coding: the player with its transport, the timeline under it, the transcript beside it,
 * and the codes, rating forms and codings list in tabs. Keys work anywhere in the window (see {@link Keys}).
 */
public final class SessionView extends JPanel {
    private static final long TICK_MS = 40;
    private static final long SKIP_MS = 5_000;

    private final AppContext ctx;
    private final SessionWorkspace ws;
    private final Session session;
    private final CodingModel model;
    private final Coder coder;
    private final VideoPanel video = new VideoPanel();
    private final Banner banner = new Banner();
    private final Banner mediaBanner = new Banner();
    private final TranscriptPanel transcript;
    private final TimelinePanel timeline;
    private final Lazy<RatingsPanel> segmentForm;
    private final Lazy<RatingsPanel> sessionForm;
    private final long segmentMs;
    private final SessionLoad saved;
    private final JButton playButton = new JButton();
    private final JLabel timeLabel = new JLabel();
    private final JLabel speedLabel = new JLabel("1.0\u00d7");
    private final JLabel marksLabel = new JLabel(" ");
    private final JLabel statusLine = new JLabel(" ");
    private final JLabel statusChip = new JLabel();
    private final JSlider volume = new JSlider(0, 100, 100);
    private final JSplitPane main;
    private final JSplitPane right;
    private final HotkeyDispatcher hotkeys;
    private final Timer tick;
    private Player player;
    private Long markIn;
    private Long markOut;
    private long lastSavedPosition = -1;
    private long lastSaveAt;
    private boolean closed;

    /** A pane built the first time it is needed (opening a session stays fast; forms cost HTML layout). */
    static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            if (value == null) value = make.get();
            return value;
        }

        boolean built() {
            return value != null;
        }
    }

    public SessionView(AppContext ctx, SessionLoad saved, Runnable back, Runnable toggleOthers) {
        super(new BorderLayout());
        this.ctx = ctx;
        this.saved = saved;
        this.ws = saved.workspace();
        this.session = ws.session();
        this.model = new CodingModel(ws);
        this.coder = new Coder(ctx.project().codings(), ctx.rater(), ctx.tasks(), model, this::failed);
        setName("session-view");

        long duration = ws.durationMs();
        transcript = new TranscriptPanel(ws.transcript(), this::seek);
        segmentMs = ws.codebooks().stream().flatMap(cb -> cb.scales().stream()).filter(s -> !s.unit().isWholeSession())
                .mapToLong(s -> s.unit().segmentMs()).findFirst().orElse(0L);
        timeline = new TimelinePanel(model, ws.codebooks(), ws.raterNames(), ws.includesOthers(), segmentMs, duration,
                this::seek, this::jumpTo);
        segmentForm = new Lazy<>(() -> new RatingsPanel(ws.codebooks(), true, duration, ws.ratings(), this::rate));
        sessionForm = new Lazy<>(() -> new RatingsPanel(ws.codebooks(), false, duration, ws.ratings(), this::rate));
        boolean hasSegmentScales = segmentMs > 0;
        boolean hasSessionScales = ws.codebooks().stream().flatMap(cb -> cb.scales().stream())
                .anyMatch(s -> s.unit().isWholeSession());

        JPanel left = new JPanel(new BorderLayout());
        JPanel playerBox = new JPanel(new BorderLayout());
        video.setPreferredSize(new Dimension(640, 360));
        playerBox.add(video, BorderLayout.CENTER);
        playerBox.add(transport(), BorderLayout.SOUTH);
        JPanel timelineBox = new JPanel(new BorderLayout());
        timelineBox.add(timelineBar(), BorderLayout.NORTH);
        javax.swing.JScrollPane tlScroll = new javax.swing.JScrollPane(timeline);
        tlScroll.setBorder(BorderFactory.createEmptyBorder());
        tlScroll.setWheelScrollingEnabled(false);
        timelineBox.add(tlScroll, BorderLayout.CENTER);
        JSplitPane leftSplit = new JSplitPane(JSplitPane.VERTICAL_SPLIT, playerBox, timelineBox);
        leftSplit.setResizeWeight(0.72);
        leftSplit.setBorder(null);
        left.add(leftSplit, BorderLayout.CENTER);

        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("coding-tabs");
        tabs.putClientProperty("JTabbedPane.tabType", "underlined");
        tabs.addTab("Codes", new CodesPanel(ws.codebooks(), ctx.keys(), this::applyCode));
        if (hasSegmentScales) lazyTab(tabs, "Segment", () -> {
            RatingsPanel f = segmentForm.get();
            f.showSegment(segmentMs == 0 ? 0 : (int) (player.time() / segmentMs));
            return f;
        });
        if (hasSessionScales) lazyTab(tabs, "Session", sessionForm::get);
        lazyTab(tabs, "Codings", () -> new CodingsPanel(model, ws.codebooks(), ws.raterNames(), ws.includesOthers(),
                new CodingsPanel.Actions() {
                    @Override
                    public void edit(Coding k) {
                        editCoding(k);
                    }

                    @Override
                    public void retimeStart(Coding k) {
                        long now = player.time();
                        coder.update(k, k.withTimes(Math.min(now, k.endMs()), Math.max(now, k.endMs())));
                    }

                    @Override
                    public void retimeEnd(Coding k) {
                        long now = player.time();
                        coder.update(k, k.withTimes(Math.min(now, k.startMs()), Math.max(now, k.startMs())));
                    }

                    @Override
                    public void delete(Coding k) {
                        coder.delete(k);
                    }
                }, this::jumpTo));
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() instanceof LazyTab t) t.build();
        });
        right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, transcript, tabs);
        right.setResizeWeight(0.55);
        right.setBorder(null);
        main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        main.setResizeWeight(0.56);
        main.setBorder(null);

        JPanel north = new JPanel();
        north.setLayout(new BoxLayout(north, BoxLayout.Y_AXIS));
        north.add(header(back, toggleOthers));
        north.add(mediaBanner);
        north.add(banner);
        add(north, BorderLayout.NORTH);
        add(main, BorderLayout.CENTER);
        statusLine.setBorder(BorderFactory.createEmptyBorder(4, 14, 6, 14));
        statusLine.setForeground(Theme.muted());
        statusLine.setName("status");
        add(statusLine, BorderLayout.SOUTH);

        hotkeys = new HotkeyDispatcher(ctx.frame());
        bindKeys();
        List<String> warnings = new ArrayList<>();
        if (!ws.removedCodeCodings().isEmpty()) {
            warnings.add(ws.removedCodeCodings().size() + " coding(s) refer to codes no longer in the codebook in use."
                    + " They are kept and marked \u26a0 in the Codings tab.");
        }
        List<String> shared = ctx.keys().codeCollisions(ws.codebooks());
        if (!shared.isEmpty()) {
            warnings.add("Codes of different codebooks share keys (" + String.join("; ", shared.subList(0, Math.min(3,
                    shared.size()))) + (shared.size() > 3 ? "; \u2026" : "") + "): a key applies the first code listed."
                    + " Assign one codebook to this session, or remap the keys in Help (F1).");
        }
        if (!warnings.isEmpty()) banner.show(Banner.Kind.WARNING, String.join(" ", warnings));
        startPlayer(duration);
        tick = new Timer((int) TICK_MS, e -> onTick());
        tick.start();
        restoreLayoutAndPosition();
    }

    // ---------------------------------------------------------------- layout pieces

    /** A tab whose content is made when it is first shown. */
    private static final class LazyTab extends JPanel {
        private final java.util.function.Supplier<? extends java.awt.Component> make;
        private boolean built;

        LazyTab(java.util.function.Supplier<? extends java.awt.Component> make) {
            super(new BorderLayout());
            this.make = make;
        }

        void build() {
            if (built) return;
            built = true;
            add(make.get(), BorderLayout.CENTER);
            revalidate();
        }
    }

    private static void lazyTab(JTabbedPane tabs, String title, java.util.function.Supplier<? extends java.awt.Component> make) {
        tabs.addTab(title, new LazyTab(make));
    }

    private JPanel header(Runnable back, Runnable toggleOthers) {
        JPanel h = new JPanel(new BorderLayout(12, 0));
        h.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 14));
        JButton backButton = new JButton("\u2190 Sessions");
        backButton.setName("back");
        backButton.putClientProperty("JButton.buttonType", "toolBarButton");
        backButton.setFocusable(false);
        backButton.addActionListener(e -> back.run());
        JPanel titles = new JPanel();
        titles.setLayout(new BoxLayout(titles, BoxLayout.Y_AXIS));
        JLabel title = new JLabel(session.name());
        title.putClientProperty("FlatLaf.styleClass", "h2");
        List<String> facts = new ArrayList<>();
        if (session.clientId() != null) facts.add("Client " + session.clientId());
        if (session.therapist() != null) facts.add("Therapist " + session.therapist());
        if (session.number() != null) facts.add("Session " + session.number());
        if (session.date() != null) facts.add(session.date().toString());
        facts.add(TimeCodes.clock(ws.durationMs()));
        facts.add(ws.transcript().utterances().size() + " utterances");
        JLabel sub = new JLabel(String.join("  \u00b7  ", facts));
        sub.setForeground(Theme.muted());
        titles.add(title);
        titles.add(sub);
        JPanel west = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        west.add(backButton);
        west.add(titles);
        h.add(west, BorderLayout.WEST);

        JPanel east = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 4));
        statusChip.setName("assignment-status");
        updateStatusChip(new org.rapport.app.workspace.SessionRow(null, ws.assignments()).status());
        east.add(statusChip);
        if (ctx.rater().role().canSeeOthers()) {
            JButton others = new JButton(ws.includesOthers() ? "Hide other raters" : "Show other raters");
            others.setName("toggle-others");
            others.setToolTipText("Supervisors may see the other raters' codings, read-only");
            others.setFocusable(false);
            others.addActionListener(e -> toggleOthers.run());
            east.add(others);
        }
        JButton complete = new JButton("Mark complete");
        complete.setName("mark-complete");
        complete.setFocusable(false);
        complete.putClientProperty("JButton.buttonType", "roundRect");
        complete.addActionListener(e -> markComplete());
        east.add(complete);
        h.add(east, BorderLayout.EAST);
        return h;
    }

    private void updateStatusChip(AssignmentStatus s) {
        String text = switch (s) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case COMPLETE -> "Complete";
        };
        statusChip.setText(text);
        statusChip.putClientProperty("FlatLaf.style", "foreground: " + (s == AssignmentStatus.COMPLETE ? "#2f8a5c"
                : s == AssignmentStatus.IN_PROGRESS ? "#b07a1a" : "$Label.disabledForeground") + "; font: bold");
    }

    private JPanel transport() {
        JPanel bar = new JPanel();
        bar.setLayout(new BoxLayout(bar, BoxLayout.X_AXIS));
        bar.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        playButton.setName("play");
        playButton.setFocusable(false);
        playButton.setToolTipText("Play / pause (Space)");
        playButton.putClientProperty("JButton.buttonType", "roundRect");
        playButton.addActionListener(e -> togglePlay());
        timeLabel.setName("time");
        timeLabel.setFont(timeLabel.getFont().deriveFont(Font.PLAIN, 14f));
        JButton back5 = small("\u21ba 5s", "Back 5 seconds (\u2190)", () -> skip(-SKIP_MS));
        JButton fwd5 = small("5s \u21bb", "Forward 5 seconds (\u2192)", () -> skip(SKIP_MS));
        JButton slower = small("\u2212", "Slower ([)", () -> changeRate(-0.25f));
        JButton faster = small("+", "Faster (])", () -> changeRate(0.25f));
        speedLabel.setName("speed");
        volume.setMaximumSize(new Dimension(110, 30));
        volume.setFocusable(false);
        volume.setToolTipText("Volume");
        volume.addChangeListener(e -> player.setVolume(volume.getValue()));
        marksLabel.setForeground(Theme.muted());
        bar.add(playButton);
        bar.add(Box.createHorizontalStrut(6));
        bar.add(back5);
        bar.add(fwd5);
        bar.add(Box.createHorizontalStrut(12));
        bar.add(timeLabel);
        bar.add(Box.createHorizontalStrut(12));
        bar.add(marksLabel);
        bar.add(Box.createHorizontalGlue());
        bar.add(slower);
        bar.add(speedLabel);
        bar.add(faster);
        bar.add(Box.createHorizontalStrut(12));
        bar.add(new JLabel("Vol"));
        bar.add(Box.createHorizontalStrut(4));
        bar.add(volume);
        return bar;
    }

    private JPanel timelineBar() {
        JPanel bar = new JPanel(new BorderLayout());
        bar.setBorder(BorderFactory.createEmptyBorder(6, 12, 2, 10));
        JLabel title = new JLabel(ws.includesOthers() ? "Timeline \u00b7 one lane per rater" : "Timeline");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        bar.add(title, BorderLayout.WEST);
        JPanel zoom = new JPanel(new FlowLayout(FlowLayout.RIGHT, 2, 0));
        zoom.add(small("\u2212", "Zoom out (Ctrl+wheel)", () -> timeline.zoom(2, player.time())));
        zoom.add(small("Fit", "Show the whole session", timeline::zoomToFit));
        zoom.add(small("+", "Zoom in (Ctrl+wheel)", () -> timeline.zoom(0.5, player.time())));
        bar.add(zoom, BorderLayout.EAST);
        return bar;
    }

    private static JButton small(String text, String tip, Runnable r) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.setFocusable(false);
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.addActionListener(e -> r.run());
        return b;
    }

    // ---------------------------------------------------------------- player

    private void startPlayer(long duration) {
        Optional<VlcRuntime> vlc = saved.vlc();
        String mediaPath = session.mediaPath();
        if (vlc.isEmpty()) {
            useClock(duration, "Transcript-only mode: libVLC (VLC 3) was not found, so recordings cannot play. "
                    + "To play them, " + VlcRuntime.INSTALL_HINT + ". The clock runs, and you can code from the transcript.");
            return;
        }
        if (mediaPath == null || mediaPath.isBlank()) {
            useClock(duration, "This session has no recording: the clock runs and you can code from the transcript.");
            return;
        }
        Path media = Path.of(mediaPath);
        if (!saved.mediaFound()) {
            useClock(duration, "Recording not found at " + media + " (moved or deleted). You can still code from"
                    + " the transcript; re-import the session with the media's new place to play it.");
            return;
        }
        attach(vlc.get().open(media, SwingUtilities::invokeLater, video));
        video.setCaption("Audio only");
        ctx.tasks().background(progress -> ctx.project().workspace().checkMedia(session), check -> {
            if (check.status() == MediaCheck.Status.CHANGED) mediaBanner.show(Banner.Kind.WARNING, check.message());
        }, this::failed);
    }

    private void useClock(long duration, String why) {
        attach(new ClockPlayer(duration, SwingUtilities::invokeLater));
        video.setCaption("No recording\nTranscript-only mode");
        mediaBanner.show(Banner.Kind.WARNING, why);
    }

    private void attach(Player p) {
        player = p;
        p.addListener(new PlayerListener() {
            @Override
            public void lengthKnown(long lengthMs) {
                if (p != player || closed) return;
                timeline.setLength(Math.max(lengthMs, ws.transcript().endMs()));
                if (p.hasMedia() && session.durationMs() == null) {
                    ctx.tasks().write(() -> {
                        ctx.project().sessions().recordDuration(session.id(), lengthMs);
                        return null;
                    }, x -> { }, SessionView.this::failed);
                }
                if (p.hasMedia() && ws.transcript().endMs() > lengthMs + 1_000) {
                    banner.show(Banner.Kind.WARNING, "The transcript runs to " + TimeCodes.clock(ws.transcript().endMs())
                            + " but the recording ends at " + TimeCodes.clock(lengthMs) + ": later utterances can be coded"
                            + " but not played.");
                }
            }

            @Override
            public void failed(String message) {
                if (p != player || closed) return;
                long at = p.time();
                p.close();
                useClock(ws.durationMs(), message + ". You can still code from the transcript.");
                player.seek(at);
            }
        });
    }

    public Player player() {
        return player;
    }

    void togglePlay() {
        player.toggle();
        savePosition(true);
    }

    public void seek(long ms) {
        player.seek(ms);
        onTick();
        long t = player.time();
        transcript.showTime(t, true);
        timeline.setPlayhead(t, true);
    }

    private void skip(long delta) {
        seek(player.time() + delta);
    }

    private void changeRate(float delta) {
        player.setRate(player.rate() + delta);
        speedLabel.setText(String.format("%.2f\u00d7", player.rate()).replace(".00", ".0"));
    }

    private void onTick() {
        if (closed) return;
        long t = player.time();
        boolean playing = player.isPlaying();
        playButton.setText(playing ? "\u275a\u275a" : "\u25b6");
        long len = Math.max(player.length(), ws.durationMs());
        timeLabel.setText(TimeCodes.clockTenths(t) + "  /  " + TimeCodes.clock(len));
        transcript.showTime(t, playing);
        timeline.setPlayhead(t, playing);
        if (segmentForm.built() && playing && segmentMs > 0) {
            int seg = (int) (t / segmentMs);
            if (seg != segmentForm.get().segment()) segmentForm.get().showSegment(seg);
        }
        savePosition(false);
    }

    /** The position is workspace state: saved every few seconds while it changes and on pause or close. */
    private void savePosition(boolean now) {
        long t = player.time();
        long clock = System.currentTimeMillis();
        if (t == lastSavedPosition || (!now && clock - lastSaveAt < 5_000)) return;
        lastSavedPosition = t;
        lastSaveAt = clock;
        String key = "position." + session.id();
        ctx.tasks().write(() -> {
            ctx.project().workspace().saveState(ctx.rater(), key, Long.toString(t));
            return null;
        }, x -> { }, e -> { });
    }

    private void restoreLayoutAndPosition() {
        if (saved.positionMs() != null) seek(saved.positionMs());
        double m = 0.56;
        double r = 0.55;
        if (saved.layout() != null) {
            String[] parts = saved.layout().split(",");
            try {
                m = clampSplit(Double.parseDouble(parts[0]));
                r = clampSplit(Double.parseDouble(parts[1]));
            } catch (RuntimeException e) {
                // a damaged layout value: keep the defaults
            }
        }
        double mainAt = m;
        double rightAt = r;
        SwingUtilities.invokeLater(() -> {
            main.setDividerLocation(mainAt);
            right.setDividerLocation(rightAt);
        });
    }

    private static double clampSplit(double v) {
        return Double.isFinite(v) ? Math.max(0.2, Math.min(0.8, v)) : 0.5;
    }

    private String layoutState() {
        double m = main.getWidth() > 0 ? clampSplit(main.getDividerLocation() / (double) main.getWidth()) : 0.56;
        double r = right.getHeight() > 0 ? clampSplit(right.getDividerLocation() / (double) right.getHeight()) : 0.55;
        return String.format(java.util.Locale.ROOT, "%.3f,%.3f", m, r);
    }

    // ---------------------------------------------------------------- coding

    private void bindKeys() {
        Keys keys = ctx.keys();
        for (Keys.Action a : Keys.WORKSPACE) {
            Runnable r = switch (a.id()) {
                case "play-pause" -> this::togglePlay;
                case "back-5s" -> () -> skip(-SKIP_MS);
                case "forward-5s" -> () -> skip(SKIP_MS);
                case "frame-back" -> () -> player.frameStep(-1);
                case "frame-forward" -> () -> player.frameStep(1);
                case "slower" -> () -> changeRate(-0.25f);
                case "faster" -> () -> changeRate(0.25f);
                case "previous-coding" -> () -> jumpTo(model.previous(player.time()));
                case "next-coding" -> () -> jumpTo(model.next(player.time()));
                case "mark-in" -> this::markIn;
                case "mark-out" -> this::markOut;
                case "clear-marks" -> this::clearMarks;
                case "delete-coding" -> () -> ifOwnSelected(coder::delete);
                case "note" -> () -> ifOwnSelected(this::editNote);
                case "undo" -> this::undo;
                case "redo" -> this::redo;
                case "find" -> () -> transcript.findField().requestFocusInWindow();
                case "help" -> () -> HelpDialog.show(ctx.frame(), keys, ws.codebooks(), this::rebindKeys);
                default -> null;
            };
            if (r != null) hotkeys.bind(keys.stroke(a), r);
        }
        hotkeys.bind(KeyStroke.getKeyStroke("ctrl Y"), this::redo);
        for (Codebook cb : ws.codebooks()) {
            for (Code c : cb.codes()) hotkeys.bind(keys.stroke(cb, c), () -> applyCode(cb, c));
        }
    }

    private void rebindKeys() {
        hotkeys.clear();
        bindKeys();
    }

    private void ifOwnSelected(java.util.function.Consumer<Coding> a) {
        Coding k = model.selected();
        if (k == null) status("Select a coding first (click its bar on the timeline or its row in Codings).");
        else if (!model.isOwn(k)) status("That coding belongs to another rater and is read-only.");
        else a.accept(k);
    }

    private void undo() {
        if (coder.canUndo()) {
            coder.undo();
            status("Undone.");
        }
    }

    private void redo() {
        if (coder.canRedo()) {
            coder.redo();
            status("Redone.");
        }
    }

    private void markIn() {
        markIn = player.time();
        markOut = null;
        showMarks();
    }

    private void markOut() {
        if (markIn == null) markIn = player.time();
        markOut = player.time();
        showMarks();
    }

    private void clearMarks() {
        markIn = null;
        markOut = null;
        showMarks();
    }

    private void showMarks() {
        timeline.setMarks(markIn, markOut);
        marksLabel.setText(markIn == null ? " " : "In " + TimeCodes.clockTenths(markIn) + (markOut == null ? "" : "  Out "
                + TimeCodes.clockTenths(markOut)) + "  \u2014 press a code key");
    }

    /** Codes the marked stretch (I/O), else the moment (point codes), else the current utterance. */
    void applyCode(Codebook cb, Code code) {
        long now = player.time();
        long start;
        long end;
        Integer first = null;
        Integer last = null;
        List<Utterance> us = ws.transcript().utterances();
        if (markIn != null) {
            long out = markOut != null ? markOut : now;
            start = Math.min(markIn, out);
            end = Math.max(markIn, out);
            int a = transcript.indexAt(start);
            int b = transcript.indexAt(end);
            if (a >= 0) first = a;
            if (b >= 0) last = b;
        } else if (code.kind() == CodeKind.POINT || us.isEmpty()) {
            start = now;
            end = now;
        } else {
            int i = Math.max(0, transcript.indexAt(now));
            Utterance u = us.get(i);
            start = u.startMs();
            end = u.endMs();
            first = u.index();
            last = u.index();
        }
        clearMarks();
        Coding draft = new Coding(0, session.id(), ctx.rater().id(), cb.id(), cb.version(), code.id(), start, end,
                first, last, null, null, null, null);
        coder.add(draft, k -> {
            status("Coded " + code.label() + "  " + TimeCodes.clockTenths(k.startMs()) + "\u2013" + TimeCodes.clockTenths(k.endMs())
                    + "  \u00b7 saved");
            updateStatusChip(AssignmentStatus.IN_PROGRESS);
        });
    }

    private void jumpTo(Coding k) {
        if (k == null) return;
        model.select(k);
        seek(k.startMs());
    }

    private void editNote(Coding k) {
        JTextArea area = new JTextArea(k.note() == null ? "" : k.note(), 5, 36);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        int ok = JOptionPane.showConfirmDialog(ctx.frame(), new javax.swing.JScrollPane(area), "Note on coding",
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        if (ok == JOptionPane.OK_OPTION) {
            String note = area.getText().strip();
            coder.update(k, k.withNote(note.isEmpty() ? null : note));
        }
    }

    private void editCoding(Coding k) {
        Codebook cb = ws.codebooks().stream().filter(c -> c.id().equals(k.codebookId())).findFirst().orElse(null);
        JComboBox<String> code = new JComboBox<>();
        if (cb != null) for (Code c : cb.codes()) code.addItem(c.id());
        if (cb == null || cb.code(k.codeId()).isEmpty()) code.addItem(k.codeId());
        code.setSelectedItem(k.codeId());
        JTextField start = new JTextField(TimeCodes.clockTenths(k.startMs()), 10);
        JTextField end = new JTextField(TimeCodes.clockTenths(k.endMs()), 10);
        JTextArea note = new JTextArea(k.note() == null ? "" : k.note(), 4, 30);
        note.setLineWrap(true);
        JPanel form = new JPanel(new java.awt.GridLayout(0, 1, 0, 4));
        form.add(new JLabel("Code"));
        form.add(code);
        form.add(new JLabel("Start (mm:ss.s)"));
        form.add(start);
        form.add(new JLabel("End (mm:ss.s)"));
        form.add(end);
        form.add(new JLabel("Note"));
        JPanel all = new JPanel(new BorderLayout(0, 4));
        all.add(form, BorderLayout.NORTH);
        all.add(new javax.swing.JScrollPane(note), BorderLayout.CENTER);
        int ok = JOptionPane.showConfirmDialog(ctx.frame(), all, "Edit coding", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        if (ok != JOptionPane.OK_OPTION) return;
        try {
            long s = parseTime(start.getText());
            long e = parseTime(end.getText());
            if (e < s) throw new IllegalArgumentException("the end is before the start");
            String n = note.getText().strip();
            coder.update(k, k.withCode((String) code.getSelectedItem()).withTimes(s, e).withNote(n.isEmpty() ? null : n));
        } catch (IllegalArgumentException ex) {
            banner.show(Banner.Kind.ERROR, "Coding not changed: " + ex.getMessage());
        }
    }

    /** "1:02:03.4", "02:03.4", "123.4" to ms. */
    static long parseTime(String text) {
        String t = text.strip();
        try {
            String[] parts = t.split(":");
            double seconds = Double.parseDouble(parts[parts.length - 1]);
            long minutes = parts.length >= 2 ? Long.parseLong(parts[parts.length - 2]) : 0;
            long hours = parts.length >= 3 ? Long.parseLong(parts[parts.length - 3]) : 0;
            long ms = Math.round((hours * 3600 + minutes * 60 + seconds) * 1000);
            if (ms < 0) throw new NumberFormatException();
            return ms;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time like 02:03.4");
        }
    }

    // ---------------------------------------------------------------- ratings

    private void rate(Codebook cb, Scale scale, Integer segment, int value) {
        ctx.tasks().write(() -> ctx.project().codings().rate(ctx.rater(), session.id(), cb.id(), scale.id(), segment,
                value), r -> {
                    (segment == null ? sessionForm : segmentForm).get().rated(r);
                    updateStatusChip(AssignmentStatus.IN_PROGRESS);
                    status("Rated " + scale.label() + " = " + value + "  \u00b7 saved");
                }, this::failed);
    }

    private void markComplete() {
        List<String> ids = ws.assignments().isEmpty()
                ? ws.codebooks().stream().filter(cb -> !cb.scales().isEmpty()).map(Codebook::id).toList()
                : ws.assignments().stream().map(a -> a.codebookId()).toList();
        ctx.tasks().write(() -> {
            ctx.project().codings().markComplete(ctx.rater(), session.id(), ids);
            return null;
        }, x -> {
            updateStatusChip(AssignmentStatus.COMPLETE);
            banner.show(Banner.Kind.INFO, "Session marked complete.");
        }, this::failed);
    }

    // ---------------------------------------------------------------- messages and closing

    private void status(String text) {
        statusLine.setText(text);
    }

    private void failed(Throwable e) {
        String msg = e instanceof org.rapport.model.BadInputException ? e.getMessage()
                : "Something went wrong: " + e.getMessage() + " (nothing shown as saved was lost)";
        banner.show(Banner.Kind.ERROR, msg);
        if (!(e instanceof org.rapport.model.BadInputException)) {
            org.slf4j.LoggerFactory.getLogger(SessionView.class).warn("session view", e);
        }
    }

    public String bannerText() {
        return (mediaBanner.message() + " " + banner.message()).strip();
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
        hotkeys.install();
    }

    @Override
    public void removeNotify() {
        hotkeys.uninstall();
        super.removeNotify();
    }

    /** Saves position and layout, stops the clock and releases the player. */
    public void close() {
        if (closed) return;
        savePosition(true);
        String layout = layoutState();
        ctx.tasks().write(() -> {
            ctx.project().workspace().saveState(ctx.rater(), "layout.splits", layout);
            return null;
        }, x -> { }, e -> { });
        closed = true;
        tick.stop();
        hotkeys.uninstall();
        player.close();
    }
}
