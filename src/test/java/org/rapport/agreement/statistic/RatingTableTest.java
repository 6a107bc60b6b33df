package org.rapport.agreement.statistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.agreement.alignment.TimelineAlignment;

/** The derived tables the statistics use: selections of units and raters, complete units, counts per unit. */
class RatingTableTest {
    private static final int M = RatingTable.MISSING;

    private static RatingTable table(int[][] rows) {
        TableRows t = new TableRows(List.of("Ana", "Ben", "Chiara"), TimelineAlignment.presenceScale());
        for (int[] r : rows) t.add(r);
        return t.build();
    }

    @Test
    void selectingUnitsOfASelectionNamesTheUnitsOfTheFirstTable() {
        RatingTable t = table(new int[][] {{0, 0, 0}, {1, 0, M}, {0, 0, 0}, {1, 1, 1}});
        assertEquals(List.of("p0", "p1", "p0", "p2"), t.unitIds());
        RatingTable again = t.selectUnits(List.of(3, 1)).selectUnits(List.of(1, 0, 0));
        assertEquals(List.of("p1", "p2", "p2"), again.unitIds());
        assertEquals(M, again.cell(0, 2));
        assertEquals(1, again.cell(1, 2));
    }

    @Test
    void countsByUnitAreRightForRunsOfIdenticalUnits() {
        RatingTable t = table(new int[][] {{0, 0, 0}, {0, 0, 0}, {1, 0, M}, {1, 0, M}, {1, 1, 1}, {0, 0, 0}});
        int[][] counts = t.countsByUnit();
        int[][] expected = {{3, 0}, {3, 0}, {1, 1}, {1, 1}, {0, 3}, {3, 0}};
        for (int u = 0; u < expected.length; u++) assertArrayEquals(expected[u], counts[u], "unit " + u);
    }

    @Test
    void completeUnitsLeaveOutUnitsWithAMissingRating() {
        RatingTable t = table(new int[][] {{0, 0, 0}, {1, 0, M}, {1, 1, 1}});
        RatingTable complete = t.completeUnits();
        assertEquals(List.of("p0", "p2"), complete.unitIds());
        assertEquals(3, complete.ratingsOf(1));
        assertEquals(2, t.ratingsOf(1));
    }

    @Test
    void aTableWithNoMissingRatingIsItsOwnCompleteUnitsTable() {
        RatingTable t = table(new int[][] {{0, 0, 0}, {1, 0, 1}});
        assertSame(t, t.completeUnits());
        assertEquals(3, t.ratingsOf(1));
    }
}
