package org.rapport.cli.review;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.Disagreement;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.app.Project;
import org.rapport.app.reliability.ProjectDisagreementList;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.cli.reliability.AgreeConverters;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;
import org.rapport.report.json.DisagreementJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport disagreements}: where raters disagree, on the same units as {@code agree --project}. */
@Command(name = "disagreements", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "List where raters disagree on a codebook's codes and items, unit by unit, as agree --project"
                + " compares them (docs/unit-alignment.md): session, time, code or item, each rater's value and the"
                + " transcript line.")
public final class DisagreementsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--codebook", required = true, paramLabel = "ID", description = "the codebook whose codes and items to compare")
    String codebook;
    @Option(names = "--sessions", split = ",", paramLabel = "A,B,...", hideParamSyntax = true, description = "only these sessions (default all)")
    List<String> sessions;
    @Option(names = "--raters", split = ",", paramLabel = "X,Y,...", hideParamSyntax = true,
            description = "only these raters (default all with codings, consensus raters left out)")
    List<String> raters;
    @Option(names = "--method", paramLabel = "utterance|time-slice|event", description = "how codings become units (default utterance)",
            converter = AgreeConverters.Method.class, completionCandidates = AgreeConverters.Method.class)
    AlignmentMethod method;
    @Option(names = "--slice-ms", paramLabel = "N", description = "time-slice width in ms (default 1000)")
    Long sliceMs;
    @Option(names = "--tolerance-ms", paramLabel = "N", description = "event: link events whose onsets are at most N ms apart")
    Long toleranceMs;
    @Option(names = "--min-overlap", paramLabel = "F", description = "event: minimum relative overlap in (0, 1] (default 0.6)")
    Double minOverlap;
    @Option(names = "--json", description = "print a JSON array, one object per disagreement") boolean json;

    @Override
    public Integer call() {
        ProjectAgreementRequest request = new ProjectAgreementRequest(codebook, sessions, raters, method, sliceMs,
                toleranceMs, minOverlap, null);
        request.check(); // before opening the project
        ProjectDisagreementList.Result result;
        try (Project p = project.openForReading()) {
            result = new ProjectDisagreementList(p).find(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DisagreementJson.write(result.rows().stream().map(ProjectDisagreementList.Row::disagreement).toList()));
        } else {
            print(out, result);
        }
        out.flush();
        return RapportCommand.OK;
    }

    private static void print(PrintWriter out, ProjectDisagreementList.Result result) {
        out.println(result.rows().size() + " disagreement(s) between " + String.join(", ", result.raters()));
        if (!result.rows().isEmpty()) {
            StringBuilder head = new StringBuilder(String.format("%-20s %-19s %-18s", "SESSION", "TIME", "CODE/ITEM"));
            for (String r : result.raters()) head.append(String.format(" %-14s", r));
            out.println(head.append(" LINE").toString().stripTrailing());
        }
        for (ProjectDisagreementList.Row row : result.rows()) {
            Disagreement d = row.disagreement();
            StringBuilder b = new StringBuilder(String.format("%-20s %-19s %-18s", d.session(),
                    TimeCodes.clockTenths(d.startMs()) + "\u2013" + TimeCodes.clockTenths(d.endMs()), d.target()));
            for (String r : result.raters()) {
                String v = d.values().containsKey(r) ? d.values().get(r) : "";
                b.append(String.format(" %-14s", v == null ? "\u2013" : v));
            }
            Utterance u = row.line();
            if (u != null) b.append(' ').append(u.speaker()).append(": ").append(u.text());
            out.println(b.toString().stripTrailing());
        }
        for (String n : result.notes()) out.println("note: " + n);
    }
}
