package org.rapport.agreement.statistic;

/** Runs the statistic that options name on a rating table: the one entry point callers need. */
public final class Agreement {
    private Agreement() {
    }

    /**
     * @throws RatingTable.NotNumericException when a numeric method meets a label that is not a number
     * @throws IllegalArgumentException        when the table does not suit the statistic (e.g. Cohen with three raters)
     */
    public static StatisticResult compute(RatingTable table, AgreementOptions o) {
        return switch (o.statistic()) {
            case PERCENT_AGREEMENT -> o.unanimous() ? PercentAgreement.unanimous(table, o.tolerance())
                    : PercentAgreement.pairwise(table, o.tolerance() > 0 ? AgreementWeights.tolerance(o.tolerance()) : o.weights());
            case COHEN_KAPPA -> CohenKappa.compute(table, o.weights());
            case SCOTT_PI -> ScottPi.compute(table, o.weights());
            case BRENNAN_PREDIGER -> BrennanPrediger.compute(table, o.weights());
            case FLEISS_KAPPA -> FleissKappa.compute(table, o.weights());
            case CONGER_KAPPA -> CongerKappa.compute(table, o.weights());
            case LIGHT_KAPPA -> LightKappa.compute(table, o.weights(), o.bootstrap());
            case KRIPPENDORFF_ALPHA -> KrippendorffAlpha.compute(table, o.level(), o.bootstrap());
            case GWET_AC -> GwetAc.compute(table, o.weights());
            case ICC -> Icc.compute(table, o.iccForm());
        };
    }
}
