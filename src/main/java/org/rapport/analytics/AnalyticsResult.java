package org.rapport.analytics;

import java.util.List;
import org.rapport.model.codebook.Codebook;

/**
 * The analytics of a set of sessions: each session's, each client's trajectory, the sessions left out, and notes on
 * what could not be computed (a session without a number is in no trajectory …).
 */
public record AnalyticsResult(Codebook codebook, AnalyticsOptions options, List<SessionAnalysis> sessions,
                              List<ClientTrajectory> trajectories, List<Skipped> skipped, List<String> notes) {
    public AnalyticsResult {
        sessions = List.copyOf(sessions);
        trajectories = List.copyOf(trajectories);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** The codebook's segment length in minutes. */
    public int segmentMinutes() {
        return codebook.segmentMinutes();
    }
}
