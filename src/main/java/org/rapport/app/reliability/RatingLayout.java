package org.rapport.app.reliability;

import java.util.Locale;

/** How a rating file is laid out: the two forms R users have (docs/statistics.md, "Rating files"). */
public enum RatingLayout {
    /** One row per rating under the header {@code unit,rater,value}. */
    LONG,
    /** One row per unit, one column per rater, under a header of rater names (as irr, irrCAC and psych take it). */
    WIDE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
