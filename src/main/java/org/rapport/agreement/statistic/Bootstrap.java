package org.rapport.agreement.statistic;

import java.util.Locale;

import org.rapport.model.BadInputException;
import org.rapport.model.Limits;

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

    /**
     * Refuses, as bad input, a bootstrap asked for with fewer than {@link #MIN_RESAMPLES} resamples or more than
     * {@link Limits#BOOTSTRAP} (beyond which the interval no longer changes, and memory and time run out).
     */
    public static void checkResamples(int samples) {
        if (samples < MIN_RESAMPLES) throw new BadInputException("--bootstrap needs at least " + MIN_RESAMPLES + " resamples");
        if (samples > Limits.BOOTSTRAP) {
            throw new BadInputException(String.format(Locale.ROOT, "--bootstrap %,d is more than the limit of %,d"
                    + " resamples", samples, Limits.BOOTSTRAP));
        }
    }
}
