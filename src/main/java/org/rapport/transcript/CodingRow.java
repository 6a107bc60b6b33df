package org.rapport.transcript;

/** PROVISIONAL (replaced by the transcripts branch). */
public record CodingRow(String session, String rater, String codebook, String code, long startMs, long endMs, Double value,
                        String note) {
}
