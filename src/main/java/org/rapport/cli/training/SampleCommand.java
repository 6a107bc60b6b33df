package org.rapport.cli.training;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.training.ReliabilitySample;
import org.rapport.app.training.TrainingService;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import org.rapport.report.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport sample}: draw the reliability sample and assign it to second raters, blind. */
@Command(name = "sample", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Draw the reliability sample: round(share x n) sessions (per stratum) chosen at random with a seed,"
                + " each assigned to a second rater like any session; --dry-run lists them, --show the drawn sample.")
public final class SampleCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--codebook", required = true, paramLabel = "ID") String codebook;
    @Option(names = "--share", paramLabel = "F", description = "share of sessions to double-code, in (0, 1], e.g. 0.2")
    Double share;
    @Option(names = "--second-rater", split = ",", paramLabel = "R[,R2...]", description = "who codes them a second time")
    List<String> secondRaters;
    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: one is drawn and reported)") Long seed;
    @Option(names = "--stratify", paramLabel = "client|therapist|session-number", description = "pick within each"
            + " client, therapist or session number") String stratify;
    @Option(names = "--dry-run", description = "list the sessions it would pick; store and assign nothing") boolean dryRun;
    @Option(names = "--show", description = "show the sample drawn already") boolean show;
    @Option(names = "--json", description = "print JSON") boolean json;

    @Override
    public Integer call() {
        ReliabilitySample s;
        if (show) {
            if (share != null || secondRaters != null || seed != null || stratify != null || dryRun) {
                throw new BadInputException("--show lists the sample drawn: leave out --share, --second-rater, --seed,"
                        + " --stratify and --dry-run");
            }
            try (Project p = project.openForReading()) {
                s = p.training().drawnSample(codebook).orElseThrow(() -> new BadInputException("no reliability sample of "
                        + codebook + " was drawn yet"));
            }
        } else {
            if (share == null) throw new BadInputException("give the share of sessions to double-code: --share 0.2");
            TrainingService.SampleRequest request = new TrainingService.SampleRequest(codebook, share, secondRaters, seed,
                    stratify, dryRun);
            try (Project p = dryRun ? project.openForReading() : project.open()) {
                TrainingService t = p.training();
                s = t.sample(request, t.acting());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(TrainingJson.of(s)));
        } else {
            out.println((s.dryRun() ? "would pick " : "picked ") + s.picked().size() + " of " + s.population()
                    + " sessions (seed " + s.seed() + (s.stratify() == null ? "" : ", stratified by " + s.stratify()) + "):");
            for (ReliabilitySample.Picked x : s.picked()) {
                out.println("  " + x.session() + "  " + (x.stratum() == null ? "" : "[" + x.stratum() + "]  ")
                        + "second rater " + x.secondRater());
            }
            out.println(s.methodsSentence());
        }
        out.flush();
        return RapportCommand.OK;
    }
}
