package org.rapport.analytics;

import java.util.List;
import org.rapport.model.coding.Coding;

/**
 * A rupture–repair episode within a session: the rupture markers that open it and fall in its window, and the
 * resolution strategies that follow the first marker within the window (docs/analytics.md, "Episodes").
 *
 * @param number      1, 2 … in the session, in time order
 * @param startMs     the first marker's start
 * @param windowEndMs the end of the window (exclusive): the end of the first marker's segment, or start + window
 * @param segment     the 3RS segment (from 0) the first marker starts in
 */
public record Episode(int number, long startMs, long windowEndMs, int segment, List<Coding> markers,
                      List<Coding> strategies) {
    public Episode {
        markers = List.copyOf(markers);
        strategies = List.copyOf(strategies);
    }

    public boolean resolved() {
        return !strategies.isEmpty();
    }

    /** From the first marker's start to the first strategy's start; null when no strategy followed. */
    public Long latencyMs() {
        return strategies.isEmpty() ? null : strategies.get(0).startMs() - startMs;
    }

    /** withdrawal, confrontation or mixed: the kinds of its markers. */
    public String kind(RuptureCodes codes) {
        boolean w = markers.stream().anyMatch(m -> codes.withdrawal().contains(m.codeId()));
        boolean c = markers.stream().anyMatch(m -> codes.confrontation().contains(m.codeId()));
        return w && c ? "mixed" : w ? RuptureCodes.WITHDRAWAL : RuptureCodes.CONFRONTATION;
    }
}
