package org.rapport.agreement;

/** A confidence interval. */
public record Interval(double low, double high) {
}
