package org.rapport.cli.reliability;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapport.agreement.statistic.AgreementWeights;
import org.rapport.agreement.statistic.AgreementWeights.WeightScale;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.agreement.statistic.Icc;
import org.rapport.agreement.statistic.Interpretation;
import org.rapport.agreement.statistic.PercentAgreement;
import org.rapport.agreement.statistic.Statistic;
import org.rapport.agreement.statistic.StatisticResult;
import org.rapport.app.ProjectAddress;
import org.rapport.app.reliability.AgreementRequest;
import org.rapport.app.reliability.ReliabilityService;
import org.rapport.cli.CliSecrets;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.report.json.ResultJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rapport agree}: one reliability statistic over rating data. */
@Command(name = "agree", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class, description = "Compute an inter-rater reliability statistic.%n"
        + "The data file is a CSV with header unit,rater,value and one row per rating; an empty value or an absent row is"
        + " missing. See docs/statistics.md for formulas, policies and how to cite.%n"
        + "With --project DIR --codebook ID instead, every code, code group, item, subscale and total of the codebook is"
        + " compared across the project's raters, the statistics chosen by level of measurement (docs/unit-alignment.md).")
public final class AgreeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** Where the ratings come from: a rating file, or a project's codings and ratings. */
    static final class Source {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV with header unit,rater,value")
        Path data;
        @Option(names = "--project", required = true, paramLabel = "DIR|URI", description = "compare the raters of a"
                + " project (a folder or postgresql://user@host:port/db)", converter = ProjectOption.AddressConverter.class)
        ProjectAddress project;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") Source source;

    @Option(names = "--statistic", paramLabel = "NAME", description = "percent-agreement, cohen-kappa, scott-pi, brennan-prediger, fleiss-kappa, conger-kappa,"
                    + " light-kappa, krippendorff-alpha, gwet-ac, icc",
            converter = AgreeConverters.StatisticName.class, completionCandidates = AgreeConverters.StatisticName.class)
    Statistic statistic;
    @Option(names = "--weights", paramLabel = "unweighted|linear|quadratic", converter = AgreeConverters.Weights.class,
            completionCandidates = AgreeConverters.Weights.class)
    AgreementWeights.Kind weights;
    @Option(names = "--weights-file", paramLabel = "FILE", description = "CSV matrix of agreement weights in category order")
    Path weightsFile;
    @Option(names = "--weight-scale", paramLabel = "values|ranks",
            description = "place categories by their numeric values (default) or by rank among observed categories (R irr/psych)",
            converter = AgreeConverters.Scale.class, completionCandidates = AgreeConverters.Scale.class)
    WeightScale weightScale;
    @Option(names = "--level", paramLabel = "nominal|ordinal|interval|ratio", description = "krippendorff-alpha metric",
            converter = AgreeConverters.Level.class, completionCandidates = AgreeConverters.Level.class)
    MeasurementLevel level;
    @Option(names = "--model", paramLabel = "one-way|two-way-random|two-way-mixed", description = "icc model (default two-way-random)",
            converter = AgreeConverters.Model.class, completionCandidates = AgreeConverters.Model.class)
    Icc.Model model;
    @Option(names = "--type", paramLabel = "consistency|agreement", description = "icc type (default agreement)",
            converter = AgreeConverters.Type.class, completionCandidates = AgreeConverters.Type.class)
    Icc.Type type;
    @Option(names = "--unit", paramLabel = "single|average", description = "icc unit (default single)",
            converter = AgreeConverters.Unit.class, completionCandidates = AgreeConverters.Unit.class)
    Icc.Unit unit;
    @Option(names = "--agreement", paramLabel = "pairwise|unanimous", description = "percent-agreement form (default pairwise)",
            converter = AgreeConverters.Form.class, completionCandidates = AgreeConverters.Form.class)
    PercentAgreement.Form agreement;
    @Option(names = "--tolerance", paramLabel = "N", description = "percent-agreement: numeric values within N agree")
    Double tolerance;
    @Option(names = "--bootstrap", paramLabel = "N", description = "krippendorff-alpha, light-kappa (with --project: ordinal alpha and Light's kappa; default 1000): bootstrap resamples for the CI")
    Integer bootstrap;
    @Option(names = "--seed", paramLabel = "S", description = "bootstrap random seed (for a reproducible CI; with --project default 1)") Long seed;
    @Option(names = "--bootstrap-method", paramLabel = "units|hayes-krippendorff",
            description = "krippendorff-alpha: resample whole units (default) or within-unit pairs of values (Hayes & Krippendorff 2007)",
            converter = AgreeConverters.AlphaResampling.class, completionCandidates = AgreeConverters.AlphaResampling.class)
    Bootstrap.AlphaResampling alphaResampling;
    @Option(names = "--json", description = "print one JSON object") boolean json;
    @ArgGroup(exclusive = false, heading = "%nWith --project:%n") ProjectAgreeOptions projectOptions;
    @Option(names = "--as", paramLabel = "NAME", description = "with --project: act as this rater (a protected"
            + " supervisor's password comes from RAPPORT_PASSWORD or a prompt)") String as;

    @Override
    public Integer call() {
        if (source.project != null) {
            refuseDataOptions();
            return ProjectAgreeOptions.run(spec, source.project, CliSecrets.credentials(as),
                    projectOptions == null ? new ProjectAgreeOptions() : projectOptions, json, bootstrap, seed,
                    alphaResampling);
        }
        if (projectOptions != null) {
            throw new BadInputException("--codebook, --sessions, --raters, --method, --slice-ms, --tolerance-ms,"
                    + " --min-overlap and --report apply to --project, not to --data");
        }
        if (statistic == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--statistic=NAME'");
        }
        AgreementRequest request = new AgreementRequest(statistic, weights, weightsFile, weightScale, level, model, type, unit,
                agreement, tolerance, bootstrap, seed, alphaResampling);
        StatisticResult result = new ReliabilityService().agreeOnFile(source.data, request);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ResultJson.write(result));
        } else {
            printSummary(out, result);
        }
        out.flush();
        return RapportCommand.OK;
    }

    /** With --project the statistics follow the level of measurement: the --data options have no place. */
    private void refuseDataOptions() {
        java.util.List<String> given = new java.util.ArrayList<>();
        if (statistic != null) given.add("--statistic");
        if (weights != null) given.add("--weights");
        if (weightsFile != null) given.add("--weights-file");
        if (weightScale != null) given.add("--weight-scale");
        if (level != null) given.add("--level");
        if (model != null) given.add("--model");
        if (type != null) given.add("--type");
        if (unit != null) given.add("--unit");
        if (agreement != null) given.add("--agreement");
        if (tolerance != null) given.add("--tolerance");
        if (!given.isEmpty()) {
            throw new BadInputException(String.join(", ", given) + " appl" + (given.size() == 1 ? "ies" : "y")
                    + " to --data only; with --project the statistics are chosen by level of measurement");
        }
    }

    static void printSummary(PrintWriter out, StatisticResult r) {
        String title = Statistic.byName(r.statistic()).map(Statistic::title).orElse(r.statistic());
        out.println(title + " (" + r.variant() + ")");
        if (r.value() == null) {
            out.println("  value: undefined — " + r.reason());
        } else {
            out.println("  value: " + fmt(r.value()) + (r.se() != null ? "  (SE " + fmt(r.se()) + ")" : ""));
        }
        if (r.ci95() != null) {
            out.println("  95% CI: [" + fmt(r.ci95().low()) + ", " + fmt(r.ci95().high()) + "]  " + r.ciMethod());
        }
        if (r.f() != null) {
            out.println("  F(" + fmt(r.df1()) + ", " + fmt(r.df2()) + ") = " + fmt(r.f()) + ", " + fmtP(r.p()));
        } else if (r.z() != null) {
            out.println("  z = " + fmt(r.z()) + ", " + fmtP(r.p()) + "  " + r.test());
        } else if (r.t() != null) {
            out.println("  t(" + fmt(r.tDf()) + ") = " + fmt(r.t()) + ", " + fmtP(r.p()) + "  " + r.test());
        }
        if (r.pa() != null) out.println("  observed agreement " + fmt(r.pa()) + ", chance agreement " + fmt(r.pe()));
        out.println("  n = " + r.units() + " of " + r.unitsTotal() + " units, " + r.raters() + " raters");
        r.perCategory().forEach((label, v) -> out.println("  category " + label + ": " + (v == null ? "undefined" : fmt(v))));
        for (Interpretation i : r.interpretations()) out.println("  " + i.label() + " by " + i.scale());
        for (String n : r.notes()) out.println("  note: " + n);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String fmtP(double p) {
        return p < 0.001 ? "p < .001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
