package org.rapport.cli.training;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.training.Drift;
import org.rapport.app.training.TrainingReports;
import org.rapport.cli.OutputPath;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.report.html.TrainingPages;
import org.rapport.report.json.Json;
import org.rapport.transcript.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport drift}: each rater's agreement over time, against the reference and the other raters. */
@Command(name = "drift", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Show raters' drift: agreement with the reference on gold (calibration) sessions and with the"
                + " other raters on double-coded sessions, by month or by every n sessions, flagged below the criterion.")
public final class DriftCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--codebook", required = true, paramLabel = "ID") String codebook;
    @Option(names = "--rater", paramLabel = "NAME", description = "only this rater (default: every rater)") String rater;
    @Option(names = "--by", paramLabel = "month|sessions", description = "bins: the month completed (default), or"
            + " runs of --every sessions") String by;
    @Option(names = "--every", paramLabel = "N", description = "sessions per bin with --by sessions (default 5)")
    Integer every;
    @Option(names = "--json", description = "print JSON") boolean json;
    @Option(names = "--report", paramLabel = "FILE.html", converter = OutputPath.Converter.class,
            description = "also write an HTML report with the drift chart")
    OutputPath report;

    @Override
    public Integer call() {
        Drift d;
        Output page = null;
        String title;
        try (Project p = project.openForReading()) {
            if (report != null) page = p.outputs().checked(report.open(spec));
            d = p.training().drift(codebook, rater, by, every);
            title = p.codebooks().current(codebook).title();
        }
        if (page != null) TrainingPages.write(TrainingReports.driftHtml(d, title), page);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(TrainingJson.of(d)));
        } else if (report == null || !report.isStandardOutput()) {
            out.println(d.codebookId() + ": control limit " + d.criterion().describe());
            for (Drift.RaterDrift r : d.raters()) {
                out.println(r.rater() + (r.flagged() ? "  FLAGGED: latest period below the control limit" : ""));
                print(out, "reference", r.reference());
                print(out, "other raters", r.peers());
            }
            if (d.raters().isEmpty()) out.println(TrainingPages.NO_DRIFT_YET);
            if (report != null) out.println("report written to " + report);
        }
        out.flush();
        return RapportCommand.OK;
    }

    private static void print(PrintWriter out, String against, java.util.List<Drift.Bin> bins) {
        for (Drift.Bin b : bins) {
            out.println(String.format(java.util.Locale.ROOT, "  vs %-13s %-10s n=%-3d %s%s", against, b.label(),
                    b.sessions(), b.mean() == null ? "\u2013" : String.format(java.util.Locale.ROOT, "%.3f", b.mean()),
                    b.flagged() ? "  below" : ""));
        }
    }
}
