package org.rapport.agreement.statistic;

/** A confidence interval. */
public record Interval(double low, double high) {

    /** The interval cut to [-1, 1], the range of a kappa-type coefficient. */
    public Interval clippedToUnitRange() {
        return new Interval(Math.max(-1, low), Math.min(1, high));
    }

    /** The interval cut to [0, 1], the range of a proportion. */
    public Interval clippedToProportion() {
        return new Interval(Math.max(0, low), Math.min(1, high));
    }
}
