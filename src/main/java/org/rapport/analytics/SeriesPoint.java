package org.rapport.analytics;

/** One session's score in a client's series: its number in the treatment, its name and the score. */
public record SeriesPoint(int number, String session, double value) {
}
