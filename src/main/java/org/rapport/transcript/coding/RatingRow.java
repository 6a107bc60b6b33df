package org.rapport.transcript.coding;

/**
 * One rating as a row of the long rating CSV (docs/transcript-formats.md, "Long CSV of ratings"). The last three
 * fields are written for analysis and worked out from the codebook again on import, so reading leaves them null.
 *
 * @param codebook        codebook id, or null when not given
 * @param codebookVersion the codebook version it was given under, or null when not given (the version in use)
 * @param subscale        the item's subscale, or null
 * @param segment         segment index from 0, or null for a whole-session rating
 * @param reverseKeyed    whether a high value means less of the construct, or null when not known
 * @param scored          the value as it counts toward subscale means and totals (mirrored when reverse-keyed), or null
 */
public record RatingRow(String session, String rater, String codebook, String codebookVersion, String item,
                        String subscale, Integer segment, double value, Boolean reverseKeyed, Double scored) {
    public RatingRow {
        session = CodingRow.requireText(session, "session");
        rater = CodingRow.requireText(rater, "rater");
        item = CodingRow.requireText(item, "item");
        codebook = CodingRow.emptyToNull(codebook);
        codebookVersion = CodingRow.emptyToNull(codebookVersion);
        subscale = CodingRow.emptyToNull(subscale);
        if (segment != null && segment < 0) throw new IllegalArgumentException("segment is negative: " + segment);
        if (!Double.isFinite(value)) throw new IllegalArgumentException("value is not a finite number");
    }

    /** A rating as a file gives it: no version, nothing worked out. */
    public RatingRow(String session, String rater, String codebook, String item, Integer segment, double value) {
        this(session, rater, codebook, null, item, null, segment, value, null, null);
    }
}
