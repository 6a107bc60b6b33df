package org.rapport.analytics;

import java.util.List;

/**
 * The analytics of a set of sessions: each session's, each client's trajectory, the sessions left out, and notes on
 * what could not be computed (a session without a number is in no trajectory …).
 */
public record AnalyticsResult(String codebook, AnalyticsOptions options, List<SessionAnalysis> sessions,
                              List<ClientTrajectory> trajectories, List<Skipped> skipped, List<String> notes) {
    public AnalyticsResult {
        sessions = List.copyOf(sessions);
        trajectories = List.copyOf(trajectories);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
