package org.rapport.agreement.statistic;

/** Scott's (1955) pi for two raters: chance agreement from the pooled marginals. Fleiss' kappa generalises it. */
public final class ScottPi {
    public static final String NAME = "scott-pi";

    private ScottPi() {
    }

    public static StatisticResult compute(RatingTable table, AgreementWeights weights) {
        if (table.raterCount() != 2) {
            throw new IllegalArgumentException("Scott's pi needs exactly two raters (found " + table.raterCount()
                    + "); use fleiss-kappa for more");
        }
        return FleissKappa.compute(NAME, table, weights);
    }
}
