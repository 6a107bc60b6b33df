package org.rapport.agreement.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.agreement.statistic.AgreementWeights;
import org.rapport.agreement.statistic.CohenKappa;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.agreement.statistic.StatisticResult;
import org.rapport.agreement.statistic.TableRows;

class TimeSliceAlignmentTest {
    @Test
    void slicesCoverTheSessionAndTheLastOneIsShorter() {
        List<TimelineUnit> slices = TimeSliceAlignment.units("s", 12_500, 5_000);
        assertEquals(3, slices.size());
        assertEquals(10_000, slices.get(2).startMs());
        assertEquals(12_500, slices.get(2).endMs());
    }

    @Test
    void nonPositiveWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimeSliceAlignment.units("s", 10_000, 0));
    }

    /*
     * Four 5-s slices of a 20-s session: t0 [0,5) t5 [5,10) t10 [10,15) t15 [15,20).
     * Ana: c-rejecting 1000-4000 (3000 ms of t0, at least half) and 12000-13000 (midpoint 12500 in t10).
     * Ben: 4000-9000 (1000 ms of t0: less than half; 4000 ms of t5) and 11000-14000 (t10).
     *         t0 t5 t10 t15
     *   Ana    P  -  P   -
     *   Ben    -  P  P   -
     * po = 2/4 (t10, t15); each rater says present 2/4, pe = .5; kappa = (.5 - .5) / .5 = 0.
     */
    @Test
    void presenceKappaOfFourSlicesMatchesHandCalculation() {
        TimelineAlignment a = TimelineAlignment.align(TimeSliceAlignment.units("s", 20_000, 5_000), List.of("Ana", "Ben"),
                List.of(CodedInterval.of("Ana", "c-rejecting", 1000, 4000), CodedInterval.of("Ana", "c-rejecting", 12000, 13000),
                        CodedInterval.of("Ben", "c-rejecting", 4000, 9000), CodedInterval.of("Ben", "c-rejecting", 11000, 14000)));
        TableRows b = new TableRows(List.of("Ana", "Ben"), TimelineAlignment.presenceScale());
        a.addPresence(b, "c-rejecting");
        StatisticResult kappa = CohenKappa.compute(b.build(), AgreementWeights.unweighted());
        assertEquals(0.5, kappa.pa(), 1e-12);
        assertEquals(0.0, kappa.value(), 1e-12);
    }

    @Test
    void codingCoveringExactlyHalfASliceMarksIt() {
        TimelineAlignment a = TimelineAlignment.align(TimeSliceAlignment.units("s", 10_000, 5_000), List.of("Ana"), List.of());
        // 2500-7000: 2500 ms of t0 (exactly half) and 2000 of t5 (less than half); the midpoint 4750 is in t0.
        assertEquals(List.of("s/t0"), a.unitsMarkedBy(CodedInterval.of("Ana", "x", 2500, 7000)).stream()
                .map(TimelineUnit::id).toList());
        // 2500-7500: exactly half of each slice.
        assertEquals(List.of("s/t0", "s/t5000"), a.unitsMarkedBy(CodedInterval.of("Ana", "x", 2500, 7500)).stream()
                .map(TimelineUnit::id).toList());
    }

    @Test
    void twoCodesOfAGroupInOneSliceGiveTheOneWithMoreOverlapThenCodebookOrder() {
        List<TimelineUnit> one = TimeSliceAlignment.units("s", 5_000, 5_000);
        List<String> group = List.of("w-denial", "w-minimal");
        TimelineAlignment a = TimelineAlignment.align(one, List.of("Ana", "Ben"), List.of(
                CodedInterval.of("Ana", "w-minimal", 0, 3000), CodedInterval.of("Ana", "w-denial", 3000, 5000),
                CodedInterval.of("Ben", "w-minimal", 0, 2500), CodedInterval.of("Ben", "w-denial", 2500, 5000)));
        TableRows b = new TableRows(List.of("Ana", "Ben"), TimelineAlignment.groupScale(group));
        a.addGroup(b, group);
        RatingTable t = b.build();
        assertEquals("w-minimal", t.categories().get(t.cell(0, 0)).label());
        assertEquals("w-denial", t.categories().get(t.cell(0, 1)).label()); // 2500 = 2500: codebook order
    }
}
