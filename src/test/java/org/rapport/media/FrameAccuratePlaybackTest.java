package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.NativeSupport;

/**
 * Real libVLC on the frame-index sample videos (every frame shows its own number, see make-frame-index.sh): after
 * each seek, skip, frame step, pause and reopen, the picture delivered to the screen must be the frame at the
 * player's clock, give or take one frame, and a frame step must move it by exactly one frame. The issue asks for
 * that within 300 ms. On the shared two-core CI machine libVLC's threads are now and then scheduled late, so the test
 * holds every check to two seconds and asks that nine checks in ten settle within 300 ms (the latency itself is
 * measured by PausedSeekBench). Runs headless: callback rendering needs no display.
 */
@Tag("frame-exact") // run on their own, a stalled libVLC given two more tries (pom.xml)
class FrameAccuratePlaybackTest {
    /** The frame on screen may be one frame off the clock's frame. */
    private static final int TOLERANCE_FRAMES = 1;
    /** The figure: the right picture within 300 ms... */
    private static final long SETTLE_MS = 300;
    /** ...for nine checks in ten... */
    private static final double SETTLED_SHARE = 0.9;
    /** ...and every check within two seconds (after an open: three): a loaded machine stalls libVLC that long. */
    private static final long HARD_MS = 2_000;
    private static final long OPEN_MS = 3_000;
    /** The right picture has to stay on screen this long; one a frame off, longer (it may still be on its way). */
    private static final long STABLE_MS = 120;
    private static final long STABLE_OFF_BY_ONE_MS = 400;

    static Stream<FrameIndexVideo> videos() {
        return FrameIndexVideo.all().stream();
    }

    private static VlcRuntime vlc;
    private static ExecutorService events;
    private Player player;
    private final List<String> log = new ArrayList<>();
    private final List<String> slow = new ArrayList<>();
    private int checks;

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
    void thePictureIsTheFrameAtTheClockAfterEverySeekStepPauseAndReopen(FrameIndexVideo video) throws Exception {
        CapturedFrames frames = new CapturedFrames();
        long saved = video.lengthMs() / 3 + 40;
        player = open(video, frames, saved);
        awaitPicture(video, frames, "open at " + saved, OPEN_MS);
        assertNeverPlaysByItself(video, frames, saved);

        // anywhere, then around each key frame (libVLC decodes differently just before and after one)
        List<Long> targets = new ArrayList<>(List.of(video.lengthMs() / 2 + 370, 1_230L, video.lengthMs() - 2_050));
        for (long k : video.keyframesMs()) {
            for (int d : new int[] {-2, -1, 0, 1, 3}) targets.add(k + d * video.frameMs() + video.frameMs() / 2);
        }
        for (long t : targets) {
            player.seek(t);
            awaitPicture(video, frames, "seek to " + t, HARD_MS);
        }
        for (long delta : new long[] {5_000, 5_000, -5_000, -5_000}) {
            player.seek(player.time() + delta);
            awaitPicture(video, frames, "skip " + delta, HARD_MS);
        }
        for (long at : new long[] {video.lengthMs() / 2 + 10, video.keyframesMs()[0] + 10}) {
            player.seek(at);
            awaitPicture(video, frames, "seek to " + at, HARD_MS);
            for (int i = 0; i < 6; i++) awaitStep(video, frames, 1, "frame forward " + (i + 1) + " from " + at);
            for (int i = 0; i < 9; i++) awaitStep(video, frames, -1, "frame back " + (i + 1) + " from " + at);
        }
        playAndPause(video, frames);

        // keys held down: a burst of requests must not queue up behind each other
        long from = video.lengthMs() / 4;
        for (int i = 0; i < 150; i++) {
            player.seek(from + i * 100L);
            Thread.sleep(2);
        }
        awaitPicture(video, frames, "after 150 quick seeks", HARD_MS);
        for (int i = 0; i < 8; i++) player.frameStep(i % 3 == 2 ? 1 : -1);
        awaitPicture(video, frames, "after 8 quick frame steps", HARD_MS);

        long at = player.time();
        player.close();
        CapturedFrames again = new CapturedFrames();
        player = open(video, again, at);
        awaitPicture(video, again, "reopen at " + at, OPEN_MS);
        assertNeverPlaysByItself(video, again, at);

        assertTrue(slow.size() <= checks * (1 - SETTLED_SHARE), video + ": " + slow.size() + " of " + checks
                + " checks took longer than " + SETTLE_MS + " ms: " + slow);
    }

    private Player open(FrameIndexVideo video, VideoFrames frames, long savedMs) {
        Player p = vlc.open(video.path(), events, frames);
        p.seek(savedMs);
        return p;
    }

    /** Plays a second and a bit: the clock starts from where it was (no jump) and the pause shows the clock's frame. */
    private void playAndPause(FrameIndexVideo video, CapturedFrames frames) throws InterruptedException {
        long start = player.time();
        long wallStart = System.nanoTime();
        player.play();
        long previous = start;
        while (System.nanoTime() - wallStart < 1_300_000_000L) {
            long t = player.time();
            long wall = (System.nanoTime() - wallStart) / 1_000_000;
            if (t < previous || t > start + wall + 150 || t > previous + 250) {
                fail(video + ": the clock jumped while resuming from " + start + ": " + previous + " → " + t
                        + " after " + wall + " ms");
            }
            previous = t;
            Thread.sleep(10);
        }
        assertTrue(player.time() > start + 500, video + ": the clock runs while playing: " + player.time());
        player.pause();
        awaitPicture(video, frames, "pause after playing from " + start, HARD_MS);
    }

    private void assertNeverPlaysByItself(FrameIndexVideo video, CapturedFrames frames, long at) throws InterruptedException {
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

    private void settled(String what, long took) {
        checks++;
        if (took > SETTLE_MS) slow.add(what + " (" + took + " ms)");
    }

    /**
     * Within {@code withinMs} the picture must be the clock's frame, give or take one, and stay so: an exact
     * picture passes once it has held for a moment, one a frame off once it has held a little longer. The time
     * taken is when the picture became the one that stayed.
     */
    private void awaitPicture(FrameIndexVideo video, CapturedFrames frames, String what, long withinMs) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + withinMs * 1_000_000;
        OptionalInt current = OptionalInt.empty();
        long since = start;
        while (true) {
            OptionalInt shown = frames.frameShown();
            if (!shown.equals(current)) {
                current = shown;
                since = System.nanoTime();
            }
            int expected = video.frameAt(player.time());
            boolean exact = shown.isPresent() && shown.getAsInt() == expected;
            boolean close = shown.isPresent() && Math.abs(shown.getAsInt() - expected) <= TOLERANCE_FRAMES;
            boolean due = System.nanoTime() >= deadline;
            long heldMs = (System.nanoTime() - since) / 1_000_000;
            boolean settledExact = exact && heldMs >= STABLE_MS;
            boolean settledClose = close && heldMs >= STABLE_OFF_BY_ONE_MS;
            if (settledExact || settledClose || due) {
                if (!close) {
                    fail(video + ", " + what + ": after " + withinMs + " ms the picture shows frame " + shown
                            + ", the clock is at " + player.time() + " ms (frame " + expected + "); before: " + log);
                }
                Thread.sleep(due ? STABLE_MS : 0);
                if (!frames.frameShown().equals(shown)) {
                    if (due) {
                        fail(video + ", " + what + ": the picture (" + shown + ") changed to " + frames.frameShown()
                                + " at " + player.time() + " ms; before: " + log);
                    }
                    continue;
                }
                long took = (since - start) / 1_000_000;
                settled(what, took);
                log.add(what + ": " + shown.getAsInt() + (exact ? "" : " for " + expected) + " after " + took + " ms");
                return;
            }
            Thread.sleep(5);
        }
    }

    /** One press, one frame: the picture moves by exactly one frame in the step's direction, and stays. */
    private void awaitStep(FrameIndexVideo video, CapturedFrames frames, int direction, String what) throws InterruptedException {
        int before = frames.frameShown().orElseThrow();
        player.frameStep(direction);
        long start = System.nanoTime();
        long deadline = start + HARD_MS * 1_000_000;
        while (System.nanoTime() < deadline) {
            OptionalInt shown = frames.frameShown();
            if (shown.isPresent() && shown.getAsInt() != before) {
                long took = (System.nanoTime() - start) / 1_000_000;
                assertTrue(shown.getAsInt() == before + direction, video + ", " + what + ": from frame " + before
                        + " the picture went to " + shown + "; before: " + log);
                Thread.sleep(STABLE_MS);
                OptionalInt later = frames.frameShown();
                int expected = video.frameAt(player.time());
                assertTrue(later.equals(shown), video + ", " + what + ": " + shown + " changed to " + later);
                assertTrue(Math.abs(later.getAsInt() - expected) <= TOLERANCE_FRAMES, video + ", " + what
                        + ": frame " + later + " shown, the clock is at frame " + expected);
                settled(what, took);
                log.add(what + ": " + shown.getAsInt() + " after " + took + " ms");
                return;
            }
            Thread.sleep(5);
        }
        fail(video + ", " + what + ": from frame " + before + " the picture did not move in " + HARD_MS
                + " ms (clock at frame " + video.frameAt(player.time()) + "); before: " + log);
    }
}
