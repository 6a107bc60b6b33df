package org.rapport.agreement.statistic;

import java.util.List;

/** Published benchmark scales that put words to a coefficient. Each label names its source. */
public final class Benchmarks {
    public static final String LANDIS_KOCH = "Landis & Koch (1977)";
    public static final String CICCHETTI = "Cicchetti (1994)";
    public static final String KOO_LI = "Koo & Li (2016)";
    public static final String KRIPPENDORFF = "Krippendorff (2004)";

    private static final String LANDIS_KOCH_REF = "Landis, J. R., & Koch, G. G. (1977). The measurement of observer agreement"
            + " for categorical data. Biometrics, 33(1), 159-174.";
    private static final String CICCHETTI_REF = "Cicchetti, D. V. (1994). Guidelines, criteria, and rules of thumb for evaluating"
            + " normed and standardized assessment instruments in psychology. Psychological Assessment, 6(4), 284-290.";
    private static final String KOO_LI_REF = "Koo, T. K., & Li, M. Y. (2016). A guideline of selecting and reporting intraclass"
            + " correlation coefficients for reliability research. Journal of Chiropractic Medicine, 15(2), 155-163.";
    private static final String KRIPPENDORFF_REF = "Krippendorff, K. (2004). Content analysis: An introduction to its"
            + " methodology (2nd ed.), p. 241. Thousand Oaks, CA: Sage.";

    private Benchmarks() {
    }

    /** Landis & Koch (1977): poor &lt; 0 ≤ slight ≤ .20 &lt; fair ≤ .40 &lt; moderate ≤ .60 &lt; substantial ≤ .80 &lt; almost perfect. */
    public static Interpretation landisKoch(double v) {
        String label = v < 0 ? "poor" : v <= 0.20 ? "slight" : v <= 0.40 ? "fair" : v <= 0.60 ? "moderate"
                : v <= 0.80 ? "substantial" : "almost perfect";
        return new Interpretation(label, LANDIS_KOCH, LANDIS_KOCH_REF);
    }

    /** Cicchetti (1994), for kappa and ICC: poor &lt; .40 ≤ fair &lt; .60 ≤ good &lt; .75 ≤ excellent. */
    public static Interpretation cicchetti(double v) {
        String label = v < 0.40 ? "poor" : v < 0.60 ? "fair" : v < 0.75 ? "good" : "excellent";
        return new Interpretation(label, CICCHETTI, CICCHETTI_REF);
    }

    /** Koo & Li (2016), for ICC: poor &lt; .50 ≤ moderate &lt; .75 ≤ good ≤ .90 &lt; excellent. */
    public static Interpretation kooLi(double v) {
        String label = v < 0.50 ? "poor" : v < 0.75 ? "moderate" : v <= 0.90 ? "good" : "excellent";
        return new Interpretation(label, KOO_LI, KOO_LI_REF);
    }

    /** Krippendorff: α ≥ .800 reliable; .667 ≤ α &lt; .800 tentative conclusions only; below .667 unreliable. */
    public static Interpretation krippendorff(double v) {
        String label = v >= 0.800 ? "reliable (alpha >= .800)" : v >= 0.667 ? "tentative conclusions only (.667 <= alpha < .800)"
                : "unreliable (alpha < .667)";
        return new Interpretation(label, KRIPPENDORFF, KRIPPENDORFF_REF);
    }

    /** Scales for kappa-like coefficients. */
    static List<Interpretation> kappaLike(double v) {
        return List.of(landisKoch(v), cicchetti(v));
    }

    /** Scales for the ICC. */
    static List<Interpretation> icc(double v) {
        return List.of(kooLi(v), cicchetti(v));
    }

    static void kappaLike(StatisticResult.Builder b) {
        if (b.value() != null) kappaLike(b.value()).forEach(b::interpret);
    }
}
