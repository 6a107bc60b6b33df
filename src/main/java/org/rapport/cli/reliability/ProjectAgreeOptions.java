package org.rapport.cli.reliability;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.agreement.project.ProjectAgreementResult;
import org.rapport.agreement.statistic.Bootstrap;
import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.identity.Credentials;
import org.rapport.app.reliability.ProjectAgreement;
import org.rapport.app.reliability.ProjectDisagreementList;
import org.rapport.cli.OutputPath;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import org.rapport.report.html.ReliabilityReport;
import org.rapport.report.json.ProjectAgreementJson;
import org.rapport.report.text.ProjectAgreementText;
import org.rapport.transcript.Output;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of {@code rapport agree --project DIR|URI}, and running it. */
final class ProjectAgreeOptions {
    @Option(names = "--codebook", paramLabel = "ID", description = "the codebook whose codes and items to compare")
    String codebook;
    @Option(names = "--sessions", split = ",", paramLabel = "A,B,...", hideParamSyntax = true, description = "only these sessions (default all)")
    List<String> sessions;
    @Option(names = "--raters", split = ",", paramLabel = "X,Y,...", hideParamSyntax = true, description = "only these raters (default all with codings)")
    List<String> raters;
    @Option(names = "--method", paramLabel = "utterance|time-slice|event",
            description = "how codings become units (default utterance)",
            converter = AgreeConverters.Method.class, completionCandidates = AgreeConverters.Method.class)
    AlignmentMethod method;
    @Option(names = "--slice-ms", paramLabel = "N", description = "time-slice width in ms (default 1000)")
    Long sliceMs;
    @Option(names = "--tolerance-ms", paramLabel = "N", description = "event: link events whose onsets are at most N ms apart")
    Long toleranceMs;
    @Option(names = "--min-overlap", paramLabel = "F", description = "event: minimum relative overlap in (0, 1] (default 0.6)")
    Double minOverlap;
    @Option(names = "--report", paramLabel = "FILE.html", converter = OutputPath.Converter.class,
            description = "also write an HTML report (- for standard output, instead of the results)")
    OutputPath report;

    static int run(CommandSpec spec, ProjectAddress address, Credentials credentials, ProjectAgreeOptions o,
                   boolean json, Integer bootstrap, Long seed, Bootstrap.AlphaResampling alphaResampling) {
        if (o.codebook == null || o.codebook.isBlank()) throw new BadInputException("--project needs --codebook ID");
        boolean reportOnly = o.report != null && o.report.isStandardOutput();
        if (reportOnly && json) throw new BadInputException("--report - puts the report on standard output: leave out --json");
        ProjectAgreementRequest request = new ProjectAgreementRequest(o.codebook, o.sessions, o.raters, o.method, o.sliceMs,
                o.toleranceMs, o.minOverlap, bootstrap(bootstrap, seed, alphaResampling));
        request.check(); // before opening the project: a wrong option is reported whatever the project holds
        ProjectAgreementResult result;
        Output report = null;
        ReliabilityReport.Review review = null;
        try (Project project = Project.openForReading(address, credentials)) {
            if (o.report != null) report = project.outputs().checked(o.report.open(spec));
            result = new ProjectAgreement(project).compute(request);
            // the report lists the disagreements behind its tables, each linked to its moment in the app
            if (o.report != null && project.folder() != null) {
                review = new ReliabilityReport.Review(project.folder(), new ProjectDisagreementList(project).find(request)
                        .rows().stream().map(ProjectDisagreementList.Row::disagreement).toList());
            }
        }
        if (report != null) ReliabilityReport.write(result, review, report);
        if (reportOnly) return RapportCommand.OK;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ProjectAgreementJson.write(result));
        } else {
            ProjectAgreementText.print(out, result);
            if (o.report != null) out.println("report written to " + o.report);
        }
        out.flush();
        return RapportCommand.OK;
    }

    /** --bootstrap N --seed S --bootstrap-method M replace the report's default bootstrap (1,000 resamples, seed 1, units). */
    private static Bootstrap bootstrap(Integer samples, Long seed, Bootstrap.AlphaResampling alphaResampling) {
        if (samples == null && seed == null && alphaResampling == null) return null;
        Bootstrap fallback = ProjectAgreementRequest.DEFAULT_BOOTSTRAP;
        int n = samples == null ? fallback.samples() : samples;
        Bootstrap.checkResamples(n); // before the record, which refuses fewer than one as a programming error
        return new Bootstrap(n, seed == null ? fallback.seed() : seed, alphaResampling);
    }
}
