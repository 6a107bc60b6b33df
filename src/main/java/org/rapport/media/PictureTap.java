package org.rapport.media;

import java.nio.ByteBuffer;

import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormat;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormatCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.RenderCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.format.RV32BufferFormat;

/**
 * Where libVLC's decoded pictures arrive (on its video thread) and how they reach the screen. While playing, every
 * picture goes straight to the screen. While held, pictures are kept aside (the last two), counted, and shown only
 * when the player has made sure which frame one is ({@link #presentLatest}). libVLC repaints an unchanged picture
 * every 60 ms or so while paused: only a picture whose pixels differ from the last one counts as new, so frames
 * that are pixel-for-pixel copies of the frame before cannot be counted (see docs/decisions/0010).
 */
final class PictureTap implements BufferFormatCallback, RenderCallback {
    private final VideoFrames screen;
    private final Object lock = new Object();
    private int width;
    private int height;
    private int[] screenPixels;
    private int[] scratch;
    private int[] latest;
    private int[] previous;
    private long latestHash;
    private long previousHash;
    /** New pictures since the media was opened, and when the last one came (System.nanoTime). */
    private long pictures;
    private long lastPictureNanos;
    private boolean held = true;

    PictureTap(VideoFrames screen) {
        this.screen = screen;
    }

    @Override
    public BufferFormat getBufferFormat(int w, int h) {
        int[] target = screen.allocate(w, h);
        synchronized (lock) {
            width = w;
            height = h;
            screenPixels = target;
            scratch = latest = previous = null;
        }
        return new RV32BufferFormat(w, h);
    }

    @Override
    public void allocatedBuffers(ByteBuffer[] buffers) {
        // frames are copied out in display()
    }

    /** libVLC's video thread: copy, tell new from repainted, show at once when not held. Never calls libVLC. */
    @Override
    public void display(MediaPlayer mediaPlayer, ByteBuffer[] nativeBuffers, BufferFormat format) {
        boolean show;
        synchronized (lock) {
            if (screenPixels == null || format.getWidth() != width || format.getHeight() != height) return;
            int n = width * height;
            if (scratch == null) scratch = new int[n];
            nativeBuffers[0].asIntBuffer().get(scratch, 0, Math.min(n, nativeBuffers[0].capacity() / 4));
            long h = hash(scratch);
            boolean fresh = pictures == 0 || latest == null || h != latestHash;
            if (!fresh) return;
            int[] spare = previous;
            previous = latest;
            previousHash = latestHash;
            latest = scratch;
            latestHash = h;
            scratch = spare;
            pictures++;
            lastPictureNanos = System.nanoTime();
            show = !held;
            if (show) copyToScreen(latest);
            lock.notifyAll();
        }
        if (show) screen.frameReady();
    }

    private void copyToScreen(int[] picture) {
        synchronized (screenPixels) {
            System.arraycopy(picture, 0, screenPixels, 0, Math.min(picture.length, screenPixels.length));
        }
    }

    private static long hash(int[] px) {
        long h = 0xcbf29ce484222325L;
        for (int v : px) h = (h ^ v) * 0x100000001b3L;
        return h;
    }

    /** Pictures stop reaching the screen until presented. */
    void hold() {
        synchronized (lock) {
            held = true;
        }
    }

    /** Every picture from now on goes to the screen (playing). */
    void passThrough() {
        synchronized (lock) {
            held = false;
        }
    }

    long pictures() {
        synchronized (lock) {
            return pictures;
        }
    }

    long latestHash() {
        synchronized (lock) {
            return latestHash;
        }
    }

    long previousHash() {
        synchronized (lock) {
            return previousHash;
        }
    }

    /** Waits until at least {@code count} new pictures have arrived; false on timeout. */
    boolean awaitPictures(long count, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        synchronized (lock) {
            while (pictures < count) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) return false;
                lock.wait(left);
            }
            return true;
        }
    }

    /**
     * Waits until no new picture has come for {@code quietMs} (pictures still on their way after a pause or a
     * step), {@code maxMs} at most.
     */
    void awaitQuiet(long quietMs, long maxMs) throws InterruptedException {
        long deadline = System.nanoTime() + maxMs * 1_000_000;
        synchronized (lock) {
            while (true) {
                long now = System.nanoTime();
                long quietFor = (now - lastPictureNanos) / 1_000_000;
                if (pictures == 0 || quietFor >= quietMs || now >= deadline) return;
                lock.wait(Math.max(1, Math.min(quietMs - quietFor, (deadline - now) / 1_000_000)));
            }
        }
    }

    /** When the last new picture came (System.nanoTime). */
    long lastPictureNanos() {
        synchronized (lock) {
            return lastPictureNanos;
        }
    }

    /** Shows the newest picture; false if there is none. */
    boolean presentLatest() {
        return present(false);
    }

    /** Shows the picture before the newest (when the newest is one too far). */
    boolean presentPrevious() {
        return present(true);
    }

    private boolean present(boolean before) {
        synchronized (lock) {
            int[] picture = before ? previous : latest;
            if (picture == null || screenPixels == null) return false;
            copyToScreen(picture);
        }
        screen.frameReady();
        return true;
    }
}
