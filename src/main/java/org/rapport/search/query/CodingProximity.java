package org.rapport.search.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Within N seconds of a coding with code X, by at least k raters": an utterance qualifies when, for at least
 * {@code minRaters} different raters, its time span [start, end] comes within {@code withinMs} of one of that
 * rater's codings (overlapping it counts as distance 0). The caller passes only the codings the viewer may see.
 */
public final class CodingProximity {
    /** A coding's time span and who made it. */
    public record Span(long sessionId, long raterId, long startMs, long endMs) {
    }

    private final long withinMs;
    private final int minRaters;
    /** session id -> rater id -> windows [start - within, end + within] */
    private final Map<Long, Map<Long, List<long[]>>> windows = new HashMap<>();

    public CodingProximity(List<Span> codings, long withinMs, int minRaters) {
        if (withinMs < 0) throw new IllegalArgumentException("negative distance " + withinMs);
        if (minRaters < 1) throw new IllegalArgumentException("minRaters must be at least 1: " + minRaters);
        this.withinMs = withinMs;
        this.minRaters = minRaters;
        for (Span s : codings) {
            windows.computeIfAbsent(s.sessionId(), k -> new HashMap<>())
                    .computeIfAbsent(s.raterId(), k -> new ArrayList<>())
                    .add(new long[] {s.startMs() - withinMs, s.endMs() + withinMs});
        }
    }

    public long withinMs() {
        return withinMs;
    }

    public int minRaters() {
        return minRaters;
    }

    /** Sessions that have any coding of the code: only these can hold hits. */
    public Set<Long> sessions() {
        return windows.keySet();
    }

    public boolean accepts(long sessionId, long startMs, long endMs) {
        Map<Long, List<long[]>> byRater = windows.get(sessionId);
        if (byRater == null || byRater.size() < minRaters) return false;
        int raters = 0;
        for (List<long[]> ws : byRater.values()) {
            for (long[] w : ws) {
                if (startMs <= w[1] && endMs >= w[0]) {
                    if (++raters >= minRaters) return true;
                    break;
                }
            }
        }
        return false;
    }
}
