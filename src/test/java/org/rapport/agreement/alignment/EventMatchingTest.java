package org.rapport.agreement.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rapport.agreement.statistic.AgreementWeights;
import org.rapport.agreement.statistic.CohenKappa;
import org.rapport.agreement.statistic.RatingTable;

class EventMatchingTest {
    private static final EventMatching.Options HOLLE_REIN = EventMatching.Options.overlap(0.6);

    private static CodedInterval ana(String code, long s, long e) {
        return CodedInterval.of("Ana", code, s, e);
    }

    private static CodedInterval ben(String code, long s, long e) {
        return CodedInterval.of("Ben", code, s, e);
    }

    /*
     * Ana: w-denial 0-1000, w-minimal 2000-3000, w-minimal 5000-6000, w-denial 8000-9000
     * Ben: w-denial 100-1000 (share 900/1000 = .9), w-denial 2000-3000 (share 1), w-minimal 5200-6000 (.8),
     *      w-minimal 12000-13000 (overlaps nothing)
     * Linked: (denial, denial), (minimal, denial), (minimal, minimal); unlinked: Ana's denial 8000, Ben's minimal 12000.
     * Without unmatched, 3 units:  Ana den,min,min; Ben den,den,min.  po = 2/3; Ana den 1/3 min 2/3, Ben den 2/3 min 1/3;
     *   pe = 1/3·2/3 + 2/3·1/3 = 4/9; kappa = (2/3 - 4/9) / (5/9) = 0.4.
     * With unmatched, 5 units adding (den, none) and (none, min): po = 2/5; each rater den 2/5, min 2/5, none 1/5;
     *   pe = .16 + .16 + .04 = .36; kappa = (.4 - .36) / .64 = 0.0625.
     */
    private static EventMatching.Matching worked() {
        return EventMatching.match("Ana", List.of(ana("w-denial", 0, 1000), ana("w-minimal", 2000, 3000),
                        ana("w-minimal", 5000, 6000), ana("w-denial", 8000, 9000)),
                "Ben", List.of(ben("w-denial", 100, 1000), ben("w-denial", 2000, 3000), ben("w-minimal", 5200, 6000),
                        ben("w-minimal", 12000, 13000)), HOLLE_REIN);
    }

    private static double kappa(EventMatching.Matching m, boolean withUnmatched) {
        RatingTable.Builder b = RatingTable.builder();
        m.addTo(b, "s", withUnmatched);
        return CohenKappa.compute(b.build(), AgreementWeights.unweighted()).value();
    }

    @Test
    void workedExampleLinksThreePairsAndLeavesOneEventOfEachRater() {
        EventMatching.Matching m = worked();
        assertEquals(3, m.pairs().size());
        assertEquals(List.of(8000L), m.unmatchedA().stream().map(CodedInterval::startMs).toList());
        assertEquals(List.of(12000L), m.unmatchedB().stream().map(CodedInterval::startMs).toList());
    }

    @Test
    void kappaWithoutUnmatchedEventsMatchesHandCalculation() {
        assertEquals(0.4, kappa(worked(), false), 1e-12);
    }

    @Test
    void kappaWithUnmatchedEventsMatchesHandCalculation() {
        assertEquals(0.0625, kappa(worked(), true), 1e-12);
    }

    /* w-minimal: 1 hit, Ana's 2000 minimal linked to Ben's denial = miss, Ben's unlinked 12000 minimal = false alarm. */
    @Test
    void precisionRecallAndF1PerCodeMatchHandCalculation() {
        PrecisionRecall pr = PrecisionRecall.of("w-minimal", List.of(worked()));
        assertEquals(new PrecisionRecall("w-minimal", 1, 1, 1), pr);
        assertEquals(0.5, pr.precision(), 1e-12);
        assertEquals(0.5, pr.recall(), 1e-12);
        assertEquals(0.5, pr.f1(), 1e-12);
    }

    @Test
    void overlapShareExactlyAtTheThresholdLinks() {
        // overlap 600 ms of a total extent of 1000 ms = 0.6
        var m = EventMatching.match("Ana", List.of(ana("x", 0, 1000)), "Ben", List.of(ben("x", 400, 1000)), HOLLE_REIN);
        assertEquals(1, m.pairs().size());
        assertEquals(0.6, m.pairs().get(0).overlapShare(), 1e-12);
    }

    @Test
    void overlapShareJustBelowTheThresholdDoesNotLink() {
        var m = EventMatching.match("Ana", List.of(ana("x", 0, 1000)), "Ben", List.of(ben("x", 401, 1000)), HOLLE_REIN);
        assertEquals(0, m.pairs().size());
        assertEquals(2, m.unmatchedCount());
    }

    @Test
    void overlapShareIsOverlapDividedByTotalExtentNotByTheShorterEvent() {
        // Ben's event lies inside Ana's: overlap 500 of an extent of 1000 = 0.5, below 0.6 although Ben's is fully covered.
        var m = EventMatching.match("Ana", List.of(ana("x", 0, 1000)), "Ben", List.of(ben("x", 250, 750)), HOLLE_REIN);
        assertEquals(0, m.pairs().size());
    }

    @Test
    void onsetsExactlyAtTheToleranceLink() {
        var m = EventMatching.match("Ana", List.of(ana("x", 1000, 1000)), "Ben", List.of(ben("x", 1500, 1500)),
                EventMatching.Options.onset(500));
        assertEquals(1, m.pairs().size());
    }

    @Test
    void onsetsOneMillisecondBeyondTheToleranceDoNotLink() {
        var m = EventMatching.match("Ana", List.of(ana("x", 1000, 1000)), "Ben", List.of(ben("x", 1501, 1501)),
                EventMatching.Options.onset(500));
        assertEquals(0, m.pairs().size());
    }

    @Test
    void anEventIsLinkedToTheCandidateWithTheLargestOverlapAndOnlyOnce() {
        // Ben 0-900 (.9) and Ben 100-1000 (.9) tie on share; onset difference 0 beats 100.
        var m = EventMatching.match("Ana", List.of(ana("x", 0, 1000)), "Ben",
                List.of(ben("x", 100, 1000), ben("x", 0, 900)), HOLLE_REIN);
        assertEquals(1, m.pairs().size());
        assertEquals(0, m.pairs().get(0).b().startMs());
        assertEquals(1, m.unmatchedB().size());
    }

    @Test
    void swappingTheRatersGivesTheSameMatching() {
        List<CodedInterval> a = randomEvents("Ana", new Random(7));
        List<CodedInterval> b = randomEvents("Ben", new Random(11));
        for (EventMatching.Options o : List.of(HOLLE_REIN, EventMatching.Options.overlap(0.3), EventMatching.Options.onset(800))) {
            var ab = EventMatching.match("Ana", a, "Ben", b, o);
            var ba = EventMatching.match("Ben", b, "Ana", a, o);
            assertEquals(pairKeys(ab, false), pairKeys(ba, true));
            assertEquals(ab.unmatchedA(), ba.unmatchedB());
            assertEquals(ab.unmatchedB(), ba.unmatchedA());
        }
    }

    @Test
    void inputOrderDoesNotChangeTheMatching() {
        List<CodedInterval> a = randomEvents("Ana", new Random(3));
        List<CodedInterval> b = randomEvents("Ben", new Random(5));
        var reference = EventMatching.match("Ana", a, "Ben", b, HOLLE_REIN);
        for (int seed = 0; seed < 20; seed++) {
            List<CodedInterval> sa = new ArrayList<>(a);
            List<CodedInterval> sb = new ArrayList<>(b);
            Collections.shuffle(sa, new Random(seed));
            Collections.shuffle(sb, new Random(seed + 100));
            assertEquals(reference, EventMatching.match("Ana", sa, "Ben", sb, HOLLE_REIN));
        }
    }

    /** Clustered, often overlapping events with ties, so the tie-breaks are exercised. */
    private static List<CodedInterval> randomEvents(String rater, Random r) {
        List<CodedInterval> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long s = r.nextInt(40) * 500L;
            long len = (1 + r.nextInt(4)) * 500L;
            out.add(CodedInterval.of(rater, "c" + r.nextInt(3), s, s + len));
        }
        return out;
    }

    private static Set<String> pairKeys(EventMatching.Matching m, boolean swapped) {
        return m.pairs().stream().map(p -> swapped ? key(p.b()) + "|" + key(p.a()) : key(p.a()) + "|" + key(p.b()))
                .collect(Collectors.toSet());
    }

    private static String key(CodedInterval c) {
        return c.code() + "@" + c.startMs() + "-" + c.endMs();
    }
}
