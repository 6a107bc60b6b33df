package org.rapport.transcript;

/** PROVISIONAL (replaced by the transcripts branch). */
public record RatingRow(String session, String rater, String codebook, String item, Integer segment, double value) {
}
