package org.rapport.app.export;

import org.rapport.transcript.Output;

/**
 * What to export of a project's codings, and how (docs/exports.md).
 *
 * @param layout         long, by utterance or by segment
 * @param codebook       only this codebook's codings (required for the wide layouts), or null for all
 * @param session        only this session's codings, or null for all
 * @param segmentMinutes the segment length of the segments layout, or null for the codebook's (else 5)
 * @param spss           where to write an SPSS syntax file that reads the CSV, or null
 */
public record CodingExport(CodingLayout layout, String codebook, String session, Integer segmentMinutes, Output spss) {
    /** All codings, one row each, as Rapport imports them again. */
    public static CodingExport longCsv(String sessionOrNull) {
        return new CodingExport(CodingLayout.LONG, null, sessionOrNull, null, null);
    }
}
