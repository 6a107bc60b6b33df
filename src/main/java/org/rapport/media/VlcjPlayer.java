package org.rapport.media;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.VideoTrackInfo;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.base.MediaPlayerEventAdapter;
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;

/**
 * A libVLC player following vlcj's threading model: the caller (usually the event thread) only records what it asks
 * for in the {@link PlayerClock} and signals the {@link Coalescer}; all libVLC calls run on the media player's own
 * thread ({@code mediaPlayer.submit}), where the {@link FramePositioner} carries out the latest request; native events
 * only record state and are handed to the events executor. {@link #time()} is the clock: it never touches native code.
 */
final class VlcjPlayer implements Player {
    private static final Logger LOG = LoggerFactory.getLogger(VlcjPlayer.class);
    /** How long opening waits for the first picture before taking the media for sound only. */
    private static final long FIRST_PICTURE_MS = 3_000;

    private final EmbeddedMediaPlayer mp;
    private final Path media;
    private final Executor events;
    private final List<PlayerListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final PlayerClock clock = new PlayerClock(System::nanoTime);
    private final LibVlcSignals signals = new LibVlcSignals();
    private final PictureTap tap;
    private final FramePositioner positioner;
    private final Coalescer requests;
    private volatile FrameTimes frameTimes = FrameTimes.constantRate(40);
    private volatile boolean closed;
    /** Player thread: the media is open and primed; the request (epoch) last carried out. */
    private boolean ready;
    private boolean ended;
    private long appliedEpoch = -1;
    private volatile boolean steadyPlaying;
    private volatile long lengthMs;
    private volatile float rate = 1f;
    private volatile int volume = 100;

    VlcjPlayer(MediaPlayerFactory factory, Path media, Executor events, VideoFrames frames) {
        this.media = media;
        this.events = events;
        this.mp = factory.mediaPlayers().newEmbeddedMediaPlayer();
        this.tap = new PictureTap(frames);
        mp.videoSurface().set(factory.videoSurfaces().newVideoSurface(tap, tap, true));
        mp.events().addMediaPlayerEventListener(new NativeEvents());
        this.positioner = new FramePositioner(mp, tap, signals, () -> closed, () -> lengthMs);
        this.requests = new Coalescer(this::submit, this::carryOut);
        submit(this::open);
    }

    private void submit(Runnable r) {
        if (!closed) mp.submit(() -> {
            if (!closed) r.run();
        });
    }

    /** Player thread: open paused, learn the frames, prime libVLC, then carry out what was asked meanwhile. */
    private void open() {
        try {
            startPaused();
            ready = true;
            carryOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startPaused() throws InterruptedException {
        String mrl = media.toAbsolutePath().toString();
        long seen = tap.pictures();
        if (!mp.media().startPaused(mrl)) {
            fire(l -> l.failed("VLC could not open " + media.getFileName()));
            return;
        }
        boolean picture = tap.awaitPictures(seen + 1, FIRST_PICTURE_MS);
        positioner.setHasVideo(picture || mp.video().trackCount() > 0);
        FrameTimes times = Mp4FrameTimes.read(media).orElseGet(() -> FrameTimes.constantRate(frameMsFromLibVlc()));
        frameTimes = times;
        positioner.setFrameTimes(times);
        if (picture) positioner.prime();
        ended = false;
    }

    private double frameMsFromLibVlc() {
        for (VideoTrackInfo t : mp.media().info().videoTracks()) {
            if (t.frameRate() > 0 && t.frameRateBase() > 0) return 1000.0 * t.frameRateBase() / t.frameRate();
        }
        return 40;
    }

    /** Player thread, through the coalescer: make libVLC show what the clock's latest request says. */
    private void carryOut() {
        if (!ready || closed) return;
        PlayerClock.Intent want = clock.intent();
        if (want.epoch() == appliedEpoch) return;
        appliedEpoch = want.epoch();
        steadyPlaying = false;
        try {
            if (ended) startPaused();
            if (want.playing()) {
                clock.started(want.epoch(), positioner.playFrom(want.heldMs()));
                steadyPlaying = positioner.isPlaying();
            } else {
                positioner.showPaused(want.heldMs());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("libVLC did not carry out a request: {}", e.toString());
        }
    }

    @Override
    public void play() {
        if (clock.isPlaying()) return;
        clock.play();
        fire(PlayerListener::playing);
        requests.signal();
    }

    @Override
    public void pause() {
        if (!clock.isPlaying()) return;
        // the picture stops at once; the player thread then shows the exact frame of the clock
        tap.hold();
        clock.pause();
        fire(PlayerListener::paused);
        requests.signal();
    }

    @Override
    public boolean isPlaying() {
        return clock.isPlaying();
    }

    @Override
    public void seek(long ms) {
        clock.seek(ms);
        requests.signal();
    }

    @Override
    public long time() {
        return clock.time();
    }

    @Override
    public long length() {
        return lengthMs;
    }

    /** While paused one frame of the media; while playing, a jump of one frame's duration. */
    @Override
    public void frameStep(int direction) {
        FrameTimes t = frameTimes;
        long now = clock.time();
        int frame = t.frameAt(now);
        long delta = direction > 0 ? Math.round(t.durationMs(frame)) : -Math.round(t.durationMs(Math.max(0, frame - 1)));
        if (clock.isPlaying()) seek(now + delta);
        else {
            clock.step(delta);
            requests.signal();
        }
    }

    @Override
    public float rate() {
        return rate;
    }

    @Override
    public void setRate(float newRate) {
        float r = Player.clampRate(newRate);
        rate = r;
        clock.setRate(r);
        submit(() -> mp.controls().setRate(r));
    }

    @Override
    public int volume() {
        return volume;
    }

    @Override
    public void setVolume(int v) {
        int clamped = Math.max(0, Math.min(100, v));
        volume = clamped;
        submit(() -> mp.audio().setVolume(clamped));
    }

    @Override
    public boolean hasMedia() {
        return true;
    }

    @Override
    public void addListener(PlayerListener listener) {
        listeners.add(listener);
        long len = lengthMs;
        if (len > 0) events.execute(() -> listener.lengthKnown(len));
    }

    private void fire(Consumer<PlayerListener> event) {
        for (PlayerListener l : listeners) events.execute(() -> event.accept(l));
    }

    /** Stops and releases the native player on its own thread; returns at once (see {@link #awaitReleased}). */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        clock.pause();
        // stop after any request still running on vlcj's thread; release on a thread of our own, because
        // release() shuts that executor down and would wait on itself
        CountDownLatch stopped = new CountDownLatch(1);
        mp.submit(() -> {
            try {
                mp.controls().stop();
            } finally {
                stopped.countDown();
            }
        });
        Thread release = new Thread(() -> {
            try {
                stopped.await(5, TimeUnit.SECONDS);
                mp.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                released.countDown();
            }
        }, "vlc-release");
        release.setDaemon(true);
        release.start();
    }

    /** Waits until the native player is released (the factory must outlive its players). */
    boolean awaitReleased(long timeoutMs) {
        try {
            return released.await(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs on libVLC's event thread: record, hand on; never call libVLC from here. */
    private final class NativeEvents extends MediaPlayerEventAdapter {
        @Override
        public void playing(MediaPlayer mediaPlayer) {
            signals.record(LibVlcSignals.Kind.PLAYING);
        }

        @Override
        public void paused(MediaPlayer mediaPlayer) {
            signals.record(LibVlcSignals.Kind.PAUSED);
        }

        @Override
        public void buffering(MediaPlayer mediaPlayer, float newCache) {
            if (newCache >= 100f) signals.record(LibVlcSignals.Kind.BUFFERED);
        }

        @Override
        public void timeChanged(MediaPlayer mediaPlayer, long newTime) {
            if (steadyPlaying) clock.correct(newTime);
        }

        @Override
        public void lengthChanged(MediaPlayer mediaPlayer, long newLength) {
            if (newLength <= 0) return;
            lengthMs = newLength;
            clock.setLength(newLength);
            fire(l -> l.lengthKnown(newLength));
        }

        @Override
        public void finished(MediaPlayer mediaPlayer) {
            steadyPlaying = false;
            signals.record(LibVlcSignals.Kind.ENDED);
            clock.ended();
            fire(PlayerListener::finished);
            submit(() -> {
                ended = true;
                positioner.ended();
                requests.signal();
            });
        }

        @Override
        public void error(MediaPlayer mediaPlayer) {
            steadyPlaying = false;
            fire(l -> l.failed("VLC could not play this recording (unsupported or damaged file)"));
        }
    }
}
