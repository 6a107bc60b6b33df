package org.rapport.transcript.coding;

/**
 * One rating as a row of the long rating CSV ({@code session,rater,codebook,item,segment,value}).
 *
 * @param codebook codebook id, or null when not given
 * @param segment  segment index from 0, or null for a whole-session rating
 */
public record RatingRow(String session, String rater, String codebook, String item, Integer segment, double value) {
    public RatingRow {
        session = CodingRow.requireText(session, "session");
        rater = CodingRow.requireText(rater, "rater");
        item = CodingRow.requireText(item, "item");
        codebook = CodingRow.emptyToNull(codebook);
        if (segment != null && segment < 0) throw new IllegalArgumentException("segment is negative: " + segment);
        if (!Double.isFinite(value)) throw new IllegalArgumentException("value is not a finite number");
    }
}
