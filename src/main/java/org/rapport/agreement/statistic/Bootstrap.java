package org.rapport.agreement.statistic;

/**
 * Settings of a bootstrap confidence interval: how many resamples and the random seed, so that a reported interval
 * can be reproduced exactly.
 */
public record Bootstrap(int samples, long seed) {
    public Bootstrap {
        if (samples < 1) throw new IllegalArgumentException("bootstrap needs at least one resample");
    }
}
