package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The paused-seek plans for the frame-index videos; the counts are what libVLC 3 was measured to show (0010). */
class PausedSeekPlanTest {
    private static final FrameTimes TEN = Mp4FrameTimes.read(Path.of("src/test/resources/media/frames-10fps-bframes.mp4"))
            .orElseThrow();

    @Test
    void inTheMiddleOfAGroupOfPicturesTheSeekIsFollowedByTheReorderDepthInSteps() {
        assertEquals(new PausedSeekPlan(123, 12_350, 2), PausedSeekPlan.to(123, TEN));
    }

    @Test
    void rightAfterAKeyFrameFewerPicturesAreHeldBack() {
        assertEquals(new PausedSeekPlan(301, 30_150, 1), PausedSeekPlan.to(301, TEN));
    }

    @Test
    void aKeyFrameIsShownByTheSeekItself() {
        assertEquals(new PausedSeekPlan(300, 30_050, 0), PausedSeekPlan.to(300, TEN));
    }

    @Test
    void theFramesJustBeforeAKeyFrameAreReachedFromTheGroupBefore() {
        // libVLC would decode 298 and 299 from key frame 300 and show 300: start at 297 instead
        assertEquals(new PausedSeekPlan(299, 29_750, 4), PausedSeekPlan.to(299, TEN));
        assertEquals(new PausedSeekPlan(298, 29_750, 3), PausedSeekPlan.to(298, TEN));
    }

    @Test
    void theFirstFrameIsShownByTheSeekItself() {
        assertEquals(new PausedSeekPlan(0, 50, 0), PausedSeekPlan.to(0, TEN));
    }

    @Test
    void framesCloseToTheEndAreSteppedToFromBefore() {
        assertEquals(new PausedSeekPlan(599, 59_650, 5), PausedSeekPlan.to(599, TEN, 60_000));
        assertEquals(new PausedSeekPlan(500, 50_050, 2), PausedSeekPlan.to(500, TEN, 60_000));
        FrameTimes thirty = Mp4FrameTimes.read(Path.of("src/test/resources/media/frames-30fps-no-bframes.mp4"))
                .orElseThrow();
        assertEquals(new PausedSeekPlan(1199, 39_616, 11), PausedSeekPlan.to(1199, thirty, 40_000));
    }

    @Test
    void withoutBFramesTheSeekShowsTheFrameItself() {
        FrameTimes thirty = Mp4FrameTimes.read(Path.of("src/test/resources/media/frames-30fps-no-bframes.mp4"))
                .orElseThrow();
        assertEquals(new PausedSeekPlan(300, 10_016, 0), PausedSeekPlan.to(300, thirty));
        assertEquals(new PausedSeekPlan(50, 60, 0), PausedSeekPlan.to(50, FrameTimes.constantRate(1.2)));
    }
}
