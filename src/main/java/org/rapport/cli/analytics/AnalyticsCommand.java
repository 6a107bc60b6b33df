package org.rapport.cli.analytics;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rapport.analytics.AnalyticsResult;
import org.rapport.app.Project;
import org.rapport.app.analytics.AnalyticsRequest;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import org.rapport.report.html.AnalyticsReport;
import org.rapport.report.json.AnalyticsJson;
import org.rapport.report.text.AnalyticsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport analytics}: 3RS episodes and resolution, alliance trajectories and V-sequences (docs/analytics.md). */
@Command(name = "analytics", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Rupture markers and resolution strategies per session and segment, rupture-repair episodes and"
                + " resolution rates, alliance across each client's sessions with rupture-repair sequences"
                + " (docs/analytics.md). Each session rests on its settled consensus, else on --rater.")
public final class AnalyticsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--codebook", required = true, paramLabel = "ID", description = "the rupture codebook (3rs)")
    String codebook;
    @Option(names = "--client", paramLabel = "ID", description = "only this client's sessions") String client;
    @Option(names = "--rater", paramLabel = "NAME",
            description = "whose codings count where a session has no settled consensus") String rater;
    @Option(names = "--consensus", description = "only sessions with a settled consensus") boolean consensus;
    @Option(names = "--window", paramLabel = "SECONDS",
            description = "an episode's window after its first marker (default: the rest of its 3RS segment)")
    Double window;
    @Option(names = "--alliance", paramLabel = "ID", description = "the observer alliance codebook (default wai-o-s)")
    String alliance;
    @Option(names = "--self-report", paramLabel = "ID",
            description = "the client and therapist questionnaire codebook (default wai-sr)") String selfReport;
    @Option(names = "--json", description = "print one JSON object: sessions, trajectories, skipped, notes") boolean json;
    @Option(names = "--csv", paramLabel = "FOLDER", description = "write sessions.csv, segments.csv, episodes.csv,"
            + " sequences.csv and alliance-long.csv (one row per session, for a multilevel model) into FOLDER")
    Path csv;
    @Option(names = "--html", paramLabel = "FILE", description = "write an HTML report with the plots as inline SVG")
    Path html;

    @Override
    public Integer call() {
        if (json && csv != null) throw new BadInputException("give either --json or --csv FOLDER");
        AnalyticsRequest request = new AnalyticsRequest(codebook, client, rater, consensus, window, alliance, selfReport);
        request.check(); // before opening the project
        PrintWriter out = spec.commandLine().getOut();
        try (Project p = project.openForReading()) {
            AnalyticsResult result = p.analytics().compute(request);
            if (html != null) {
                p.analytics().writeReport(AnalyticsReport.html(result, p.address().display()), html);
            }
            if (json) {
                out.println(AnalyticsJson.write(result));
            } else if (csv != null) {
                List<Path> files = p.analytics().writeTables(result, csv);
                for (Path f : files) out.println("wrote " + f);
            } else {
                for (String line : AnalyticsText.lines(result)) out.println(line);
            }
            if (html != null && !json) out.println("wrote " + html);
        }
        out.flush();
        return RapportCommand.OK;
    }
}
