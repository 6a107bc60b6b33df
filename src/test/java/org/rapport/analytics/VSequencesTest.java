package org.rapport.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rupture–repair sequences on series worked out by hand (sample SD, n − 1), by the rules of docs/analytics.md. */
class VSequencesTest {
    private static List<SeriesPoint> series(double... values) {
        List<SeriesPoint> s = new ArrayList<>();
        for (int i = 0; i < values.length; i++) s.add(new SeriesPoint(i + 1, "s" + (i + 1), values[i]));
        return s;
    }

    private static List<VSequence> find(VCriterion c, double... values) {
        return VSequences.find(series(values), c, Perspective.OBSERVER);
    }

    /**
     * 60 62 40 61 63 62: mean 58, squared deviations 4+16+324+9+25+16 = 394, SD = sqrt(394/5) = 8.877, 2 SD = 17.75.
     * Session 3 is 22 below session 2 and 21 below session 4: one Stiles V (2, 3, 4). Strauss (1 SD = 8.88): the drop
     * 2→3 is 22; the first later session at least 62 is session 5 (63): repaired at 5.
     */
    @Test
    void aDeepSingleSessionDipIsAStilesVAndAStraussRupture() {
        List<VSequence> stiles = find(VCriterion.STILES_2004, 60, 62, 40, 61, 63, 62);
        assertEquals(1, stiles.size());
        assertEquals(List.of(2, 3, 4), List.of(stiles.get(0).before().number(), stiles.get(0).rupture().number(),
                stiles.get(0).repair().number()));
        assertEquals(Math.sqrt(394 / 5.0), stiles.get(0).sd(), 1e-12);
        List<VSequence> strauss = find(VCriterion.STRAUSS_2006, 60, 62, 40, 61, 63, 62);
        assertEquals(1, strauss.size());
        assertEquals(List.of(2, 3, 5), List.of(strauss.get(0).before().number(), strauss.get(0).rupture().number(),
                strauss.get(0).repair().number()));
    }

    /**
     * 50 40 45 38 52: mean 45, 25+25+0+49+49 = 148, SD = sqrt(37) = 6.083. Stiles (12.17): no drop that large. Strauss
     * (6.08): 1→2 drops 10, back to 50 or more first at session 5 (52); the drop 3→4 (7) lies inside that episode.
     */
    @Test
    void aGradualDipIsAStraussSequenceOnly() {
        assertEquals(List.of(), find(VCriterion.STILES_2004, 50, 40, 45, 38, 52));
        List<VSequence> strauss = find(VCriterion.STRAUSS_2006, 50, 40, 45, 38, 52);
        assertEquals(1, strauss.size());
        assertEquals(1, strauss.get(0).before().number());
        assertEquals(2, strauss.get(0).rupture().number());
        assertEquals(5, strauss.get(0).repair().number());
        assertEquals(10.0, strauss.get(0).drop());
    }

    /**
     * 70 70 55 56 57: mean 61.6, 70.56+70.56+43.56+31.36+21.16 = 237.2, SD = sqrt(59.3) = 7.70. Strauss: 2→3 drops 15 and
     * no later session reaches 70 again: an unrepaired rupture. Stiles: 15 < 2 SD = 15.40, none.
     */
    @Test
    void aDropThatNeverRecoversIsAnUnrepairedRupture() {
        List<VSequence> strauss = find(VCriterion.STRAUSS_2006, 70, 70, 55, 56, 57);
        assertEquals(1, strauss.size());
        assertEquals(3, strauss.get(0).rupture().number());
        assertNull(strauss.get(0).repair());
        assertEquals(List.of(), find(VCriterion.STILES_2004, 70, 70, 55, 56, 57));
    }

    @Test
    void flatOrShortSeriesHaveNoSequences() {
        assertEquals(List.of(), find(VCriterion.STRAUSS_2006, 5, 5, 5, 5));
        assertEquals(List.of(), find(VCriterion.STRAUSS_2006, 60, 30));
    }
}
