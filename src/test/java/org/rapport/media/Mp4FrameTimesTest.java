package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The sample table of the frame-index videos, against what make-frame-index.sh asked ffmpeg for (and ffprobe shows). */
class Mp4FrameTimesTest {
    private static Mp4FrameTimes read(String name) {
        return (Mp4FrameTimes) Mp4FrameTimes.read(Path.of("src/test/resources/media", name)).orElseThrow();
    }

    @Test
    void tenFramesASecondWithBFramesHasItsFramesKeyFramesAndReorderDepth() {
        Mp4FrameTimes t = read("frames-10fps-bframes.mp4");
        assertEquals(600, t.frameCount());
        assertArrayEquals(new int[] {0, 300}, t.keyframes());
        assertEquals(2, t.reorderDepth(), "x264 B-pyramid: ffprobe has_b_frames=2");
        assertEquals(0, t.startMs(0), 1e-6);
        assertEquals(12_300, t.startMs(123), 1e-6);
        assertEquals(100, t.durationMs(599), 1e-6);
        assertEquals(123, t.frameAt(12_399));
        assertEquals(124, t.frameAt(12_400));
        assertEquals(599, t.frameAt(99_000));
    }

    @Test
    void aSeekJustBeforeAKeyFrameDecodesFromThatKeyFrameAsLibVlcDoes() {
        Mp4FrameTimes t = read("frames-10fps-bframes.mp4");
        // libVLC 3 (debug log): "elst gives 29876ms (movie) -> 30075ms (track)", "stss gives 300", and the picture
        // shown is frame 300, after the moment asked for; 2.4 s before the key frame it decodes from frame 0
        assertEquals(300, t.keyframeForSeek(29_876));
        assertEquals(0, t.keyframeForSeek(29_750));
        assertEquals(0, t.keyframeForSeek(24_284));
        assertEquals(300, t.keyframeForSeek(30_050));
    }

    @Test
    void thirtyFramesASecondWithoutBFramesIsNotReordered() {
        Mp4FrameTimes t = read("frames-30fps-no-bframes.mp4");
        assertEquals(1200, t.frameCount());
        assertArrayEquals(new int[] {0, 300, 600, 900}, t.keyframes());
        assertEquals(0, t.reorderDepth());
        assertEquals(1000.0 / 30 * 7, t.startMs(7), 1e-6);
        assertEquals(3, t.frameAt(100), "frame 3 starts at exactly 100 ms");
        assertEquals(300, t.keyframeForSeek(10_010));
    }

    @Test
    void twentyFiveFramesASecondKeyFramesEveryTenSeconds() {
        Mp4FrameTimes t = read("frames-25fps-bframes.mp4");
        assertEquals(1000, t.frameCount());
        assertArrayEquals(new int[] {0, 250, 500, 750}, t.keyframes());
        assertEquals(2, t.reorderDepth());
        assertEquals(40, t.durationMs(10), 1e-6);
    }

    @Test
    void aFileWithoutVideoHasNoFrameTimes() {
        assertTrue(Mp4FrameTimes.read(Path.of("src/test/resources/media/make-frame-index.sh")).isEmpty());
    }
}
