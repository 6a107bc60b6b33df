package org.rapport.cli.reliability;

import java.util.Map;
import java.util.stream.Stream;

import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.statistic.AgreementWeights;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.agreement.statistic.AgreementWeights.WeightScale;
import org.rapport.agreement.statistic.Icc;
import org.rapport.agreement.statistic.PercentAgreement;
import org.rapport.agreement.statistic.Statistic;
import org.rapport.cli.ChoiceConverter;
import org.rapport.cli.KeyConverter;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.MeasurementLevel;

/** The spellings of {@code rapport agree}'s options (docs/statistics.md, docs/unit-alignment.md) and what they name. */
public final class AgreeConverters {
    private AgreeConverters() {
    }

    /** --statistic NAME, by the statistic's own name (the one its JSON carries), in any case. */
    static final class StatisticName extends KeyConverter<Statistic> {
        StatisticName() {
            super(value -> Statistic.byName(value).orElseThrow(() -> new BadInputException(
                    "unknown statistic '" + value + "'; choose one of " + Statistic.names())),
                    Stream.of(Statistic.values()).map(Statistic::cliName).toList());
        }
    }

    static final class Weights extends ChoiceConverter<AgreementWeights.Kind> {
        Weights() {
            super("--weights", Map.of("unweighted", AgreementWeights.Kind.UNWEIGHTED,
                    "linear", AgreementWeights.Kind.LINEAR, "quadratic", AgreementWeights.Kind.QUADRATIC));
        }
    }

    static final class Scale extends ChoiceConverter<WeightScale> {
        Scale() {
            super("--weight-scale", Map.of("values", WeightScale.VALUES, "ranks", WeightScale.RANKS));
        }
    }

    static final class Level extends ChoiceConverter<MeasurementLevel> {
        Level() {
            super("--level", Map.of("nominal", MeasurementLevel.NOMINAL, "ordinal", MeasurementLevel.ORDINAL,
                    "interval", MeasurementLevel.INTERVAL, "ratio", MeasurementLevel.RATIO));
        }
    }

    static final class Model extends ChoiceConverter<Icc.Model> {
        Model() {
            super("--model", Map.of("one-way", Icc.Model.ONE_WAY, "two-way-random", Icc.Model.TWO_WAY_RANDOM,
                    "two-way-mixed", Icc.Model.TWO_WAY_MIXED));
        }
    }

    static final class Type extends ChoiceConverter<Icc.Type> {
        Type() {
            super("--type", Map.of("consistency", Icc.Type.CONSISTENCY, "agreement", Icc.Type.AGREEMENT));
        }
    }

    static final class Unit extends ChoiceConverter<Icc.Unit> {
        Unit() {
            super("--unit", Map.of("single", Icc.Unit.SINGLE, "average", Icc.Unit.AVERAGE));
        }
    }

    static final class Form extends ChoiceConverter<PercentAgreement.Form> {
        Form() {
            super("--agreement", Map.of("pairwise", PercentAgreement.Form.PAIRWISE,
                    "unanimous", PercentAgreement.Form.UNANIMOUS));
        }
    }

    /** --bootstrap-method units|hayes-krippendorff, by the resampling's key. */
    static final class AlphaResampling extends KeyConverter<Bootstrap.AlphaResampling> {
        AlphaResampling() {
            super(value -> Bootstrap.AlphaResampling.fromKey(value).orElseThrow(() -> new BadInputException(
                    "unknown --bootstrap-method '" + value + "'; choose units or hayes-krippendorff")),
                    Stream.of(Bootstrap.AlphaResampling.values()).map(Bootstrap.AlphaResampling::key).toList());
        }
    }

    /** --method utterance|time-slice|event, by the method's key. */
    public static final class Method extends KeyConverter<AlignmentMethod> {
        public Method() {
            super(value -> AlignmentMethod.fromKey(value).orElseThrow(() ->
                    new BadInputException("unknown --method '" + value + "'; choose utterance, time-slice or event")),
                    Stream.of(AlignmentMethod.values()).map(AlignmentMethod::key).toList());
        }
    }
}
