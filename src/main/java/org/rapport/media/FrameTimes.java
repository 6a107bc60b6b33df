package org.rapport.media;

/**
 * The frames of a video track as libVLC will show them: when each frame starts (display order, ms from the start of
 * the media), how many pictures its decoder holds back to reorder B-frames, and from which key frame libVLC decodes
 * when asked to seek to a moment.
 */
interface FrameTimes {
    /** The frame showing at a moment: the last one starting at or before it (the first before any starts). */
    int frameAt(long ms);

    double startMs(int frame);

    double durationMs(int frame);

    /** Start plus half the duration: a seek there cannot be mistaken for the frame before or after. */
    default double midMs(int frame) {
        return startMs(frame) + durationMs(frame) / 2;
    }

    /** How many frames the decoder reorders (0 without B-frames); see docs/decisions/0010. */
    int reorderDepth();

    /** The frame (display index) of the key frame libVLC starts decoding from for a seek to {@code ms}. */
    int keyframeForSeek(double ms);

    /** Frames at a constant rate from 0, no B-frames assumed: what is known of a file without an MP4 sample table. */
    static FrameTimes constantRate(double frameMs) {
        double f = frameMs > 0 ? frameMs : 40;
        return new FrameTimes() {
            @Override
            public int frameAt(long ms) {
                return (int) Math.max(0, Math.floor((ms + 1e-6) / f));
            }

            @Override
            public double startMs(int frame) {
                return frame * f;
            }

            @Override
            public double durationMs(int frame) {
                return f;
            }

            @Override
            public int reorderDepth() {
                return 0;
            }

            @Override
            public int keyframeForSeek(double ms) {
                return 0;
            }
        };
    }
}
