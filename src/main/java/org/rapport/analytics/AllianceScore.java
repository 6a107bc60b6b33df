package org.rapport.analytics;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Rating;

/**
 * One perspective's alliance in one session from a questionnaire's whole-session items (WAI-O-S, WAI-SR): reverse-keyed
 * items mirrored ({@link Scale#scored}), the total and each subscale's sum when all their items are rated, the mean
 * item score of what is rated, and that mean as a percentage of the scale's range (POMP: 0 = every item at its minimum,
 * 100 = at its maximum), which puts a 1–7 and a 1–5 questionnaire on one axis.
 *
 * @param rated     how many of the questionnaire's items are rated
 * @param items     how many whole-session items it has
 * @param total     the sum of the scored items, or null when an item is missing
 * @param subscales each subscale's sum (null when one of its items is missing), in the codebook's order
 */
public record AllianceScore(String codebook, int rated, int items, Double total, Map<String, Double> subscales,
                            Double meanItem, Double pomp) {
    public AllianceScore {
        subscales = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subscales));
    }

    /** The score of a session's ratings under the codebook, or null when none of its items is rated. */
    public static AllianceScore of(Codebook codebook, Collection<Rating> ratings) {
        List<Scale> scales = codebook.scales().stream().filter(s -> s.unit().isWholeSession()).toList();
        Map<String, Double> values = new HashMap<>();
        for (Rating r : ratings) {
            if (r.segment() == null && r.codebookId().equals(codebook.id())) values.put(r.itemId(), r.value());
        }
        double sum = 0;
        double pompSum = 0;
        int rated = 0;
        Map<String, Double> subscaleSums = new LinkedHashMap<>();
        Map<String, Boolean> subscaleComplete = new LinkedHashMap<>();
        for (Scale s : scales) {
            Double v = values.get(s.id());
            if (s.subscale() != null) {
                subscaleSums.putIfAbsent(s.subscale(), 0.0);
                subscaleComplete.putIfAbsent(s.subscale(), true);
            }
            if (v == null) {
                if (s.subscale() != null) subscaleComplete.put(s.subscale(), false);
                continue;
            }
            double scored = s.scored(v);
            sum += scored;
            pompSum += (scored - s.min()) * 100.0 / (s.max() - s.min());
            rated++;
            if (s.subscale() != null) subscaleSums.merge(s.subscale(), scored, Double::sum);
        }
        if (rated == 0) return null;
        Map<String, Double> subscales = new LinkedHashMap<>();
        subscaleSums.forEach((k, v) -> subscales.put(k, subscaleComplete.get(k) ? v : null));
        return new AllianceScore(codebook.id(), rated, scales.size(), rated == scales.size() ? sum : null, subscales,
                sum / rated, pompSum / rated);
    }
}
