package org.rapport.cli.consensus;

import java.util.List;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.consensus.ConsensusService;
import org.rapport.app.consensus.Decider;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport consensus resolve}: decides one item; the consensus codings follow the decision. */
@Command(name = "resolve", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Decide a consensus item: take a rater's codes, none, or a new coding (--code), with a reason.")
public final class ConsensusResolveCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--item", required = true, paramLabel = "ID", description = "the item id (rapport consensus list)") long item;
    @Option(names = "--take", paramLabel = "RATER|none", description = "take this rater's codes on the stretch, or none") String take;
    @Option(names = "--code", split = ",", paramLabel = "ID,...", hideParamSyntax = true,
            description = "instead: a new coding with these codes") List<String> codes;
    @Option(names = "--start-ms", paramLabel = "MS", description = "the new coding's start (default the item's)") Long startMs;
    @Option(names = "--end-ms", paramLabel = "MS", description = "the new coding's end (default the item's)") Long endMs;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (kept with the decision)") String reason;

    @Override
    public Integer call() {
        boolean newCoding = codes != null && !codes.isEmpty();
        if ((take == null) == !newCoding) throw new BadInputException("give either --take RATER|none or --code ID");
        if (!newCoding && (startMs != null || endMs != null)) {
            throw new BadInputException("--start-ms and --end-ms go with a new coding (--code)");
        }
        ConsensusService.Ask ask = newCoding ? ConsensusService.Ask.newCoding(codes, startMs, endMs)
                : take.equalsIgnoreCase("none") ? ConsensusService.Ask.none() : ConsensusService.Ask.take(take);
        try (Project p = project.open()) {
            ConsensusService.ItemView v = p.consensus().resolve(item, ask, reason, Decider.commandLine());
            List<String> codesNow = v.item().decidedCodes();
            spec.commandLine().getOut().println("item " + v.item().id() + " of " + v.session() + " resolved: "
                    + (codesNow.isEmpty() ? "no code" : String.join(", ", codesNow)) + " on the stretch");
        }
        return RapportCommand.OK;
    }
}
