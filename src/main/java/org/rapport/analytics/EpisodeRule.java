package org.rapport.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rapport.model.coding.Coding;

/**
 * Finds the rupture–repair episodes of one session (docs/analytics.md, "Episodes"). Markers are taken in order of
 * their start; a marker not yet in an episode opens one, whose window runs from its start to the end of its 3RS
 * segment (or, with a window in seconds, that long after its start). Every later marker starting inside the window
 * joins the episode; every strategy starting at or after the opening marker's start and inside the window belongs to
 * it. The episode is resolved when at least one strategy belongs to it.
 *
 * @param segmentMs the length of a 3RS segment (5 minutes)
 * @param windowMs  the window after the first marker, or null for "the rest of the same segment"
 */
public record EpisodeRule(long segmentMs, Long windowMs) {
    public EpisodeRule {
        if (segmentMs <= 0) throw new IllegalArgumentException("segment length must be positive: " + segmentMs);
        if (windowMs != null && windowMs <= 0) throw new IllegalArgumentException("window must be positive: " + windowMs);
    }

    public List<Episode> find(List<Coding> markers, List<Coding> strategies) {
        Comparator<Coding> byTime = Comparator.comparingLong(Coding::startMs).thenComparingLong(Coding::endMs)
                .thenComparing(Coding::codeId);
        List<Coding> ms = markers.stream().sorted(byTime).toList();
        List<Coding> ss = strategies.stream().sorted(byTime).toList();
        List<Episode> episodes = new ArrayList<>();
        int i = 0;
        while (i < ms.size()) {
            Coding first = ms.get(i);
            long start = first.startMs();
            int segment = (int) (start / segmentMs);
            long end = windowMs == null ? (segment + 1L) * segmentMs : start + windowMs;
            List<Coding> in = new ArrayList<>();
            while (i < ms.size() && ms.get(i).startMs() < end) in.add(ms.get(i++));
            List<Coding> repairs = ss.stream().filter(s -> s.startMs() >= start && s.startMs() < end).toList();
            episodes.add(new Episode(episodes.size() + 1, start, end, segment, in, repairs));
        }
        return episodes;
    }
}
