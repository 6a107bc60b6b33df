package org.rapport.analytics;

import java.util.List;
import java.util.Map;
import org.rapport.model.coding.Coding;
import org.rapport.model.session.Session;

/**
 * Everything computed for one session.
 *
 * @param codings     the source's codings under the codebook, in time order
 * @param durationMs  the session's length, or null when not known (then no rate per hour)
 * @param ratingMeans the mean over rated segments of each segment scale, and each whole-session scale's value
 * @param alliance    the alliance score of each perspective rated
 */
public record SessionAnalysis(Session session, Source source, List<Coding> codings, Long durationMs, Counts counts,
                              List<SegmentStats> segments, List<Episode> episodes, Map<String, Double> ratingMeans,
                              Map<Perspective, AllianceScore> alliance) {
    public SessionAnalysis {
        codings = codings.stream().sorted(java.util.Comparator.comparingLong(Coding::startMs)).toList();
        segments = List.copyOf(segments);
        episodes = List.copyOf(episodes);
        ratingMeans = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ratingMeans));
        alliance = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(alliance.isEmpty()
                ? new java.util.EnumMap<>(Perspective.class) : alliance));
    }

    public Double perHour(int count) {
        return Counts.perHour(count, durationMs);
    }

    public int resolvedEpisodes() {
        return (int) episodes.stream().filter(Episode::resolved).count();
    }

    /** Resolved episodes over all episodes; null when there was none. */
    public Double resolutionRate() {
        return episodes.isEmpty() ? null : resolvedEpisodes() / (double) episodes.size();
    }

    /** The mean latency to the first strategy over resolved episodes, or null. */
    public Double meanLatencyMs() {
        return episodes.stream().filter(Episode::resolved).mapToLong(Episode::latencyMs).average().stream()
                .boxed().findFirst().orElse(null);
    }
}
