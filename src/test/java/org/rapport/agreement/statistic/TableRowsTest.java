package org.rapport.agreement.statistic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.agreement.alignment.TimelineAlignment;

class TableRowsTest {
    @Test
    void builtTableHasTheRowsInTheOrderAdded() {
        TableRows rows = new TableRows(List.of("Ana", "Ben", "Chiara"), TimelineAlignment.presenceScale());
        int[][] added = {{0, 0, 0}, {1, 0, RatingTable.MISSING}, {0, 0, 0}, {1, 1, 1}, {1, 0, RatingTable.MISSING}, {0, 0, 0}};
        for (int[] r : added) rows.add(r);
        RatingTable t = rows.build();
        assertEquals(List.of("Ana", "Ben", "Chiara"), t.raterIds());
        assertEquals(added.length, t.unitCount());
        for (int u = 0; u < added.length; u++) {
            for (int r = 0; r < 3; r++) assertEquals(added[u][r], t.cell(u, r), "unit " + u + " rater " + r);
        }
    }

    @Test
    void rowChangedAfterAddingDoesNotChangeTheTable() {
        TableRows rows = new TableRows(List.of("Ana", "Ben"), TimelineAlignment.presenceScale());
        int[] row = {1, 1};
        rows.add(row);
        row[1] = 0;
        rows.add(row);
        RatingTable t = rows.build();
        assertEquals(1, t.cell(0, 1));
        assertEquals(0, t.cell(1, 1));
    }
}
