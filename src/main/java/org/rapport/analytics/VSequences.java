package org.rapport.analytics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Finds rupture–repair sequences in a client's series of session scores by a criterion (docs/analytics.md). The
 * series is in session-number order; its standard deviation is the sample SD (n − 1) of all its scores, so a series
 * needs three sessions, and a flat one (SD 0) has none.
 */
public final class VSequences {
    private VSequences() {
    }

    public static List<VSequence> find(List<SeriesPoint> series, VCriterion criterion, Perspective perspective) {
        List<VSequence> found = new ArrayList<>();
        if (series.size() < 3) return found;
        double sd = sd(series);
        if (sd == 0) return found;
        double threshold = criterion.sds() * sd;
        switch (criterion) {
            case STILES_2004 -> {
                for (int i = 1; i + 1 < series.size(); i++) {
                    SeriesPoint before = series.get(i - 1);
                    SeriesPoint at = series.get(i);
                    SeriesPoint after = series.get(i + 1);
                    if (before.value() - at.value() >= threshold && after.value() - at.value() >= threshold) {
                        found.add(new VSequence(criterion, perspective, before, at, after, sd));
                    }
                }
            }
            case STRAUSS_2006 -> {
                int i = 1;
                while (i < series.size()) {
                    SeriesPoint before = series.get(i - 1);
                    SeriesPoint at = series.get(i);
                    if (before.value() - at.value() < threshold) {
                        i++;
                        continue;
                    }
                    SeriesPoint repair = null;
                    int j = i + 1;
                    for (; j < series.size(); j++) {
                        if (series.get(j).value() >= before.value()) {
                            repair = series.get(j);
                            break;
                        }
                    }
                    found.add(new VSequence(criterion, perspective, before, at, repair, sd));
                    if (repair == null) break; // not repaired: no later level to drop from again
                    i = j + 1;
                }
            }
        }
        return found;
    }

    static double sd(List<SeriesPoint> series) {
        return new StandardDeviation(true).evaluate(series.stream().mapToDouble(SeriesPoint::value).toArray());
    }
}
