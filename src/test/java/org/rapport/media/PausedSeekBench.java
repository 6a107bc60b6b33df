package org.rapport.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Paused-seek latency on the frame-index videos with real libVLC: from {@code seek(t)} (or a frame step) to the
 * first delivered picture showing the frame at the clock, p50/p90/max, and how many seeks showed exactly that frame
 * rather than one next to it. Headless (callback rendering). Run: {@code docs/bench-paused-seek.sh [seeks per video]}.
 */
public final class PausedSeekBench {
    private static final long GIVE_UP_MS = 2_000;

    private PausedSeekBench() {
    }

    public static void main(String[] args) throws Exception {
        int seeks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        System.setProperty("rapport.audio", "dummy");
        ExecutorService events = Executors.newSingleThreadExecutor();
        try (VlcRuntime vlc = VlcRuntime.discover().orElseThrow(() -> new IllegalStateException("libVLC not found"))) {
            System.out.printf("load average at start: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
            for (FrameIndexVideo video : FrameIndexVideo.all()) run(vlc, events, video, seeks);
            System.out.printf("load average at end: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            events.shutdownNow();
        }
    }

    private static void run(VlcRuntime vlc, ExecutorService events, FrameIndexVideo video, int seeks)
            throws InterruptedException {
        long lengthMs = video.lengthMs();
        CapturedFrames frames = new CapturedFrames();
        Player player = vlc.open(video.path(), events, frames);
        try {
            player.seek(lengthMs / 2);
            measure(player, frames, video, GIVE_UP_MS * 2);
            Random random = new Random(7);
            List<Long> exact = new ArrayList<>();
            List<Long> near = new ArrayList<>();
            int missed = 0;
            for (int i = 0; i < seeks; i++) {
                player.seek(500 + (long) (random.nextDouble() * (lengthMs - 1_000)));
                long[] r = measure(player, frames, video, GIVE_UP_MS);
                if (r[0] >= 0) exact.add(r[0]);
                if (r[1] >= 0) near.add(r[1]);
                else missed++;
                Thread.sleep(60);
            }
            List<Long> forward = new ArrayList<>();
            List<Long> back = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                player.frameStep(i < 20 ? 1 : -1);
                long[] r = measure(player, frames, video, GIVE_UP_MS);
                (i < 20 ? forward : back).add(r[0] >= 0 ? r[0] : GIVE_UP_MS);
                Thread.sleep(60);
            }
            System.out.printf("%s: paused seek to a random moment, %d seeks: right frame (±1) p50 %d ms, p90 %d ms,"
                    + " max %d ms; exactly the clock's frame in %d, within 2 s%s%n", video, seeks,
                    pct(near, 50), pct(near, 90), pct(near, 100), exact.size(),
                    missed > 0 ? "; " + missed + " not right after 2 s" : "");
            System.out.printf("%s: frame step forward p50 %d ms, p90 %d ms; back p50 %d ms, p90 %d ms (20 each)%n",
                    video, pct(forward, 50), pct(forward, 90), pct(back, 50), pct(back, 90));
        } finally {
            player.close();
        }
    }

    /** {ms until exactly the clock's frame, ms until within one frame}; -1 for what did not happen in time. */
    private static long[] measure(Player player, CapturedFrames frames, FrameIndexVideo video, long giveUpMs)
            throws InterruptedException {
        long start = System.nanoTime();
        long[] r = {-1, -1};
        while (System.nanoTime() - start < giveUpMs * 1_000_000 && r[0] < 0) {
            int expected = video.frameAt(player.time());
            OptionalInt shown = frames.frameShown();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (shown.isPresent() && Math.abs(shown.getAsInt() - expected) <= 1 && r[1] < 0) r[1] = ms;
            if (shown.isPresent() && shown.getAsInt() == expected) r[0] = ms;
            Thread.sleep(1);
        }
        return r;
    }

    private static long pct(List<Long> values, int p) {
        if (values.isEmpty()) return -1;
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
