package org.rapport.media;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.co.caprica.vlcj.player.base.MediaPlayer;

/**
 * Puts libVLC 3 on the frame the clock asks for, the way that was measured to work (docs/decisions/0010): a paused
 * seek followed by counted single-frame steps ({@link PausedSeekPlan}), a single step for one frame forward, a seek
 * anchored on the picture on screen for one frame back, and playback resumed by seeking to the clock first (libVLC
 * resumes from further on after frame steps). Runs on the media player's own thread only; the pictures it waits
 * for and counts come from the {@link PictureTap}.
 */
final class FramePositioner {
    private static final Logger LOG = LoggerFactory.getLogger(FramePositioner.class);

    /** Steps forward up to this many frames instead of seeking. */
    private static final int MAX_STEPS = 8;
    /**
     * A step shows its picture within a few ms, or (the decoder not ready yet) only with the next step; one that
     * is merely slow shows an extra picture later, which is noticed and made up for.
     */
    private static final long STEP_WAIT_MS = 25;
    /**
     * The longest wait before stepping again, and how long to keep stepping when pictures do not come: a busy
     * machine delays libVLC's threads for hundreds of ms, and a picture too early is worse than one late. (Frames
     * identical to the one before never count as new: stepping through a still image takes this long, unseen.)
     */
    private static final long MAX_STEP_WAIT_MS = 200;
    private static final long STEPS_MS = 1_500;
    /** A paused seek shows its first picture when libVLC has decoded up to it from the key frame. */
    private static final long LANDING_MS = 1_500;
    /** After libVLC reports buffering done, a first picture identical to the one shown comes no later than this. */
    private static final long IDENTICAL_LANDING_MS = 300;
    /** A step's picture that was late comes no later than this after the one before. */
    private static final long LATE_STEP_MS = 40;
    /** A step that frees a stalled libVLC shows its picture within this time. */
    private static final long UNSTICK_MS = 150;
    /** Pictures that come this soon one after another are from the same burst (a seek's, a pause's). */
    private static final long QUIET_MS = 80;
    /** One frame back looks this many pictures past the planned one for the picture that was on screen. */
    private static final int ANCHOR_EXTRA = 3;

    private final MediaPlayer mp;
    private final PictureTap tap;
    private final LibVlcSignals signals;
    private final BooleanSupplier closed;
    private final LongSupplier lengthMs;
    private FrameTimes times = FrameTimes.constantRate(40);
    private boolean hasVideo = true;
    private boolean playing;
    /** The frame on screen (-1: not known, e.g. after playing) and the picture count when it was the newest. */
    private int shownFrame = -1;
    private long shownCount;
    private long shownHash;

    FramePositioner(MediaPlayer mp, PictureTap tap, LibVlcSignals signals, BooleanSupplier closed,
            LongSupplier lengthMs) {
        this.mp = mp;
        this.tap = tap;
        this.signals = signals;
        this.closed = closed;
        this.lengthMs = lengthMs;
    }

    void setFrameTimes(FrameTimes t) {
        times = t;
    }

    void setHasVideo(boolean video) {
        hasVideo = video;
    }

    boolean isPlaying() {
        return playing;
    }

    /**
     * After startPaused libVLC cannot step and often shows nothing for a paused seek until it has played once:
     * play a moment with the sound off, hidden, and pause again.
     */
    void prime() throws InterruptedException {
        tap.hold();
        boolean muted = mp.audio().isMute();
        mp.audio().setMute(true);
        long played = signals.count(LibVlcSignals.Kind.PLAYING);
        long paused = signals.count(LibVlcSignals.Kind.PAUSED);
        long seen = tap.pictures();
        mp.controls().play();
        signals.await(LibVlcSignals.Kind.PLAYING, played, 1_000);
        tap.awaitPictures(seen + 1, 300);
        mp.controls().setPause(true);
        signals.await(LibVlcSignals.Kind.PAUSED, paused, 1_000);
        tap.awaitQuiet(QUIET_MS, 500);
        mp.audio().setMute(muted);
        shownFrame = -1;
    }

    /** Shows the frame at {@code ms}, paused. */
    void showPaused(long ms) throws InterruptedException {
        if (playing) {
            tap.hold();
            long paused = signals.count(LibVlcSignals.Kind.PAUSED);
            mp.controls().setPause(true);
            playing = false;
            shownFrame = -1;
            // pictures still on their way would be taken for the seek's
            long t0 = System.nanoTime();
            boolean confirmed = signals.await(LibVlcSignals.Kind.PAUSED, paused, 500);
            tap.awaitQuiet(LATE_STEP_MS, 2 * LATE_STEP_MS);
            LOG.debug("paused at {} ({}confirmed after {} ms)", ms, confirmed ? "" : "not ",
                    (System.nanoTime() - t0) / 1_000_000);
        }
        if (!hasVideo) {
            mp.controls().setTime(ms);
            return;
        }
        int target = times.frameAt(ms);
        if (shownFrame >= 0) {
            int ahead = (int) (tap.pictures() - shownCount);
            int d = target - shownFrame;
            LOG.debug("show frame {}: frame {} on screen, libVLC {} ahead", target, shownFrame, ahead);
            if (d == 0) return;
            if (d > 0 && d <= MAX_STEPS && stepForward(target, d, ahead)) return;
            if (d == -1 && stepBack(target)) return;
        }
        seek(target, false);
    }

    /**
     * Plays from {@code ms}. A paused seek and play would do, but after frame steps libVLC then plays from a second
     * or more further on; a seek while playing does not. So: play (muted, pictures held), seek, and show pictures
     * again once the seek is done. Its first picture, a few frames early, comes just before libVLC reports
     * buffering done and is never shown. Returns when the next picture came (System.nanoTime): the moment playing
     * from {@code ms} really starts (or, without pictures, the moment buffering was done).
     */
    long playFrom(long ms) throws InterruptedException {
        tap.hold();
        boolean muted = mp.audio().isMute();
        mp.audio().setMute(true);
        if (!playing) {
            long started = signals.count(LibVlcSignals.Kind.PLAYING);
            mp.controls().play();
            signals.await(LibVlcSignals.Kind.PLAYING, started, 1_000);
        }
        playing = true;
        shownFrame = -1;
        long buffered = signals.count(LibVlcSignals.Kind.BUFFERED);
        long call = System.nanoTime();
        mp.controls().setTime(ms);
        long startedAt = System.nanoTime();
        if (signals.await(LibVlcSignals.Kind.BUFFERED, buffered, LANDING_MS)) {
            startedAt = signals.lastNanos(LibVlcSignals.Kind.BUFFERED);
            long seen = tap.pictures();
            if (hasVideo && tap.awaitPictures(seen + 1, 500)) {
                startedAt = tap.lastPictureNanos();
                tap.presentLatest();
            }
            LOG.debug("play from {}: buffered, then a picture after {} ms", ms, (startedAt - call) / 1_000_000);
        }
        tap.passThrough();
        mp.audio().setMute(muted);
        return startedAt;
    }

    /** The media ended: libVLC has to open it again before it can seek. */
    void ended() {
        playing = false;
        shownFrame = -1;
    }

    private boolean stepForward(int target, int d, int ahead) throws InterruptedException {
        if (ahead >= d) {
            // libVLC already showed the target (a late step earlier): present it if it is one of the two kept
            if (ahead == d) tap.presentLatest();
            else if (ahead == d + 1) tap.presentPrevious();
            else return false;
            shown(target, tap.pictures() - (ahead - d), ahead == d ? tap.latestHash() : tap.previousHash());
            return true;
        }
        long base = tap.pictures();
        int need = d - ahead;
        return presentStep(target, base, need, step(need));
    }

    /** One frame back: seek to it, step until the picture that was on screen comes again, show the one before. */
    private boolean stepBack(int target) throws InterruptedException {
        long anchor = shownHash;
        PausedSeekPlan plan = PausedSeekPlan.to(target, times, lengthMs.getAsLong());
        int taken = landAt(plan);
        if (taken != 0 || tap.latestHash() == anchor) return false;
        for (int i = 0; i < plan.steps() + ANCHOR_EXTRA; i++) {
            long before = tap.pictures();
            if (step(1) == 0 && tap.pictures() == before) break;
            if (tap.latestHash() == anchor) {
                tap.presentPrevious();
                shown(target, tap.pictures() - 1, tap.previousHash());
                return true;
            }
        }
        LOG.debug("frame {}: the picture of frame {} did not come back ({} steps planned); seeking plainly", target,
                target + 1, plan.steps());
        return false;
    }

    private void seek(int target, boolean retried) throws InterruptedException {
        PausedSeekPlan plan = PausedSeekPlan.to(target, times, lengthMs.getAsLong());
        long t0 = System.nanoTime();
        int taken = landAt(plan);
        long landedMs = (System.nanoTime() - t0) / 1_000_000;
        if (taken < 0) {
            LOG.debug("seek to frame {}: libVLC showed nothing", target);
            tap.presentLatest();
            shownFrame = -1;
            return;
        }
        long base = tap.pictures();
        int need = Math.max(0, plan.steps() - taken);
        long got = step(need);
        LOG.debug("seek to frame {}: {}, landed after {} ms, stepped {} pictures, {} ms in all", target, plan,
                landedMs, got, (System.nanoTime() - t0) / 1_000_000);
        if (got < need) {
            // frames identical to the one before cannot be counted (or libVLC is stalling): the nearest there is
            tap.presentLatest();
            shownFrame = -1;
            return;
        }
        if (!presentStep(target, base, need, got)) {
            if (!retried) seek(target, true);
            return;
        }
        // with B-frames a paused seek not followed by a step leaves libVLC unable to show the next paused seek:
        // step once more, out of sight (libVLC is then a frame ahead of the screen, which the next step uses)
        if (plan.steps() == 0 && times.reorderDepth() > 0) step(1);
    }

    /**
     * Shows the picture {@code need} pictures after {@code base}: the newest, or the one before if one came late.
     * False when pictures are missing (identical frames, a stall) or more came late than the two kept make up for.
     */
    private boolean presentStep(int target, long base, int need, long got) {
        if (got > need + 1 || got < need) {
            shownFrame = -1;
            return false;
        }
        if (got == need + 1) {
            tap.presentPrevious();
            shown(target, base + need, tap.previousHash());
        } else {
            tap.presentLatest();
            shown(target, base + got, tap.latestHash());
        }
        return true;
    }

    private void shown(int frame, long count, long hash) {
        shownFrame = frame;
        shownCount = count;
        shownHash = hash;
    }

    /**
     * The paused seek of a plan, until its first picture is there. Returns the steps already taken (0 or 1), or -1
     * when libVLC showed nothing. When libVLC reports buffering done but no new picture comes, either the picture
     * is the same as before (a still image) or libVLC stalled (it does, now and then): one step tells which, a
     * stall shows a picture then, and the seek is made again.
     */
    private int landAt(PausedSeekPlan plan) throws InterruptedException {
        tap.hold();
        for (int attempt = 0; attempt < 2 && !closed.getAsBoolean(); attempt++) {
            // a late picture of the steps before must not pass for this seek's
            tap.awaitQuiet(LATE_STEP_MS, 2 * LATE_STEP_MS);
            long seen = tap.pictures();
            long buffered = signals.count(LibVlcSignals.Kind.BUFFERED);
            mp.controls().setTime(plan.seekMs());
            Landing landing = awaitLanding(seen, buffered);
            if (landing == Landing.NEW_PICTURE) return 0;
            long before = tap.pictures();
            mp.controls().nextFrame();
            boolean moved = tap.awaitPictures(before + 1, UNSTICK_MS);
            if (!moved && landing == Landing.NOTHING_NEW) return 1;
            // the stalled seek's own picture may still come: let it pass before seeking again
            tap.awaitQuiet(UNSTICK_MS, 2 * UNSTICK_MS);
        }
        return -1;
    }

    private enum Landing { NEW_PICTURE, NOTHING_NEW, TIMEOUT }

    private Landing awaitLanding(long seen, long buffered) throws InterruptedException {
        long deadline = System.nanoTime() + LANDING_MS * 1_000_000;
        while (System.nanoTime() < deadline && !closed.getAsBoolean()) {
            if (tap.awaitPictures(seen + 1, 10)) return Landing.NEW_PICTURE;
            if (signals.count(LibVlcSignals.Kind.BUFFERED) > buffered
                    && System.nanoTime() - signals.lastNanos(LibVlcSignals.Kind.BUFFERED) > IDENTICAL_LANDING_MS * 1_000_000) {
                return Landing.NOTHING_NEW;
            }
        }
        return Landing.TIMEOUT;
    }

    /**
     * Steps until {@code need} new pictures have come. A step that shows nothing has either handed its picture to
     * the next step (the next one shows it at once) or was dropped by a busy libVLC, and a slow one shows its picture
     * late: so pictures are counted, not calls, and the wait before stepping again doubles each time nothing came,
     * which keeps a late picture from being followed by more than one extra (one that comes after this returns
     * leaves libVLC a frame ahead of the screen, which the next step takes into account). Returns the pictures
     * that came.
     */
    private long step(int need) throws InterruptedException {
        long start = tap.pictures();
        long wait = STEP_WAIT_MS;
        long deadline = System.nanoTime() + STEPS_MS * 1_000_000;
        while (tap.pictures() - start < need && System.nanoTime() < deadline && !closed.getAsBoolean()) {
            long before = tap.pictures();
            mp.controls().nextFrame();
            if (tap.awaitPictures(before + 1, wait)) wait = STEP_WAIT_MS;
            else wait = Math.min(2 * wait, MAX_STEP_WAIT_MS);
        }
        return tap.pictures() - start;
    }
}
