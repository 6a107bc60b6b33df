package org.rapport.model.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.codebook.RatingUnit;
import org.rapport.model.codebook.Scale;

/** What "mark complete" needs: every item rated, per segment or for the whole session, in every codebook. */
class CompletionTest {
    private static final long TWELVE_MINUTES = 12 * 60_000L;
    private final Codebook perSegment = codebook("3rs", scale("seg-withdrawal", RatingUnit.segments(5)),
            scale("global-withdrawal", RatingUnit.SESSION));
    private final Codebook wholeSession = codebook("wai-o-s", scale("bond-1", RatingUnit.SESSION),
            scale("task-2", RatingUnit.SESSION));

    @Test
    void aTwelveMinuteSessionHasThreeFiveMinuteSegmentsToRate() {
        assertEquals(List.of("seg-withdrawal (segment 1)", "seg-withdrawal (segment 2)", "seg-withdrawal (segment 3)",
                "global-withdrawal"), Completion.missingRatings(perSegment, TWELVE_MINUTES, List.of()));
    }

    @Test
    void aRatedItemIsNoLongerMissingButOnlyForItsOwnSegmentAndCodebook() {
        List<Rating> given = List.of(rating("3rs", "seg-withdrawal", 1), rating("wai-o-s", "global-withdrawal", null));
        assertEquals(List.of("seg-withdrawal (segment 1)", "seg-withdrawal (segment 3)", "global-withdrawal"),
                Completion.missingRatings(perSegment, TWELVE_MINUTES, given));
    }

    @Test
    void everythingRatedIsComplete() {
        List<Rating> given = new ArrayList<>();
        for (int seg = 0; seg < 3; seg++) given.add(rating("3rs", "seg-withdrawal", seg));
        given.add(rating("3rs", "global-withdrawal", null));
        Completion c = Completion.check(List.of(perSegment), TWELVE_MINUTES, given);
        assertTrue(c.isComplete(), c.missing().toString());
    }

    @Test
    void underTwoCodebooksEachMissingItemNamesItsCodebook() {
        List<Rating> given = List.of(rating("wai-o-s", "bond-1", null));
        Completion c = Completion.check(List.of(wholeSession, perSegment), 4 * 60_000L, given);
        assertEquals(List.of("wai-o-s task-2", "3rs seg-withdrawal (segment 1)", "3rs global-withdrawal"), c.missing());
        assertFalse(c.isComplete());
    }

    @Test
    void theRefusalCountsAllMissingRatingsAndListsTheFirstEight() {
        Codebook many = codebook("long", scale("seg", RatingUnit.segments(5)));
        Completion c = Completion.check(List.of(many), 50 * 60_000L, List.of());
        assertEquals("cannot mark complete: 10 rating(s) missing: seg (segment 1), seg (segment 2), seg (segment 3),"
                + " seg (segment 4), seg (segment 5), seg (segment 6), seg (segment 7), seg (segment 8) ...", c.refusal());
        assertEquals("cannot mark complete: 1 rating(s) missing: task-2",
                Completion.check(List.of(wholeSession), 1_000, List.of(rating("wai-o-s", "bond-1", null))).refusal());
    }

    @Test
    void aCodebookWithoutScalesNeedsNothing() {
        assertTrue(Completion.check(List.of(codebook("demo")), TWELVE_MINUTES, List.of()).isComplete());
    }

    private static Codebook codebook(String id, Scale... scales) {
        return new Codebook(id, "1.0", id, null, List.of(), List.of(), List.of(scales), MeasurementLevel.NOMINAL, "sha");
    }

    private static Scale scale(String id, RatingUnit unit) {
        return new Scale(id, id, 1, 5, Map.of(), null, false, unit, MeasurementLevel.ORDINAL);
    }

    private static Rating rating(String codebook, String item, Integer segment) {
        return new Rating(1, 1, 1, codebook, "1.0", item, segment, 3, null);
    }
}
