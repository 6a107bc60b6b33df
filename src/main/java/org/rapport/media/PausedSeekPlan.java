package org.rapport.media;

/**
 * How to show one frame while paused with libVLC 3 (measured, see docs/decisions/0010): a paused seek shows a few
 * pictures early, then steps through the decoder's held-back pictures. With one decoder thread it holds back as many
 * pictures as the stream reorders (fewer right after a key frame); every frame from the seek's own frame on follows
 * in order. So: seek to the middle of a frame, then step {@link #steps} pictures.
 *
 * @param frame  the frame to show
 * @param seekMs where to seek (the middle of {@code frame} or of a frame shortly before it)
 * @param steps  pictures to step forward after the seek's first picture
 */
record PausedSeekPlan(int frame, long seekMs, int steps) {
    /** How far back a seek may start when libVLC would otherwise decode from a later key frame. */
    private static final int MAX_BACK = 16;
    /**
     * A paused seek close to the end reads to the end of the file while buffering: libVLC then shows nothing (with
     * B-frames) or nothing for the next paused seek (without). Frames there are stepped to from before.
     */
    static final long END_MARGIN_MS = 400;

    /** A plan for a media of unknown length. */
    static PausedSeekPlan to(int frame, FrameTimes times) {
        return to(frame, times, 0);
    }

    /** @param lengthMs the media's length, 0 when not known */
    static PausedSeekPlan to(int frame, FrameTimes times, long lengthMs) {
        int depth = times.reorderDepth();
        int latest = frame;
        if (lengthMs > END_MARGIN_MS) latest = Math.min(frame, times.frameAt(lengthMs - END_MARGIN_MS));
        int earliest = latest - MAX_BACK;
        if (depth > 0 || latest < frame) {
            for (int from = latest; from >= Math.max(0, earliest); from--) {
                double at = times.midMs(from);
                int key = times.keyframeForSeek(at);
                // just before a key frame libVLC decodes from that key frame, after the frame asked for
                if (key > from) continue;
                int steps = Math.min(depth, from - key) + (frame - from);
                return new PausedSeekPlan(frame, (long) Math.floor(at), steps);
            }
        }
        return new PausedSeekPlan(frame, (long) Math.floor(times.midMs(frame)), 0);
    }
}
