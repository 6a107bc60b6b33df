package org.rapport.app.training;

import java.time.Instant;
import java.util.List;

import org.rapport.model.codebook.Criterion;

/**
 * Each rater's agreement over time under a codebook (decision 0015): with the reference on gold sessions
 * (calibration) and with the other raters on double-coded sessions, by month or by every n completed sessions.
 * The control limit is the criterion's minimum: a bin below it is flagged, and so is a rater whose latest bin is.
 *
 * @param binning "month" or "sessions"
 * @param every   sessions per bin when binning by sessions
 */
public record Drift(String codebookId, Criterion criterion, String binning, int every, List<RaterDrift> raters) {
    public Drift {
        raters = List.copyOf(raters);
    }

    public static final String REFERENCE = "reference";
    public static final String PEERS = "peers";

    /** The criterion's minimum, the line a rater must stay above. */
    public double controlLimit() {
        return criterion.min();
    }

    /** One rater's points and their bins, against the reference and against peers. */
    public record RaterDrift(String rater, List<Point> points, List<Bin> reference, List<Bin> peers) {
        public RaterDrift {
            points = List.copyOf(points);
            reference = List.copyOf(reference);
            peers = List.copyOf(peers);
        }

        /** True when the rater's latest bin against the reference or against peers is below the control limit. */
        public boolean flagged() {
            return !reference.isEmpty() && reference.get(reference.size() - 1).flagged()
                    || !peers.isEmpty() && peers.get(peers.size() - 1).flagged();
        }
    }

    /**
     * A session's agreement: against the reference of a gold session, or against the peers who coded it too (the mean
     * over them).
     *
     * @param against  {@link #REFERENCE} or {@link #PEERS}
     * @param partners the reference, or the peers
     * @param value    null when undefined ({@code reason} says why)
     */
    public record Point(String session, Instant completedAt, String against, List<String> partners, Double value,
                        String reason) {
        public Point {
            partners = List.copyOf(partners);
        }
    }

    /**
     * A month ("2026-03") or a run of n sessions ("1–5"): the mean of its points' values.
     *
     * @param sessions the points in it with a value
     */
    public record Bin(String label, int sessions, Double mean, boolean flagged, List<String> sessionNames) {
        public Bin {
            sessionNames = List.copyOf(sessionNames);
        }
    }
}
