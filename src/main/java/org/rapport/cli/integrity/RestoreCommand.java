package org.rapport.cli.integrity;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.app.integrity.Restored;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Bring back a backup of a project (the newest unless --from names one)."
        + " The store it replaces is kept in <project>/backups; the search index is rebuilt.")
public final class RestoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--from", paramLabel = "FILE", description = "the backup to restore (a .zip from rapport backup)")
    Path from;

    @Override
    public Integer call() {
        Restored r = Project.restore(project.folder("rapport restore"), from);
        spec.commandLine().getOut().println("restored " + r.backup() + (r.replacedStoreKeptAt() == null ? ""
                : "; the store it replaced is kept as " + r.replacedStoreKeptAt()));
        return RapportCommand.OK;
    }
}
