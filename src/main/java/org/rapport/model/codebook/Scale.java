package org.rapport.model.codebook;

import java.util.Map;
import java.util.TreeMap;

/**
 * A rating scale item (a WAI-O-S item, a 3RS significance rating ...).
 *
 * @param anchors      labelled points of the scale, value to label
 * @param subscale     subscale id, may be null
 * @param reverseKeyed true when a high value means less of the construct
 * @param unit         what it is rated on
 * @param level        measurement level, decides the statistic
 */
public record Scale(String id, String label, int min, int max, Map<Integer, String> anchors, String subscale,
                    boolean reverseKeyed, RatingUnit unit, MeasurementLevel level) {
    public Scale {
        anchors = anchors == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(anchors));
    }

    public boolean accepts(double value) {
        return value >= min && value <= max;
    }

    /** The value as it counts toward a total: reverse-keyed items are mirrored. */
    public double scored(double value) {
        return reverseKeyed ? min + max - value : value;
    }
}
