package org.rapport.analytics;

import java.util.Map;

/**
 * One session in a client's trajectory: each perspective's alliance total, and that total centred on the client's
 * own mean (within-client centring, what a multilevel model's level-1 predictor wants).
 *
 * @param totals  each perspective's total (only those rated in full)
 * @param centred each such total minus the client's mean total of that perspective
 */
public record TrajectoryPoint(String session, int number, Map<Perspective, Double> totals,
                              Map<Perspective, Double> centred) {
    public TrajectoryPoint {
        totals = Map.copyOf(totals);
        centred = Map.copyOf(centred);
    }
}
