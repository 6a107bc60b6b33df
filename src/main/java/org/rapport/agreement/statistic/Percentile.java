package org.rapport.agreement.statistic;

/** Percentiles of a sorted sample, interpolated linearly between order statistics (R's type 7). */
final class Percentile {
    private Percentile() {
    }

    static double of(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
