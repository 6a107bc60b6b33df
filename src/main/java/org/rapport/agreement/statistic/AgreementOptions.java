package org.rapport.agreement.statistic;

import org.rapport.model.codebook.MeasurementLevel;

/**
 * A statistic and the options it needs, already checked. Use the factory methods; {@link Agreement#compute} runs it.
 *
 * @param weights   agreement weights (weighted statistics), unweighted by default
 * @param level     Krippendorff's alpha metric
 * @param iccForm   ICC form
 * @param unanimous percent agreement: unanimous instead of pairwise
 * @param tolerance percent agreement: numeric values within this distance agree (0 = exact)
 * @param bootstrap bootstrap CI (Krippendorff's alpha, Light's kappa), or null
 */
public record AgreementOptions(Statistic statistic, AgreementWeights weights, MeasurementLevel level, Icc.Form iccForm,
                               boolean unanimous, double tolerance, Bootstrap bootstrap) {
    public AgreementOptions {
        if (statistic == null) throw new IllegalArgumentException("statistic is null");
        if (weights == null) weights = AgreementWeights.unweighted();
        if (level == null) level = MeasurementLevel.NOMINAL;
        if (iccForm == null) iccForm = new Icc.Form(Icc.Model.TWO_WAY_RANDOM, Icc.Type.AGREEMENT, Icc.Unit.SINGLE);
    }

    public static AgreementOptions of(Statistic statistic) {
        return new AgreementOptions(statistic, null, null, null, false, 0, null);
    }

    public AgreementOptions withWeights(AgreementWeights w) {
        return new AgreementOptions(statistic, w, level, iccForm, unanimous, tolerance, bootstrap);
    }

    public AgreementOptions withLevel(MeasurementLevel l) {
        return new AgreementOptions(statistic, weights, l, iccForm, unanimous, tolerance, bootstrap);
    }

    public AgreementOptions withIccForm(Icc.Form f) {
        return new AgreementOptions(statistic, weights, level, f, unanimous, tolerance, bootstrap);
    }

    public AgreementOptions withUnanimous(boolean u, double tol) {
        return new AgreementOptions(statistic, weights, level, iccForm, u, tol, bootstrap);
    }

    public AgreementOptions withBootstrap(Bootstrap b) {
        return new AgreementOptions(statistic, weights, level, iccForm, unanimous, tolerance, b);
    }
}
