package org.rapport.media;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the frame-index sample videos (src/test/resources/media/make-frame-index.sh): every frame shows its own
 * number. Which frame belongs on screen at a moment is computed here, in one place, for every test that checks it.
 */
public record FrameIndexVideo(String file, double fps, long lengthMs, long[] keyframesMs) {
    public static final FrameIndexVideo TEN_FPS_B_FRAMES =
            new FrameIndexVideo("frames-10fps-bframes.mp4", 10, 60_000, new long[] {30_000});
    public static final FrameIndexVideo TWENTY_FIVE_FPS_B_FRAMES =
            new FrameIndexVideo("frames-25fps-bframes.mp4", 25, 40_000, new long[] {10_000, 20_000, 30_000});
    public static final FrameIndexVideo THIRTY_FPS_NO_B_FRAMES =
            new FrameIndexVideo("frames-30fps-no-bframes.mp4", 30, 40_000, new long[] {10_000, 20_000, 30_000});

    public static List<FrameIndexVideo> all() {
        return List.of(TEN_FPS_B_FRAMES, TWENTY_FIVE_FPS_B_FRAMES, THIRTY_FPS_NO_B_FRAMES);
    }

    public Path path() {
        return Path.of("src/test/resources/media", file).toAbsolutePath();
    }

    /** The frame whose time span contains {@code ms} (the last frame from its start to the end). */
    public int frameAt(long ms) {
        int last = (int) Math.ceil(lengthMs * fps / 1000.0 - 1e-6) - 1;
        return Math.min(last, (int) Math.floor(ms * fps / 1000.0 + 1e-6));
    }

    public long frameMs() {
        return Math.round(1000 / fps);
    }

    @Override
    public String toString() {
        return file;
    }
}
