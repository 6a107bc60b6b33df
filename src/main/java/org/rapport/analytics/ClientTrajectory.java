package org.rapport.analytics;

import java.util.List;
import java.util.Map;

/**
 * A client's alliance across sessions: the sessions in number order, each perspective's mean and SD, and the
 * rupture–repair sequences found by each criterion.
 *
 * @param means each perspective's mean total over the client's sessions rated in full
 * @param sds   each perspective's sample SD (only with two or more sessions)
 */
public record ClientTrajectory(String client, List<TrajectoryPoint> points, Map<Perspective, Double> means,
                               Map<Perspective, Double> sds, List<VSequence> sequences) {
    public ClientTrajectory {
        points = List.copyOf(points);
        means = Map.copyOf(means);
        sds = Map.copyOf(sds);
        sequences = List.copyOf(sequences);
    }
}
