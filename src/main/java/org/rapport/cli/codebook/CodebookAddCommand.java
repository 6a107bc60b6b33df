package org.rapport.cli.codebook;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.codebook.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", description = "Validate a codebook file and add it (or its new version) to a project.")
final class CodebookAddCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            Codebook cb = p.codebooks().add(file);
            spec.commandLine().getOut().println("codebook " + cb.id() + " v" + cb.version() + " is in the project");
        }
        return RapportCommand.OK;
    }
}
