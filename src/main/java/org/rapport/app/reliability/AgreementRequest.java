package org.rapport.app.reliability;

import java.nio.file.Path;

import org.rapport.agreement.statistic.AgreementWeights;
import org.rapport.agreement.statistic.AgreementWeights.WeightScale;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.agreement.statistic.Icc;
import org.rapport.agreement.statistic.PercentAgreement;
import org.rapport.agreement.statistic.Statistic;
import org.rapport.model.codebook.MeasurementLevel;

/**
 * An agreement computation as a user asked for it: the statistic and whichever options were given (null means "not
 * given"), not yet checked against each other. {@link ReliabilityService#resolve} checks the combination.
 *
 * @param weights     unweighted, linear or quadratic; custom weights come from {@code weightsFile}
 * @param weightsFile a CSV matrix of agreement weights in category order
 * @param alphaResampling what the bootstrap of Krippendorff's alpha resamples (null: units)
 */
public record AgreementRequest(Statistic statistic, AgreementWeights.Kind weights, Path weightsFile,
                               WeightScale weightScale, MeasurementLevel level, Icc.Model model, Icc.Type type,
                               Icc.Unit unit, PercentAgreement.Form agreement, Double tolerance, Integer bootstrap,
                               Long seed, Bootstrap.AlphaResampling alphaResampling) {
    public AgreementRequest {
        if (statistic == null) throw new IllegalArgumentException("statistic is null");
    }

    public static AgreementRequest of(Statistic statistic) {
        return new AgreementRequest(statistic, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
