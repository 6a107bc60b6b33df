package org.rapport.agreement.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.agreement.statistic.AgreementWeights;
import org.rapport.agreement.statistic.CohenKappa;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.agreement.statistic.StatisticResult;
import org.rapport.agreement.statistic.TableRows;
import org.rapport.model.session.Utterance;

class UtteranceAlignmentTest {
    /** u0 [0,2) u1 [2,5) u2 [5,6) u3 [6,9) u4 [9,10) u5 [10,14) seconds. */
    private static final List<Utterance> SIX = List.of(
            new Utterance(0, 0, 2000, "T", "So how was the week?"),
            new Utterance(1, 2000, 5000, "C", "Fine."),
            new Utterance(2, 5000, 6000, "T", "Just fine?"),
            new Utterance(3, 6000, 9000, "C", "I don't know."),
            new Utterance(4, 9000, 10000, "T", "Mm."),
            new Utterance(5, 10000, 14000, "C", "Whatever."));

    private static TimelineAlignment align(List<CodedInterval> codings) {
        return TimelineAlignment.align(UtteranceAlignment.units("s", SIX), List.of("Ana", "Ben"), codings);
    }

    /*
     * Ana codes w-minimal on u1 (2000-5000), u4 (9000-10000) and 10500-13500 (3000 of u5's 4000 ms: at least half).
     * Ben codes w-minimal 2100-4900 (2800 of u1's 3000), 6000-7000 (1000 of u3's 3000, but its midpoint 6500 is in
     * u3) and 10000-14000 (u5).
     *          u0 u1 u2 u3 u4 u5
     *   Ana     -  P  -  -  P  P
     *   Ben     -  P  -  P  -  P
     * 2x2: both present 2 (u1,u5), both absent 2 (u0,u2), Ana only 1 (u4), Ben only 1 (u3).
     * po = 4/6; each rater says present 3/6, so pe = .5·.5 + .5·.5 = .5; kappa = (4/6 - .5) / (1 - .5) = 1/3.
     */
    @Test
    void presenceKappaOfSixUtterancesMatchesHandCalculation() {
        TimelineAlignment a = align(List.of(
                CodedInterval.of("Ana", "w-minimal", 2000, 5000), CodedInterval.of("Ana", "w-minimal", 9000, 10000),
                CodedInterval.of("Ana", "w-minimal", 10500, 13500), CodedInterval.of("Ben", "w-minimal", 2100, 4900),
                CodedInterval.of("Ben", "w-minimal", 6000, 7000), CodedInterval.of("Ben", "w-minimal", 10000, 14000)));
        TableRows b = new TableRows(List.of("Ana", "Ben"), TimelineAlignment.presenceScale());
        a.addPresence(b, "w-minimal");
        StatisticResult kappa = CohenKappa.compute(b.build(), AgreementWeights.unweighted());
        assertEquals(6, kappa.units());
        assertEquals(4.0 / 6, kappa.pa(), 1e-12);
        assertEquals(0.5, kappa.pe(), 1e-12);
        assertEquals(1.0 / 3, kappa.value(), 1e-12);
    }

    @Test
    void codingOverlappingLessThanHalfOfTheNextUtteranceDoesNotMarkIt() {
        // 2000-5600 covers u1 fully and 600 of u2's 1000 ms (more than half), but 2000-5400 covers only 400 of u2.
        TimelineAlignment a = align(List.of(CodedInterval.of("Ana", "w-denial", 2000, 5400)));
        List<TimelineUnit> marked = a.unitsMarkedBy(CodedInterval.of("Ana", "w-denial", 2000, 5400));
        assertEquals(List.of("s/u1"), marked.stream().map(TimelineUnit::id).toList());
    }

    @Test
    void pointCodingMarksTheUtteranceItFallsIn() {
        TimelineAlignment a = align(List.of());
        assertEquals(List.of("s/u3"), a.unitsMarkedBy(CodedInterval.of("Ana", "w-denial", 7000, 7000)).stream()
                .map(TimelineUnit::id).toList());
    }

    /** Two utterances with a pause between them: [0,1000) and [3000,4000). */
    private static TimelineAlignment withPause() {
        return TimelineAlignment.align(UtteranceAlignment.units("p", List.of(new Utterance(0, 0, 1000, "T", "Well?"),
                new Utterance(1, 3000, 4000, "C", "Hm."))), List.of("Ana"), List.of());
    }

    @Test
    void codingInAPauseMarksTheNearestUtterance() {
        // 1500-2000 overlaps nothing; its midpoint 1750 is 750 ms after u0 and 1250 ms before u1.
        assertEquals(List.of("p/u0"), withPause().unitsMarkedBy(CodedInterval.of("Ana", "x", 1500, 2000)).stream()
                .map(TimelineUnit::id).toList());
    }

    @Test
    void codingMostlyInAPauseMarksTheUtteranceItOverlaps() {
        // 1800-3100: only 100 ms of u1 (less than half) and its midpoint 2450 lies in the pause: still u1, not nothing.
        assertEquals(List.of("p/u1"), withPause().unitsMarkedBy(CodedInterval.of("Ana", "x", 1800, 3100)).stream()
                .map(TimelineUnit::id).toList());
    }

    @Test
    void utteranceSpanOfACodingDecidesOverItsTimes() {
        TimelineAlignment a = align(List.of());
        CodedInterval spanned = new CodedInterval("Ana", "w-denial", 0, 100, 3, 4);
        assertEquals(List.of("s/u3", "s/u4"), a.unitsMarkedBy(spanned).stream().map(TimelineUnit::id).toList());
    }

    @Test
    void raterWhoDidNotCodeTheSessionIsMissingNotNone() {
        TimelineAlignment a = TimelineAlignment.align(UtteranceAlignment.units("s", SIX), List.of("Ana"),
                List.of(CodedInterval.of("Ana", "w-denial", 2000, 5000)));
        TableRows b = new TableRows(List.of("Ana", "Ben"), TimelineAlignment.presenceScale());
        a.addPresence(b, "w-denial");
        RatingTable t = b.build();
        assertEquals(6, t.unitCount());
        for (int u = 0; u < 6; u++) assertEquals(RatingTable.MISSING, t.cell(u, 1));
        assertEquals(1, t.cell(1, 0));
    }
}
