package org.rapport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", description = "Create a new project folder (with the 3RS, WAI-O-S and demo codebooks).")
final class InitCommand implements Callable<Integer> {
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
