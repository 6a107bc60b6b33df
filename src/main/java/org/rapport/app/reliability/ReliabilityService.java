package org.rapport.app.reliability;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.rapport.agreement.statistic.Agreement;
import org.rapport.agreement.statistic.AgreementOptions;
import org.rapport.agreement.statistic.AgreementWeights.WeightScale;
import org.rapport.agreement.statistic.AgreementWeights;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.agreement.statistic.Icc;
import org.rapport.agreement.statistic.PercentAgreement;
import org.rapport.agreement.statistic.RatingTable;
import org.rapport.agreement.statistic.Statistic;
import org.rapport.agreement.statistic.StatisticResult;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.MeasurementLevel;

/**
 * Reliability statistics for the GUI and the command line: checks a request, reads the rating data and runs the
 * statistic. Problems with the request or the data come back as {@link BadInputException}s naming the file and row.
 */
public final class ReliabilityService {

    /** Computes a statistic over a long-form CSV file (unit,rater,value). */
    public StatisticResult agreeOnFile(Path data, AgreementRequest request) {
        double[][] custom = request.weightsFile() == null ? null : WeightMatrixCsvReader.read(request.weightsFile());
        AgreementOptions options = resolve(request, custom);
        RatingCsvReader.RatingFile file = RatingCsvReader.read(data);
        return compute(file.table(), options, data.toString(), file.firstRowOfValue());
    }

    /**
     * Runs checked options on a table. {@code source} names the data in messages; {@code rowOfValue} gives the row
     * where a value first appeared (may be empty).
     */
    public StatisticResult compute(RatingTable table, AgreementOptions options, String source, Map<String, Integer> rowOfValue) {
        if (table.raterCount() < 2) {
            throw new BadInputException(source, null, "only one rater (" + String.join(", ", table.raterIds())
                    + "): agreement needs at least two raters");
        }
        try {
            return Agreement.compute(table, options);
        } catch (RatingTable.NotNumericException e) {
            throw new BadInputException(source, rowOfValue.get(e.label()), "value '" + e.label() + "' is not a number, but "
                    + needsNumbers(options) + " needs numeric values");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, null, e.getMessage());
        }
    }

    private static String needsNumbers(AgreementOptions o) {
        return switch (o.statistic()) {
            case KRIPPENDORFF_ALPHA -> "Krippendorff's alpha at the " + o.level().name().toLowerCase(Locale.ROOT) + " level";
            case ICC -> "the ICC";
            case PERCENT_AGREEMENT -> "agreement within a tolerance";
            default -> o.statistic().cliName() + " with " + o.weights().describe();
        };
    }

    /** Checks that the options fit the statistic and turns them into {@link AgreementOptions}. */
    public static AgreementOptions resolve(AgreementRequest r, double[][] customWeights) {
        Statistic s = r.statistic();
        onlyFor(s, r.level(), "--level", Statistic.KRIPPENDORFF_ALPHA);
        onlyFor(s, r.model(), "--model", Statistic.ICC);
        onlyFor(s, r.type(), "--type", Statistic.ICC);
        onlyFor(s, r.unit(), "--unit", Statistic.ICC);
        onlyFor(s, r.agreement(), "--agreement", Statistic.PERCENT_AGREEMENT);
        onlyFor(s, r.tolerance(), "--tolerance", Statistic.PERCENT_AGREEMENT);
        onlyFor(s, r.bootstrap(), "--bootstrap", Statistic.KRIPPENDORFF_ALPHA, Statistic.LIGHT_KAPPA);
        onlyFor(s, r.seed(), "--seed", Statistic.KRIPPENDORFF_ALPHA, Statistic.LIGHT_KAPPA);
        onlyFor(s, r.alphaResampling(), "--bootstrap-method", Statistic.KRIPPENDORFF_ALPHA);
        boolean anyWeights = r.weights() != null || r.weightsFile() != null || r.weightScale() != null;
        if (anyWeights && !s.takesWeights()) {
            throw new BadInputException("--weights, --weights-file and --weight-scale do not apply to " + s.cliName());
        }
        AgreementOptions o = AgreementOptions.of(s).withWeights(weights(r, customWeights));
        switch (s) {
            case KRIPPENDORFF_ALPHA -> {
                o = o.withLevel(orElse(r.level(), MeasurementLevel.NOMINAL));
                o = o.withBootstrap(bootstrap(r));
            }
            case LIGHT_KAPPA -> o = o.withBootstrap(bootstrap(r));
            case ICC -> o = o.withIccForm(iccForm(r));
            case PERCENT_AGREEMENT -> {
                boolean unanimous = r.agreement() == PercentAgreement.Form.UNANIMOUS;
                double tol = r.tolerance() == null ? 0 : r.tolerance();
                if (tol < 0) throw new BadInputException("--tolerance must not be negative");
                if (tol > 0 && anyWeights) throw new BadInputException("give --tolerance or --weights, not both");
                if (unanimous && anyWeights) throw new BadInputException("--weights apply to pairwise agreement only");
                o = o.withUnanimous(unanimous, tol);
            }
            default -> { }
        }
        return o;
    }

    private static AgreementWeights weights(AgreementRequest r, double[][] custom) {
        if (r.weights() != null && r.weightsFile() != null) throw new BadInputException("give --weights or --weights-file, not both");
        if (custom != null) {
            if (r.weightScale() != null) throw new BadInputException("--weight-scale applies to linear or quadratic weights only");
            return AgreementWeights.custom(custom);
        }
        AgreementWeights.Kind kind = orElse(r.weights(), AgreementWeights.Kind.UNWEIGHTED);
        WeightScale scale = orElse(r.weightScale(), WeightScale.VALUES);
        return switch (kind) {
            case UNWEIGHTED -> {
                if (r.weightScale() != null) throw new BadInputException("--weight-scale applies to linear or quadratic weights only");
                yield AgreementWeights.unweighted();
            }
            case LINEAR -> AgreementWeights.linear(scale);
            case QUADRATIC -> AgreementWeights.quadratic(scale);
            default -> throw new IllegalArgumentException(kind + " weights are not asked for by name");
        };
    }

    private static Icc.Form iccForm(AgreementRequest r) {
        Icc.Model model = orElse(r.model(), Icc.Model.TWO_WAY_RANDOM);
        if (model == Icc.Model.ONE_WAY && r.type() == Icc.Type.CONSISTENCY) {
            throw new BadInputException("the one-way ICC measures absolute agreement: --type consistency does not apply");
        }
        return new Icc.Form(model, orElse(r.type(), Icc.Type.AGREEMENT), orElse(r.unit(), Icc.Unit.SINGLE));
    }

    private static void onlyFor(Statistic s, Object given, String option, Statistic... owners) {
        if (given == null || java.util.Arrays.asList(owners).contains(s)) return;
        String names = java.util.Arrays.stream(owners).map(Statistic::cliName).collect(java.util.stream.Collectors.joining(" and "));
        throw new BadInputException(option + " applies only to " + names + ", not to " + s.cliName());
    }

    /** --bootstrap N [--seed S]; without a seed one is drawn and reported with the interval. */
    private static Bootstrap bootstrap(AgreementRequest r) {
        if (r.seed() != null && r.bootstrap() == null) throw new BadInputException("--seed needs --bootstrap N");
        if (r.alphaResampling() != null && r.bootstrap() == null) {
            throw new BadInputException("--bootstrap-method needs --bootstrap N");
        }
        if (r.bootstrap() == null) return null;
        Bootstrap.checkResamples(r.bootstrap());
        long seed = r.seed() != null ? r.seed() : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        return new Bootstrap(r.bootstrap(), seed, r.alphaResampling());
    }

    private static <T> T orElse(T given, T fallback) {
        return given == null ? fallback : given;
    }
}
