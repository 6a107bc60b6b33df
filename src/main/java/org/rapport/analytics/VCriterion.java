package org.rapport.analytics;

import java.util.Locale;

/**
 * The published criteria for a rupture–repair (V-shaped) sequence across sessions (docs/analytics.md, "Across
 * sessions"). Both measure change in units of the client's own standard deviation of the series.
 */
public enum VCriterion {
    /**
     * Stiles, Glick, Osatuke et al. (2004): a session at least 2 SD below the session before it, and the session
     * after it at least 2 SD above it (a deflection down and back up).
     */
    STILES_2004(2.0),
    /**
     * Strauss et al. (2006): a drop of at least 1 SD from one session to the next, repaired when a later session
     * returns to at least the level before the drop; without such a session it is an unrepaired rupture.
     */
    STRAUSS_2006(1.0);

    private final double sds;

    VCriterion(double sds) {
        this.sds = sds;
    }

    public double sds() {
        return sds;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
