package org.rapport.app.analytics;

import org.rapport.model.BadInputException;

/**
 * What to analyse (docs/analytics.md).
 *
 * @param codebook       the rupture codebook (3rs)
 * @param client         only this client's sessions, or null for every session
 * @param rater          the rater whose codings count where a session has no settled consensus, or null
 * @param consensusOnly  only sessions with a settled consensus (no rater stands in)
 * @param windowSeconds  the episode window after a marker, or null for the rest of its 3RS segment
 * @param alliance       the observer alliance codebook, or null for wai-o-s when the project has it
 * @param selfReport     the self-report codebook of client and therapist raters, or null for wai-sr when present
 */
public record AnalyticsRequest(String codebook, String client, String rater, boolean consensusOnly,
                               Double windowSeconds, String alliance, String selfReport) {
    public static final String DEFAULT_ALLIANCE = "wai-o-s";
    public static final String DEFAULT_SELF_REPORT = "wai-sr";

    /** Refuses contradictory or impossible options before anything is read. */
    public void check() {
        if (codebook == null || codebook.isBlank()) throw new BadInputException("--codebook: give the rupture codebook (3rs)");
        if (consensusOnly && rater != null) {
            throw new BadInputException("give either --consensus (settled consensus only) or --rater NAME (consensus"
                    + " where settled, else that rater), not both");
        }
        if (windowSeconds != null && !(windowSeconds > 0 && windowSeconds <= 24 * 3600)) {
            throw new BadInputException("--window: seconds after a rupture marker, more than 0 and at most 86400: "
                    + windowSeconds);
        }
    }

    public Long windowMs() {
        return windowSeconds == null ? null : Math.round(windowSeconds * 1000);
    }
}
