package org.rapport.cli.training;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.rapport.app.Project;
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

/** {@code rapport gold}: mark a session gold for a codebook with its reference coder, or list the gold sessions. */
@Command(name = "gold", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Mark a session as gold standard for a codebook, with its reference coder (a master or the"
                + " consensus); without --session, list the gold sessions.")
public final class GoldCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--codebook", required = true, paramLabel = "ID") String codebook;
    @Option(names = "--session", paramLabel = "NAME", description = "the session to mark (or with --remove, unmark)")
    String session;
    @Option(names = "--reference", paramLabel = "RATER", description = "whose codes are the reference: a master rater"
            + " or a consensus rater") String reference;
    @Option(names = "--remove", description = "take the session's gold mark away (its codings stay)") boolean remove;
    @Option(names = "--json", description = "list as a JSON array") boolean json;

    @JsonPropertyOrder({"session", "codebook", "reference", "reference_role", "reference_complete", "marked_by", "marked_at"})
    record GoldJson(String session, String codebook, String reference, @JsonProperty("reference_role") String referenceRole,
                    @JsonProperty("reference_complete") boolean referenceComplete,
                    @JsonProperty("marked_by") String markedBy, @JsonProperty("marked_at") String markedAt) {
        static GoldJson of(TrainingService.GoldView g) {
            return new GoldJson(g.session(), g.codebookId(), g.reference(), g.referenceRole(), g.referenceComplete(),
                    g.markedBy(), g.markedAt().toString());
        }
    }

    @Override
    public Integer call() {
        if (session == null && (reference != null || remove)) {
            throw new BadInputException("--reference and --remove need the session: --session NAME");
        }
        if (session != null && remove == (reference != null)) {
            throw new BadInputException(remove ? "give --reference or --remove, not both"
                    : "give the reference coder: --reference RATER (or --remove to unmark)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (session == null) {
            List<TrainingService.GoldView> gold;
            try (Project p = project.openForReading()) {
                gold = p.training().gold(codebook);
            }
            if (json) {
                out.println(Json.write(gold.stream().map(GoldJson::of).toList()));
            } else {
                for (TrainingService.GoldView g : gold) {
                    out.println(g.session() + "  reference " + g.reference() + " (" + g.referenceRole() + ", "
                            + (g.referenceComplete() ? "complete" : "not complete yet") + ")");
                }
            }
            out.flush();
            return RapportCommand.OK;
        }
        if (json) throw new BadInputException("--json lists gold sessions: leave out --session");
        try (Project p = project.open()) {
            TrainingService t = p.training();
            if (remove) {
                t.unmarkGold(session, codebook, t.acting());
                out.println(session + " is no longer a gold session of " + codebook);
            } else {
                TrainingService.GoldView g = t.markGold(session, codebook, reference, t.acting());
                out.println(g.session() + " is a gold session of " + g.codebookId() + " with reference " + g.reference()
                        + (g.referenceComplete() ? "" : " (who has not completed it yet)"));
            }
        }
        out.flush();
        return RapportCommand.OK;
    }
}
