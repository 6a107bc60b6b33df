package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.NativeSupport;

/**
 * Real libVLC on the frame-index sample videos (every frame shows its own number, see make-frame-index.sh): after
 * each seek, skip, frame step, pause and reopen, the picture delivered to the screen must be the frame at the
 * player's clock, give or take one frame, within 300 ms. Runs headless (callback rendering needs no display).
 */
class FrameAccuratePlaybackTest {
    /** The frame on screen may be one frame off the clock's frame. */
    private static final int TOLERANCE_FRAMES = 1;
    /** How soon after a paused seek, skip or step the right picture must be there. */
    private static final long SETTLE_MS = 300;
    /** The right picture has to stay on screen for this long. */
    private static final long STABLE_MS = 120;
    /** After a burst of requests: the one in progress, then the last one. */
    private static final long BURST_MS = 2 * SETTLE_MS;
    /** Opening also finds and starts the decoder, so the first picture may take longer. */
    private static final long OPEN_MS = 3_000;

    record Video(String file, double fps, long lengthMs, long[] keyframesMs) {
        Path path() {
            return Path.of("src/test/resources/media", file).toAbsolutePath();
        }

        int frameAt(long ms) {
            int last = (int) Math.ceil(lengthMs * fps / 1000.0 - 1e-6) - 1;
            return Math.min(last, (int) Math.floor(ms * fps / 1000.0 + 1e-6));
        }

        long frameMs() {
            return Math.round(1000 / fps);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Video> videos() {
        return Stream.of(
                new Video("frames-10fps-bframes.mp4", 10, 60_000, new long[] {30_000}),
                new Video("frames-25fps-bframes.mp4", 25, 40_000, new long[] {10_000, 20_000, 30_000}),
                new Video("frames-30fps-no-bframes.mp4", 30, 40_000, new long[] {10_000, 20_000, 30_000}));
    }

    private static VlcRuntime vlc;
    private static ExecutorService events;
    private Player player;
    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void findLibVlc() {
        System.setProperty("rapport.audio", "dummy");
        NativeSupport.assumeLibVlc();
        vlc = VlcRuntime.discover().orElseThrow();
        events = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void release() {
        if (vlc != null) vlc.close();
        if (events != null) events.shutdownNow();
    }

    @AfterEach
    void closePlayer() {
        if (player != null) player.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("videos")
    void thePictureIsTheFrameAtTheClockAfterEverySeekStepPauseAndReopen(Video video) throws Exception {
        CapturedFrames frames = new CapturedFrames();
        long saved = video.lengthMs() / 3 + 40;
        player = open(video, frames, saved);
        awaitPicture(video, frames, "open at " + saved, OPEN_MS);
        assertNeverPlaysByItself(video, frames, saved);

        List<Long> targets = new ArrayList<>(List.of(video.lengthMs() / 2 + 370, 1_230L, video.lengthMs() - 2_050));
        for (long k : video.keyframesMs()) {
            for (int d : new int[] {-2, -1, 0, 1, 3}) targets.add(k + d * video.frameMs() + video.frameMs() / 2);
        }
        for (long t : targets) {
            player.seek(t);
            awaitPicture(video, frames, "seek to " + t, SETTLE_MS);
        }
        for (long delta : new long[] {5_000, 5_000, -5_000, -5_000}) {
            player.seek(player.time() + delta);
            awaitPicture(video, frames, "skip " + delta, SETTLE_MS);
        }
        for (long at : new long[] {video.lengthMs() / 2 + 10, video.keyframesMs()[0] + 10}) {
            player.seek(at);
            awaitPicture(video, frames, "seek to " + at, SETTLE_MS);
            for (int i = 0; i < 6; i++) awaitStep(video, frames, 1, "frame forward " + (i + 1) + " from " + at);
            for (int i = 0; i < 9; i++) awaitStep(video, frames, -1, "frame back " + (i + 1) + " from " + at);
        }
        playAndPause(video, frames);

        // keys held down: a burst of requests must not queue up behind each other; the last one waits for at most
        // the one in progress
        long from = video.lengthMs() / 4;
        for (int i = 0; i < 150; i++) {
            player.seek(from + i * 100L);
            Thread.sleep(2);
        }
        awaitPicture(video, frames, "after 150 quick seeks", BURST_MS);
        for (int i = 0; i < 8; i++) player.frameStep(i % 3 == 2 ? 1 : -1);
        awaitPicture(video, frames, "after 8 quick frame steps", BURST_MS);

        long at = player.time();
        player.close();
        CapturedFrames again = new CapturedFrames();
        player = open(video, again, at);
        awaitPicture(video, again, "reopen at " + at, OPEN_MS);
        assertNeverPlaysByItself(video, again, at);
    }

    private Player open(Video video, VideoFrames frames, long savedMs) {
        Executor ev = events;
        Player p = vlc.open(video.path(), ev, frames);
        p.seek(savedMs);
        return p;
    }

    /** Plays a second and a bit: the clock starts from where it was (no jump) and the pause shows the clock's frame. */
    private void playAndPause(Video video, CapturedFrames frames) throws InterruptedException {
        long start = player.time();
        long wallStart = System.nanoTime();
        player.play();
        long previous = start;
        while (System.nanoTime() - wallStart < 1_300_000_000L) {
            long t = player.time();
            long wall = (System.nanoTime() - wallStart) / 1_000_000;
            if (t < previous - video.frameMs() || t > start + wall + 150 || t > previous + 250) {
                fail(video + ": the clock jumped while resuming from " + start + ": " + previous + " → " + t
                        + " after " + wall + " ms");
            }
            previous = t;
            Thread.sleep(10);
        }
        assertTrue(player.time() > start + 500, video + ": the clock runs while playing: " + player.time());
        player.pause();
        awaitPicture(video, frames, "pause after playing from " + start, SETTLE_MS);
    }

    private void assertNeverPlaysByItself(Video video, CapturedFrames frames, long at) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            Thread.sleep(100);
            assertFalse(player.isPlaying(), video + ": playing by itself after opening");
            assertTrue(Math.abs(player.time() - at) <= 1, video + ": the clock moved by itself to " + player.time());
            OptionalInt shown = frames.frameShown();
            int expected = video.frameAt(player.time());
            assertTrue(shown.isPresent() && Math.abs(shown.getAsInt() - expected) <= TOLERANCE_FRAMES,
                    video + ": after opening at " + at + " the picture changed to " + shown + ", expected " + expected);
        }
    }

    /**
     * Within {@code withinMs} the picture must be the clock's frame, give or take one, and stay so: an exact
     * picture that holds for a moment passes at once, one a frame off passes if it is still there at the deadline.
     */
    private void awaitPicture(Video video, CapturedFrames frames, String what, long withinMs) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + withinMs * 1_000_000;
        while (true) {
            OptionalInt shown = frames.frameShown();
            int expected = video.frameAt(player.time());
            boolean exact = shown.isPresent() && shown.getAsInt() == expected;
            boolean due = System.nanoTime() >= deadline;
            if (exact || due) {
                long took = (System.nanoTime() - start) / 1_000_000;
                if (!exact && (shown.isEmpty() || Math.abs(shown.getAsInt() - expected) > TOLERANCE_FRAMES)) {
                    fail(video + ", " + what + ": after " + withinMs + " ms the picture shows frame " + shown
                            + ", the clock is at " + player.time() + " ms (frame " + expected + "); before: " + log);
                }
                Thread.sleep(STABLE_MS);
                OptionalInt later = frames.frameShown();
                if (later.equals(shown)) {
                    log.add(what + ": " + shown.getAsInt() + (exact ? "" : " for " + expected) + " after " + took + " ms");
                    return;
                }
                if (due) {
                    fail(video + ", " + what + ": the picture (" + shown + ") changed to " + later + " at "
                            + player.time() + " ms; before: " + log);
                }
                // the exact picture was only passing by: keep watching until the deadline
            }
            Thread.sleep(5);
        }
    }

    /** One press, one frame: the picture moves by exactly one frame in the step's direction, and stays. */
    private void awaitStep(Video video, CapturedFrames frames, int direction, String what) throws InterruptedException {
        int before = frames.frameShown().orElseThrow();
        player.frameStep(direction);
        long start = System.nanoTime();
        long deadline = start + SETTLE_MS * 1_000_000;
        while (System.nanoTime() < deadline) {
            OptionalInt shown = frames.frameShown();
            if (shown.isPresent() && shown.getAsInt() == before + direction) {
                long took = (System.nanoTime() - start) / 1_000_000;
                Thread.sleep(STABLE_MS);
                OptionalInt later = frames.frameShown();
                int expected = video.frameAt(player.time());
                assertTrue(later.equals(shown), video + ", " + what + ": " + shown + " changed to " + later);
                assertTrue(Math.abs(later.getAsInt() - expected) <= TOLERANCE_FRAMES, video + ", " + what
                        + ": frame " + later + " shown, the clock is at frame " + expected);
                log.add(what + ": " + shown.getAsInt() + " after " + took + " ms");
                return;
            }
            Thread.sleep(5);
        }
        fail(video + ", " + what + ": from frame " + before + " the picture went to " + frames.frameShown()
                + " (clock at frame " + video.frameAt(player.time()) + "); before: " + log);
    }
}
