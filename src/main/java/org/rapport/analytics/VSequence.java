package org.rapport.analytics;

/**
 * A rupture–repair sequence across sessions found by a criterion in one perspective's series.
 *
 * @param before  the session before the drop
 * @param rupture the session the alliance dropped in
 * @param repair  the session it came back in, or null for a rupture not repaired (Strauss et al.)
 * @param sd      the client's standard deviation of the series the threshold is a multiple of
 */
public record VSequence(VCriterion criterion, Perspective perspective, SeriesPoint before, SeriesPoint rupture,
                        SeriesPoint repair, double sd) {
    public boolean repaired() {
        return repair != null;
    }

    /** How far the alliance dropped, in score units. */
    public double drop() {
        return before.value() - rupture.value();
    }
}
