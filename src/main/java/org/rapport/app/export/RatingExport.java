package org.rapport.app.export;

import org.rapport.transcript.Output;

/**
 * What to export of a project's ratings, and how (docs/exports.md).
 *
 * @param layout   long or wide
 * @param codebook only this codebook's ratings (required for the wide layout), or null for all
 * @param spss     where to write an SPSS syntax file that reads the CSV, or null
 */
public record RatingExport(RatingLayout layout, String codebook, Output spss) {
    public static RatingExport longCsv() {
        return new RatingExport(RatingLayout.LONG, null, null);
    }
}
