package org.rapport.agreement.statistic;

/**
 * A verbal label for a coefficient on a published benchmark scale.
 *
 * @param label  the band the value falls in, e.g. "substantial"
 * @param scale  which scale, e.g. "Landis & Koch (1977)"
 * @param source the full reference, to cite in a methods section
 */
public record Interpretation(String label, String scale, String source) {
}
