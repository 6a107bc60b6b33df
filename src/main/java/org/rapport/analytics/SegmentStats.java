package org.rapport.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One 3RS segment of a session: its codings counted and its significance ratings.
 *
 * @param index   from 0
 * @param endMs   the segment's end, or the session's end for the last one
 * @param ratings the segment-unit scales rated for it (withdrawal, confrontation, resolution significance), by scale
 */
public record SegmentStats(int index, long startMs, long endMs, Counts counts, Map<String, Double> ratings) {
    public SegmentStats {
        ratings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }

    public long lengthMs() {
        return endMs - startMs;
    }

    public Double perHour(int count) {
        return Counts.perHour(count, lengthMs());
    }
}
