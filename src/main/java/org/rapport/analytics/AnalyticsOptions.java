package org.rapport.analytics;

/**
 * How the analytics count.
 *
 * @param windowMs the episode window after a rupture marker, or null for the rest of its 3RS segment
 */
public record AnalyticsOptions(Long windowMs) {
    public static final AnalyticsOptions DEFAULT = new AnalyticsOptions(null);
}
