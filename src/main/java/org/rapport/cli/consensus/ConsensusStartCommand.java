package org.rapport.cli.consensus;

import java.util.List;
import java.util.concurrent.Callable;

import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.app.Project;
import org.rapport.app.consensus.ConsensusService;
import org.rapport.app.consensus.Decider;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.cli.reliability.AgreeConverters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport consensus start}: takes what the raters agree on and lists each disagreement as an item. */
@Command(name = "start", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Start the consensus of a session: what the raters agree on is taken, each disagreement becomes"
                + " an item to resolve.")
public final class ConsensusStartCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--session", required = true, paramLabel = "NAME") String session;
    @Option(names = "--codebook", required = true, paramLabel = "ID") String codebook;
    @Option(names = "--from", required = true, split = ",", paramLabel = "A,B,...", hideParamSyntax = true,
            description = "the raters whose codings to settle (two or more)")
    List<String> from;
    @Option(names = "--method", paramLabel = "utterance|time-slice", description = "the units compared (default utterance)",
            converter = AgreeConverters.Method.class)
    AlignmentMethod method;
    @Option(names = "--slice-ms", paramLabel = "N", description = "time-slice width in ms (default 1000)") Long sliceMs;
    @Option(names = "--name", paramLabel = "RATER", description = "the consensus rater (default Consensus)") String name;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            ConsensusService.Summary s = p.consensus().start(session, codebook, from, method, sliceMs, name,
                    Decider.commandLine());
            spec.commandLine().getOut().println("consensus of " + s.session() + " with " + s.consensus().codebookId()
                    + " started as rater " + s.rater() + " from " + String.join(", ", s.sources()) + ": " + s.agreed()
                    + " agreed coding(s) taken, " + s.open() + " item(s) to resolve");
        }
        return RapportCommand.OK;
    }
}
