package org.rapport.media;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.VideoTrackInfo;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.base.MediaPlayerEventAdapter;
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormat;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormatCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.RenderCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.format.RV32BufferFormat;

/**
 * A libVLC player following vlcj's threading model: control calls go to {@code mediaPlayer.submit} (so the caller,
 * usually the event thread, never waits on libVLC); native events only update fields and are handed to the events
 * executor; nothing calls back into libVLC from a native thread. {@link #time()} answers from the last reported time
 * plus the time played since, so reading it never touches native code.
 */
final class VlcjPlayer implements Player {
    private static final long DEFAULT_FRAME_MS = 40;

    private final EmbeddedMediaPlayer mp;
    private final Executor events;
    private final List<PlayerListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile boolean playing;
    /** true while a paused seek briefly plays to draw the new picture: no playing/paused events reach the view */
    private volatile boolean scrubbing;
    private volatile long scrubEndedNanos;
    private volatile long reportedMs;
    /** the last seek: native time reports from before it took effect must not pull the playhead back */
    private volatile long seekTargetMs = -1;
    private volatile long seekAtNanos;
    private volatile long reportedAtNanos = System.nanoTime();
    private volatile long lengthMs;
    private volatile long frameMs = DEFAULT_FRAME_MS;
    private volatile float rate = 1f;
    private volatile int volume = 100;

    VlcjPlayer(MediaPlayerFactory factory, Path media, Executor events, VideoFrames frames) {
        this.events = events;
        this.mp = factory.mediaPlayers().newEmbeddedMediaPlayer();
        mp.videoSurface().set(factory.videoSurfaces().newVideoSurface(new Formats(frames), new Render(frames), true));
        mp.events().addMediaPlayerEventListener(new NativeEvents());
        String mrl = media.toAbsolutePath().toString();
        // startPaused waits for libVLC: on the player's own thread, never the caller's. The first frame shows.
        mp.submit(() -> {
            if (!mp.media().startPaused(mrl)) fire(l -> l.failed("VLC could not open " + media.getFileName()));
        });
    }

    private void submit(Runnable r) {
        if (!closed) mp.submit(() -> {
            if (!closed) r.run();
        });
    }

    @Override
    public void play() {
        // the state changes at once (the view follows the key press); the native event confirms it later
        report(time());
        playing = true;
        submit(() -> mp.controls().play());
    }

    @Override
    public void pause() {
        report(time());
        playing = false;
        submit(() -> mp.controls().setPause(true));
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void seek(long ms) {
        long target = Math.max(0, lengthMs > 0 ? Math.min(lengthMs, ms) : ms);
        seekTargetMs = target;
        seekAtNanos = System.nanoTime();
        report(target);
        boolean paused = !playing;
        submit(() -> {
            mp.controls().setTime(target);
            if (paused) showFrameAt(target);
        });
    }

    /**
     * libVLC 3 draws nothing new after a seek while paused: play for a moment with the sound off, pause again and
     * go back to the moment, so the picture shows where the coder is. Runs on the player's own thread.
     */
    private void showFrameAt(long target) {
        scrubbing = true;
        try {
            boolean muted = mp.audio().isMute();
            mp.audio().setMute(true);
            mp.controls().setPause(false);
            Thread.sleep(150);
            mp.controls().setPause(true);
            mp.controls().setTime(target);
            mp.audio().setMute(muted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            report(target);
            scrubEndedNanos = System.nanoTime();
            scrubbing = false;
        }
    }

    private void report(long ms) {
        reportedMs = ms;
        reportedAtNanos = System.nanoTime();
    }

    @Override
    public long time() {
        long t = reportedMs;
        if (playing) t += (long) ((System.nanoTime() - reportedAtNanos) / 1_000_000.0 * rate);
        return lengthMs > 0 ? Math.min(t, lengthMs) : t;
    }

    @Override
    public long length() {
        return lengthMs;
    }

    @Override
    public void frameStep(int direction) {
        if (direction > 0 && !playing) {
            report(time() + frameMs);
            submit(() -> mp.controls().nextFrame());
        } else {
            seek(time() + Integer.signum(direction) * frameMs);
        }
    }

    @Override
    public float rate() {
        return rate;
    }

    @Override
    public void setRate(float newRate) {
        float r = Player.clampRate(newRate);
        report(time());
        rate = r;
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
        playing = false;
        // stop after any control call still queued on vlcj's thread; release on a thread of our own, because
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

    /**
     * A time reported within a second of a seek but far from its target was measured before the seek took effect
     * (a seek right after opening races the first reports of the media start).
     */
    private boolean isStaleAfterSeek(long reported) {
        return seekTargetMs >= 0 && System.nanoTime() - seekAtNanos < 1_000_000_000L
                && Math.abs(reported - seekTargetMs) > 1_000;
    }

    /** Runs on libVLC's event thread: update fields, hand events on; never call libVLC from here. */
    private final class NativeEvents extends MediaPlayerEventAdapter {
        @Override
        public void playing(MediaPlayer mediaPlayer) {
            // the brief play of a paused seek may report late: it is not the user pressing play
            if (scrubbing || System.nanoTime() - scrubEndedNanos < 300_000_000L) return;
            report(reportedMs);
            playing = true;
            fire(PlayerListener::playing);
            submit(VlcjPlayer.this::readFrameRate);
        }

        @Override
        public void paused(MediaPlayer mediaPlayer) {
            if (scrubbing || System.nanoTime() - scrubEndedNanos < 300_000_000L) return;
            playing = false;
            fire(PlayerListener::paused);
        }

        @Override
        public void stopped(MediaPlayer mediaPlayer) {
            playing = false;
        }

        @Override
        public void timeChanged(MediaPlayer mediaPlayer, long newTime) {
            if (scrubbing || isStaleAfterSeek(newTime)) return;
            report(newTime);
        }

        @Override
        public void lengthChanged(MediaPlayer mediaPlayer, long newLength) {
            if (newLength <= 0) return;
            lengthMs = newLength;
            fire(l -> l.lengthKnown(newLength));
        }

        @Override
        public void finished(MediaPlayer mediaPlayer) {
            playing = false;
            if (lengthMs > 0) report(lengthMs);
            fire(PlayerListener::finished);
        }

        @Override
        public void error(MediaPlayer mediaPlayer) {
            playing = false;
            fire(l -> l.failed("VLC could not play this recording (unsupported or damaged file)"));
        }
    }

    private void readFrameRate() {
        List<VideoTrackInfo> tracks = mp.media().info().videoTracks();
        for (VideoTrackInfo t : tracks) {
            if (t.frameRate() > 0 && t.frameRateBase() > 0) {
                frameMs = Math.max(1, Math.round(1000.0 * t.frameRateBase() / t.frameRate()));
                return;
            }
        }
    }

    private static final class Formats implements BufferFormatCallback {
        private final VideoFrames frames;

        Formats(VideoFrames frames) {
            this.frames = frames;
        }

        @Override
        public BufferFormat getBufferFormat(int width, int height) {
            frames.allocate(width, height);
            return new RV32BufferFormat(width, height);
        }

        @Override
        public void allocatedBuffers(ByteBuffer[] buffers) {
            // frames are copied out in display(); nothing to keep here
        }
    }

    private static final class Render implements RenderCallback {
        private final VideoFrames frames;
        private int[] target;
        private int targetW;
        private int targetH;

        Render(VideoFrames frames) {
            this.frames = frames;
        }

        @Override
        public void display(MediaPlayer mediaPlayer, ByteBuffer[] nativeBuffers, BufferFormat format) {
            int w = format.getWidth();
            int h = format.getHeight();
            if (target == null || w != targetW || h != targetH) {
                target = frames.allocate(w, h);
                targetW = w;
                targetH = h;
            }
            synchronized (target) {
                nativeBuffers[0].asIntBuffer().get(target, 0, Math.min(target.length, w * h));
            }
            frames.frameReady();
        }
    }
}
