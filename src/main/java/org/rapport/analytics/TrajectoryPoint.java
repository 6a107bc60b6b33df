package org.rapport.analytics;

import java.util.Map;

/**
 * One session in a client's trajectory: each perspective's alliance total, and that total centred on the client's
 * own mean (within-client centring, what a multilevel model's level-1 predictor wants).
 *
 * @param totals  each perspective's total (only those rated in full)
 * @param centred each such total minus the client's mean total of that perspective
 * @param subscales each perspective's subscale sums (a subscale with an item missing is left out)
 */
public record TrajectoryPoint(String session, int number, Map<Perspective, Double> totals,
                              Map<Perspective, Double> centred, Map<Perspective, Map<String, Double>> subscales) {
    public TrajectoryPoint {
        totals = Map.copyOf(totals);
        centred = Map.copyOf(centred);
        subscales = Map.copyOf(subscales);
    }
}
