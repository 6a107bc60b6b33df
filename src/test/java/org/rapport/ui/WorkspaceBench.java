package org.rapport.ui;

import java.awt.event.KeyEvent;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;

import org.rapport.app.Project;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.ui.session.SessionView;
import org.rapport.ui.shell.MainWindow;
import org.rapport.ui.shell.RapportApp;

/**
 * End-to-end timings of the desktop workspace (a fresh JVM per run, real libVLC, real H2):
 * window visible after start, opening a 90-minute session with 2,000 utterances and 1,000 codings, transcript
 * highlight lag behind the player, hotkey to committed coding, resident memory while playing.
 * Run: docs/bench-workspace.sh (builds, then runs this under xvfb-run).
 */
public final class WorkspaceBench {
    private WorkspaceBench() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        if (!Project.exists(folder)) build(folder);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.setProperty("rapport.rater", "Ana");
        System.setProperty("rapport.settings", java.nio.file.Path.of("target", "test-settings", "bench.properties").toAbsolutePath().toString());
        System.setProperty("rapport.audio", "dummy");
        AtomicLong visibleAt = new AtomicLong();
        MainWindow w = RapportApp.launch(folder, () -> { })[0];
        Screenshots.waitFor(() -> {
            if (w.isShowing() && visibleAt.get() == 0) visibleAt.set(System.currentTimeMillis());
            return w.isShowing();
        }, 30_000);
        long toVisible = visibleAt.get() - jvmStart;
        Screenshots.waitFor(() -> w.project() != null && (w.sessionView() != null
                || Screenshots.find(w.getContentPane(), "sessions").isShowing()), 60_000);
        Thread.sleep(1000);
        long sid = Screenshots.onEdt(w::project).sessions().byName("long-session").id();

        // opening: from the request to the session view laid out on screen (load off the event thread included)
        List<Long> opens = new ArrayList<>();
        SessionView previous = null;
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            SwingUtilities.invokeAndWait(() -> w.openSessionAt(sid, 0));
            SessionView before = previous;
            Screenshots.waitFor(() -> w.sessionView() != null && w.sessionView() != before && w.sessionView().isShowing(),
                    30_000);
            SwingUtilities.invokeAndWait(() -> { });
            opens.add((System.nanoTime() - t0) / 1_000_000);
            previous = Screenshots.onEdt(w::sessionView);
        }
        SessionView v = previous;
        Screenshots.waitFor(() -> v.player().length() > 0, 20_000);
        SwingUtilities.invokeAndWait(() -> {
            v.seek(600_000);
            v.player().play();
        });
        Thread.sleep(1500);

        // highlight lag: when the highlight moves to an utterance, how far the player already is past its start
        List<Long> lags = new ArrayList<>();
        int last = Screenshots.onEdt(() -> v.transcriptPanel().current());
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            long[] s = Screenshots.onEdt(() -> new long[] {v.transcriptPanel().current(), v.player().time()});
            if (s[0] != last) {
                long start = Screenshots.onEdt(() -> v.transcriptPanel().utteranceList().getModel()
                        .getElementAt((int) s[0]).startMs());
                lags.add(s[1] - start);
                last = (int) s[0];
            }
            Thread.sleep(5);
        }

        // hotkey to committed coding: key event posted -> commit returned and the view updated
        List<Long> hotkeys = new ArrayList<>();
        AtomicLong changedAt = new AtomicLong();
        SwingUtilities.invokeAndWait(() -> v.codingModel().onChange(() -> changedAt.set(System.nanoTime())));
        for (int i = 0; i < 25; i++) {
            int before = Screenshots.onEdt(() -> v.codingModel().own().size());
            long[] t0 = new long[1];
            SwingUtilities.invokeAndWait(() -> {
                v.transcriptPanel().utteranceList().requestFocusInWindow();
                t0[0] = System.nanoTime();
                java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(new KeyEvent(
                        v.transcriptPanel().utteranceList(), KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0,
                        KeyEvent.VK_2, KeyEvent.CHAR_UNDEFINED));
            });
            Screenshots.waitFor(() -> v.codingModel().own().size() > before, 10_000);
            hotkeys.add((changedAt.get() - t0[0]) / 1_000);
            Thread.sleep(150);
        }
        Thread.sleep(3000);
        long rssMb = rssKb() / 1024;

        System.out.printf("window visible after JVM start: %d ms%n", toVisible);
        System.out.printf("open 90-min session (2000 utterances, 1000 codings): median %d ms, max %d ms (runs: %s)%n",
                median(opens.subList(1, opens.size())), Collections.max(opens.subList(1, opens.size())), opens);
        System.out.printf("transcript highlight behind player: median %d ms, max %d ms over %d utterance changes%n",
                median(lags), lags.isEmpty() ? -1 : Collections.max(lags), lags.size());
        System.out.printf("hotkey to committed coding: median %.1f ms, 90th percentile %.1f ms, max %.1f ms over %d presses%n",
                median(hotkeys) / 1000.0, percentile(hotkeys, 0.9) / 1000.0, Collections.max(hotkeys) / 1000.0,
                hotkeys.size());
        System.out.printf("resident memory while playing: %d MB%n", rssMb);
        SwingUtilities.invokeAndWait(w::exit);
        System.exit(0);
    }

    private static long percentile(List<Long> xs, double p) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p * s.size()) - 1));
    }

    private static long median(List<Long> xs) {
        if (xs.isEmpty()) return -1;
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }

    private static void build(Path folder) throws Exception {
        Path video = TestSessions.ninetyMinuteVideo();
        try (Project p = Project.init(folder)) {
            Session s = TestSessions.addSession(p, "long-session", video, TestSessions.transcript(2000, 5_400_000L),
                    org.rapport.media.MediaProbe.durationMs(video).orElse(null));
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            p.codings().assign(s.id(), ana, "3rs");
            String[] codes = {"w-denial", "w-minimal", "c-therapist", "r-clarify", "r-acknowledge"};
            for (int i = 0; i < 1000; i++) {
                long start = i * 5_400L;
                p.codings().add(ana, s.id(), "3rs", codes[i % codes.length], start, start + 2_000, null, null, null,
                        i % 10 == 0 ? "note " + i : null);
            }
        }
    }
}
