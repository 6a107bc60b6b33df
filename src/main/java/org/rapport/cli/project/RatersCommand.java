package org.rapport.cli.project;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.rapport.app.Project;
import org.rapport.cli.KeyConverter;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "raters", description = "List the raters of a project, or add one with --add.")
public final class RatersCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--add", paramLabel = "NAME", description = "add a rater") String add;
    @Option(names = "--role", paramLabel = "observer|supervisor|master", defaultValue = "observer",
            converter = RoleName.class, completionCandidates = RoleName.class) RaterRole role;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project p = Project.open(project.project)) {
            if (add != null) {
                Rater created = p.raters().create(add, role);
                out.println("added " + created.role().key() + " " + created.name());
                return RapportCommand.OK;
            }
            for (Rater r : p.raters().list()) out.printf("%-20s %s%n", r.name(), r.role().key());
        }
        return RapportCommand.OK;
    }

    /** --role observer|supervisor|master, by the role's key. */
    static final class RoleName extends KeyConverter<RaterRole> {
        RoleName() {
            super(value -> {
                RaterRole r = RaterRole.fromKey(value);
                if (r == null) throw new BadInputException("--role " + value + ": expected observer, supervisor or master");
                return r;
            }, Stream.of(RaterRole.values()).map(RaterRole::key).toList());
        }
    }
}
