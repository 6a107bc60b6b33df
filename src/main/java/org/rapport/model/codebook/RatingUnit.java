package org.rapport.model.codebook;

/**
 * What a scale is rated on: the whole session, or fixed segments of N minutes.
 *
 * @param segmentMinutes 0 for the whole session
 */
public record RatingUnit(int segmentMinutes) {
    public static final RatingUnit SESSION = new RatingUnit(0);

    public static RatingUnit segments(int minutes) {
        if (minutes <= 0) throw new IllegalArgumentException("segment minutes must be positive: " + minutes);
        return new RatingUnit(minutes);
    }

    public boolean isWholeSession() {
        return segmentMinutes == 0;
    }

    public long segmentMs() {
        return segmentMinutes * 60_000L;
    }

    /** Number of segments in a session of the given length (1 for a whole-session unit). */
    public int segmentCount(long durationMs) {
        if (isWholeSession()) return 1;
        return (int) Math.max(1, (durationMs + segmentMs() - 1) / segmentMs());
    }

    /** Segment index, from 0, of a moment in the session (0 for a whole-session unit). */
    public int segmentAt(long timeMs) {
        return isWholeSession() ? 0 : (int) (timeMs / segmentMs());
    }
}
