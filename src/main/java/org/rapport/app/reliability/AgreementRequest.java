package org.rapport.app.reliability;

import java.nio.file.Path;

/**
 * An agreement computation as a user asked for it (command-line names, unchecked). Null means "not given".
 * {@link ReliabilityService#resolve} checks the combination.
 */
public record AgreementRequest(String statistic, String weights, Path weightsFile, String weightScale, String level,
                               String model, String type, String unit, String agreement, Double tolerance,
                               Integer bootstrap, Long seed) {

    public static AgreementRequest of(String statistic) {
        return new AgreementRequest(statistic, null, null, null, null, null, null, null, null, null, null, null);
    }
}
