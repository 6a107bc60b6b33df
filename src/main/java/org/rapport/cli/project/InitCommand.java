package org.rapport.cli.project;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.cli.RapportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create a new project folder (with the 3RS, WAI-O-S and demo codebooks).")
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the new project folder")
    Path dir;

    @Override
    public Integer call() {
        try (Project p = Project.init(dir)) {
            spec.commandLine().getOut().println("created project " + p.folder() + " with codebooks "
                    + String.join(", ", p.codebooks().current().stream().map(cb -> cb.id() + " v" + cb.version()).toList()));
        }
        return RapportCommand.OK;
    }
}
