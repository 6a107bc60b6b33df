package org.rapport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;

/** Counts, rates and ratings of {@link HandWorkedSession}, checked against its codings and by hand. */
class AnalyticsTest {
    private static SessionAnalysis analyse(List<Rating> ratings, Map<Perspective, List<Rating>> alliance) {
        SessionData d = new SessionData(HandWorkedSession.SESSION, Source.rater("Ana"), HandWorkedSession.codings(),
                ratings, alliance);
        return Analytics.compute(HandWorkedSession.THREE_RS, Map.of(Perspective.OBSERVER, HandWorkedSession.WAI_O_S,
                Perspective.CLIENT, HandWorkedSession.WAI_SR), List.of(d), List.of(), AnalyticsOptions.DEFAULT)
                .sessions().get(0);
    }

    @Test
    void everyCodeIsCountedAsOftenAsItIsCoded() {
        SessionAnalysis a = analyse(List.of(), Map.of());
        List<Coding> codings = HandWorkedSession.codings();
        for (var e : a.counts().byCode().entrySet()) {
            assertEquals(codings.stream().filter(k -> k.codeId().equals(e.getKey())).count(), (long) e.getValue(), e.getKey());
        }
        assertEquals(codings.stream().filter(k -> k.codeId().startsWith("w-")).count(), a.counts().withdrawal());
        assertEquals(codings.stream().filter(k -> k.codeId().startsWith("c-")).count(), a.counts().confrontation());
        assertEquals(codings.stream().filter(k -> k.codeId().startsWith("r-")).count(), a.counts().resolution());
        // by hand: 3 withdrawal, 2 confrontation, 6 strategies in 20 minutes
        assertEquals(9.0, a.perHour(a.counts().withdrawal()), 1e-12);
        assertEquals(6.0, a.perHour(a.counts().confrontation()), 1e-12);
        assertEquals(18.0, a.perHour(a.counts().resolution()), 1e-12);
        assertEquals(2 / 3.0, a.resolutionRate(), 1e-12);
        assertEquals(70_000.0, a.meanLatencyMs(), 1e-9);
    }

    /** Segment by segment (of a coding's start): 0: w 2 c 1 r 2; 1: c 1 r 1; 2: r 2; 3: w 1 r 1. */
    @Test
    void segmentsCountTheCodingsStartingInThem() {
        SessionAnalysis a = analyse(List.of(), Map.of());
        assertEquals(4, a.segments().size());
        List<List<Integer>> byHand = List.of(List.of(2, 1, 2), List.of(0, 1, 1), List.of(0, 0, 2), List.of(1, 0, 1));
        List<List<Integer>> got = new ArrayList<>();
        for (SegmentStats s : a.segments()) got.add(List.of(s.counts().withdrawal(), s.counts().confrontation(), s.counts().resolution()));
        assertEquals(byHand, got);
        int sum = a.segments().stream().mapToInt(s -> s.counts().markers() + s.counts().resolution()).sum();
        assertEquals(HandWorkedSession.codings().size(), sum);
        // 2 withdrawal markers in a 5-minute segment: 24 an hour
        assertEquals(24.0, a.segments().get(0).perHour(a.segments().get(0).counts().withdrawal()), 1e-12);
    }

    @Test
    void significanceRatingsAreAveragedOverRatedSegments() {
        SessionAnalysis a = analyse(List.of(HandWorkedSession.rating("3rs", "seg-withdrawal", 0, 3),
                HandWorkedSession.rating("3rs", "seg-withdrawal", 1, 1),
                HandWorkedSession.rating("3rs", "global-resolution", null, 4)), Map.of());
        assertEquals(2.0, a.ratingMeans().get("seg-withdrawal"));
        assertEquals(4.0, a.ratingMeans().get("global-resolution"));
        assertEquals(Map.of("seg-withdrawal", 3.0), a.segments().get(0).ratings());
        assertNull(a.ratingMeans().get("seg-confrontation"));
    }

    /**
     * WAI-O-S all 5 except wai04 = 2. wai04 and wai11 are reverse-keyed (8 − value): 6 and 3, so the total is
     * 10 × 5 + 6 + 3 = 59.
     */
    @Test
    void allianceTotalsMirrorReverseKeyedItems() {
        List<Rating> wai = new ArrayList<>();
        for (var s : HandWorkedSession.WAI_O_S.scales()) wai.add(HandWorkedSession.rating("wai-o-s", s.id(), null,
                s.id().equals("wai04") ? 2 : 5));
        List<Rating> sr = List.of(HandWorkedSession.rating("wai-sr", "sr01", null, 4));
        SessionAnalysis a = analyse(List.of(), Map.of(Perspective.OBSERVER, wai, Perspective.CLIENT, sr));
        AllianceScore o = a.alliance().get(Perspective.OBSERVER);
        assertEquals(59.0, o.total());
        assertEquals(59 / 12.0, o.meanItem(), 1e-12);
        AllianceScore c = a.alliance().get(Perspective.CLIENT);
        assertNull(c.total()); // 1 of 12 items
        assertEquals(75.0, c.pomp(), 1e-12); // (4 − 1) / (5 − 1)
    }
}
