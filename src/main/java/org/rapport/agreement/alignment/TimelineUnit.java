package org.rapport.agreement.alignment;

/**
 * A stretch of a session that raters' codings are compared on: an utterance or a time slice, [startMs, endMs).
 *
 * @param id        unit id, unique within the comparison (e.g. "s01/u12" or "s01/t0030")
 * @param utterance the utterance index when the unit is an utterance, else null
 */
public record TimelineUnit(String id, long startMs, long endMs, Integer utterance) {
    public TimelineUnit {
        if (endMs < startMs) throw new IllegalArgumentException("unit " + id + " ends before it starts");
    }

    public long durationMs() {
        return endMs - startMs;
    }

    boolean contains(long timeMs) {
        return timeMs >= startMs && (timeMs < endMs || (startMs == endMs && timeMs == startMs));
    }

    /** Distance from a moment to this unit, 0 when inside. */
    long distanceTo(long timeMs) {
        if (timeMs < startMs) return startMs - timeMs;
        return timeMs >= endMs ? timeMs - endMs : 0;
    }
}
