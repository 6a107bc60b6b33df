package org.rapport.agreement.statistic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.rapport.model.BadInputException;
import org.rapport.model.Limits;

/**
 * Settings of a bootstrap confidence interval: how many resamples and the random seed, so that a reported interval
 * can be reproduced exactly, and for Krippendorff's alpha what is resampled.
 *
 * @param alphaResampling what the bootstrap of Krippendorff's alpha draws (other statistics resample units or
 *                        sessions whatever this says)
 */
public record Bootstrap(int samples, long seed, AlphaResampling alphaResampling) {
    /** Fewer resamples than this give percentile bounds too coarse to report. */
    public static final int MIN_RESAMPLES = 100;

    /**
     * What a bootstrap of Krippendorff's alpha resamples (docs/statistics.md). Units by default: the pairs of one unit
     * are not independent, and drawing them one by one (Hayes &amp; Krippendorff 2007) gives intervals that are far too
     * narrow with many raters.
     */
    public enum AlphaResampling {
        /** Whole units with all their ratings, alpha recomputed from each resample (Efron &amp; Tibshirani 1993). */
        UNITS("units"),
        /** Within-unit pairs of values, expected disagreement kept (Hayes &amp; Krippendorff 2007, KALPHA). */
        PAIRS("hayes-krippendorff");

        private final String key;

        AlphaResampling(String key) {
            this.key = key;
        }

        /** The command-line name. */
        public String key() {
            return key;
        }

        public static Optional<AlphaResampling> fromKey(String key) {
            String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(m -> m.key.equals(k)).findFirst();
        }
    }

    public Bootstrap {
        if (samples < 1) throw new IllegalArgumentException("bootstrap needs at least one resample");
        if (alphaResampling == null) alphaResampling = AlphaResampling.UNITS;
    }

    /** Alpha resampled by units, the default. */
    public Bootstrap(int samples, long seed) {
        this(samples, seed, AlphaResampling.UNITS);
    }

    public Bootstrap withAlphaResampling(AlphaResampling r) {
        return new Bootstrap(samples, seed, r);
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
