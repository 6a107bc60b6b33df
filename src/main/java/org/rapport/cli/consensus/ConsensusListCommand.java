package org.rapport.cli.consensus;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.consensus.ConsensusService;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.coding.ConsensusDecision;
import org.rapport.model.time.TimeCodes;
import org.rapport.report.json.ConsensusItemJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport consensus list}: the items still to resolve (or all), with the ids resolve takes. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "List the open items of consensuses (with --all the decided ones too), with their ids.")
public final class ConsensusListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--session", paramLabel = "NAME", description = "only this session's consensus") String session;
    @Option(names = "--codebook", paramLabel = "ID", description = "only this codebook's consensus") String codebook;
    @Option(names = "--all", description = "decided items too, with their decisions") boolean all;
    @Option(names = "--json", description = "print a JSON array, one object per item") boolean json;

    @Override
    public Integer call() {
        List<ConsensusService.ItemView> items;
        List<ConsensusService.Summary> summaries;
        try (Project p = project.openForReading()) {
            summaries = p.consensus().consensuses(session);
            items = p.consensus().items(session, codebook, all);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ConsensusItemJson.write(items.stream().map(ConsensusListCommand::json).toList()));
        } else {
            for (ConsensusService.Summary s : summaries) {
                if (codebook != null && !s.consensus().codebookId().equals(codebook)) continue;
                out.println(s.session() + " " + s.consensus().codebookId() + ": rater " + s.rater() + " from "
                        + String.join(", ", s.sources()) + ", " + s.agreed() + " agreed coding(s), " + s.decided()
                        + " item(s) decided, " + s.open() + " open");
            }
            for (ConsensusService.ItemView v : items) out.println(line(v));
        }
        out.flush();
        return RapportCommand.OK;
    }

    private static String line(ConsensusService.ItemView v) {
        StringBuilder b = new StringBuilder(String.format("#%-6d %-20s %-19s %-16s", v.item().id(), v.session(),
                TimeCodes.clockTenths(v.item().startMs()) + "\u2013" + TimeCodes.clockTenths(v.item().endMs()),
                v.item().group()));
        for (Map.Entry<String, List<String>> e : v.values().entrySet()) {
            b.append(' ').append(e.getKey()).append('=').append(e.getValue().isEmpty() ? "\u2013" : String.join("+", e.getValue()));
        }
        ConsensusDecision d = v.item().decision();
        if (d != null) b.append("  decided: ").append(decided(v)).append(" (").append(d.reason()).append(")");
        return b.toString();
    }

    private static String decided(ConsensusService.ItemView v) {
        ConsensusDecision d = v.item().decision();
        return switch (d.kind()) {
            case TAKE -> "take " + v.raterNames().get(d.raterId());
            case NONE -> "none";
            case NEW -> "new " + String.join("+", d.codes());
        };
    }

    static ConsensusItemJson json(ConsensusService.ItemView v) {
        ConsensusDecision d = v.item().decision();
        ConsensusItemJson.Decision decision = d == null ? null : new ConsensusItemJson.Decision(
                d.kind().name().toLowerCase(java.util.Locale.ROOT), d.raterId() == null ? null : v.raterNames().get(d.raterId()),
                v.item().decidedCodes(), d.reason(), d.decidedBy(), d.decidedAt().toString());
        return new ConsensusItemJson(v.item().id(), v.session(), v.consensus().codebookId(), v.item().group(),
                v.item().startMs(), v.item().endMs(), v.item().firstUtterance(), v.item().lastUtterance(), v.values(), decision);
    }
}
