package org.rapport.agreement.statistic;

import org.rapport.model.BadInputException;

/**
 * Settings of a bootstrap confidence interval: how many resamples and the random seed, so that a reported interval
 * can be reproduced exactly.
 */
public record Bootstrap(int samples, long seed) {
    /** Fewer resamples than this give percentile bounds too coarse to report. */
    public static final int MIN_RESAMPLES = 100;

    public Bootstrap {
        if (samples < 1) throw new IllegalArgumentException("bootstrap needs at least one resample");
    }

    /** Refuses, as bad input, a bootstrap asked for with fewer than {@link #MIN_RESAMPLES} resamples. */
    public static void checkResamples(int samples) {
        if (samples < MIN_RESAMPLES) throw new BadInputException("--bootstrap needs at least " + MIN_RESAMPLES + " resamples");
    }
}
