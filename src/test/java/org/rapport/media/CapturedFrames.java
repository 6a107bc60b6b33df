package org.rapport.media;

import java.util.OptionalInt;

/** A VideoFrames that keeps the delivered picture for a test to read, as the video panel would show it. */
final class CapturedFrames implements VideoFrames {
    private int[] pixels;
    private int width;
    private int height;
    private volatile int delivered;

    @Override
    public synchronized int[] allocate(int w, int h) {
        if (pixels == null || w != width || h != height) {
            pixels = new int[w * h];
            width = w;
            height = h;
        }
        return pixels;
    }

    @Override
    public void frameReady() {
        delivered++;
    }

    int delivered() {
        return delivered;
    }

    /** The frame number on screen now, read from the pixels (empty before the first picture). */
    OptionalInt frameShown() {
        int[] px;
        int w;
        int h;
        synchronized (this) {
            px = pixels;
            w = width;
            h = height;
        }
        if (px == null || delivered == 0) return OptionalInt.empty();
        synchronized (px) {
            return FrameIndexPicture.read(px, w, h);
        }
    }
}
