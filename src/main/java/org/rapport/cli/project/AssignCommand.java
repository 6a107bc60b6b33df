package org.rapport.cli.project;

import java.util.List;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "assign", description = "Assign sessions to a rater for coding with a codebook.")
public final class AssignCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--sessions", required = true, split = ",", paramLabel = "A,B,...") List<String> sessions;
    @Option(names = "--rater", required = true, paramLabel = "NAME") String rater;
    @Option(names = "--codebook", required = true, paramLabel = "ID") String codebook;
    @Option(names = "--reopen", description = "reopen sessions the rater marked complete, so they may change their"
            + " work again (a supervisor's decision)") boolean reopen;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            Rater r = p.raters().byName(rater);
            List<Session> targets = sessions.stream().map(p.sessions()::byName).toList();
            if (reopen) {
                for (Session s : targets) p.codings().reopen(s.id(), r, codebook);
                spec.commandLine().getOut().println("reopened " + targets.size() + " session(s) of " + r.name()
                        + " with " + codebook);
                return RapportCommand.OK;
            }
            for (Session s : targets) p.codings().assign(s.id(), r, codebook);
            spec.commandLine().getOut().println("assigned " + targets.size() + " session(s) to " + r.name() + " with " + codebook);
        }
        return RapportCommand.OK;
    }
}
