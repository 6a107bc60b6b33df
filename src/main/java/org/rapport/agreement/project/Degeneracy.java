package org.rapport.agreement.project;

import java.util.ArrayList;
import java.util.List;

import org.rapport.agreement.statistic.RatingTable;

/**
 * When a coefficient that could be computed still says nothing about agreement: a rater never used the code (kappa is
 * then 0 or negative whatever the others did), or fewer than {@link #MIN_UNITS} units carry it ("excellent" on three
 * units). Such estimates are shown as what they are instead of with an interpretation band (docs/statistics.md).
 */
final class Degeneracy {
    /** Fewer units than this carrying a code (or rated, for items) are too few to read a coefficient from. */
    static final int MIN_UNITS = 10;

    private Degeneracy() {
    }

    /**
     * For a code or group table: why its estimate cannot be read, or null.
     *
     * @param negative the category that means "not coded here" ("absent", "none")
     * @param what     how the message names what was coded: "this code", "any code of this group"
     */
    static String ofCodes(RatingTable t, String negative, String what) {
        int negativeIndex = -1;
        for (int c = 0; c < t.categoryCount(); c++) if (t.categories().get(c).label().equals(negative)) negativeIndex = c;
        boolean[] used = new boolean[t.raterCount()];
        int carrying = 0;
        for (int u = 0; u < t.unitCount(); u++) {
            boolean carries = false;
            for (int r = 0; r < t.raterCount(); r++) {
                int c = t.cell(u, r);
                if (c == RatingTable.MISSING || c == negativeIndex) continue;
                used[r] = true;
                carries = true;
            }
            if (carries) carrying++;
        }
        List<String> never = new ArrayList<>();
        for (int r = 0; r < used.length; r++) if (!used[r]) never.add(t.raterIds().get(r));
        if (!never.isEmpty()) {
            return String.join(", ", never) + " never used " + what;
        }
        if (carrying < MIN_UNITS) {
            return "only " + carrying + (carrying == 1 ? " unit carries" : " units carry") + " it (fewer than " + MIN_UNITS + ")";
        }
        return null;
    }

    /** For an item, subscale or total: why its estimate cannot be read, or null. */
    static String ofRatings(int units) {
        return units < MIN_UNITS ? "only " + units + " unit" + (units == 1 ? "" : "s") + " (fewer than " + MIN_UNITS + ")" : null;
    }
}
