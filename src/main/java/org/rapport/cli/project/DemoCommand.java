package org.rapport.cli.project;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.demo.DemoProject;
import org.rapport.cli.RapportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Build the demo project from sample-sessions/ (does nothing if it exists).")
public final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--dir", paramLabel = "DIR", description = "project folder (default ~/.rapport/demo-project)") Path dir;
    @Option(names = "--samples", paramLabel = "DIR", description = "sample sessions folder (default ./sample-sessions)") Path samples;

    @Override
    public Integer call() {
        Path target = dir != null ? dir : DemoProject.defaultFolder();
        boolean built = DemoProject.ensure(target, samples != null ? samples : DemoProject.locateSamples());
        spec.commandLine().getOut().println((built ? "built demo project " : "demo project already present: ")
                + target.toAbsolutePath());
        return RapportCommand.OK;
    }
}
