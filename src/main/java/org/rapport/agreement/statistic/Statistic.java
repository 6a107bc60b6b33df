package org.rapport.agreement.statistic;

import java.util.Arrays;
import java.util.Optional;

/** The reliability statistics Rapport computes, by their command-line names. */
public enum Statistic {
    PERCENT_AGREEMENT(PercentAgreement.NAME, "Percent agreement", true),
    COHEN_KAPPA(CohenKappa.NAME, "Cohen's kappa", true),
    SCOTT_PI(ScottPi.NAME, "Scott's pi", true),
    BRENNAN_PREDIGER(BrennanPrediger.NAME, "Brennan-Prediger kappa", true),
    FLEISS_KAPPA(FleissKappa.NAME, "Fleiss' kappa", true),
    CONGER_KAPPA(CongerKappa.NAME, "Conger's kappa", true),
    LIGHT_KAPPA(LightKappa.NAME, "Light's kappa", true),
    KRIPPENDORFF_ALPHA(KrippendorffAlpha.NAME, "Krippendorff's alpha", false),
    GWET_AC(GwetAc.NAME, "Gwet's AC", true),
    ICC(Icc.NAME, "Intraclass correlation", false);

    private final String cliName;
    private final String title;
    private final boolean weighted;

    Statistic(String cliName, String title, boolean weighted) {
        this.cliName = cliName;
        this.title = title;
        this.weighted = weighted;
    }

    public String cliName() {
        return cliName;
    }

    /** A readable name, e.g. "Cohen's kappa". */
    public String title() {
        return title;
    }

    /** True when the statistic takes agreement weights. */
    public boolean takesWeights() {
        return weighted;
    }

    public static Optional<Statistic> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.cliName.equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Statistic::cliName).toList());
    }
}
