package org.rapport.cli.project;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.cli.CliSecrets;
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

@Command(name = "raters", description = "List the raters of a project, add one with --add, or give one a password"
        + " with --password.")
public final class RatersCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--add", paramLabel = "NAME", description = "add a rater") String add;
    @Option(names = "--role", paramLabel = "observer|supervisor|master|client|therapist", defaultValue = "observer",
            description = "client and therapist: a rater holding imported self-report questionnaires (docs/analytics.md)",
            converter = RoleName.class, completionCandidates = RoleName.class) RaterRole role;
    @Option(names = "--login", paramLabel = "LOGIN", description = "server projects: the rater's PostgreSQL login"
            + " (default: the name in lower case, spaces as _)") String login;
    @Option(names = "--password-stdin", description = "read the rater's password from the first line of standard"
            + " input (required for a supervisor or master on a file project)") boolean passwordStdin;
    @Option(names = "--password", paramLabel = "NAME", description = "protect an existing rater's role with the"
            + " password from --password-stdin") String protect;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (add != null && protect != null) throw new BadInputException("give either --add or --password");
        if (protect != null && !passwordStdin) throw new BadInputException("--password NAME needs --password-stdin");
        if (add == null && protect == null && (login != null || passwordStdin)) {
            throw new BadInputException("--login and --password-stdin go with --add NAME (or --password NAME)");
        }
        char[] password = passwordStdin ? CliSecrets.firstLineOfStdin("--password-stdin") : null;
        try (Project p = add == null && protect == null ? project.openForReading() : project.open()) {
            if (add != null) {
                Rater created = p.raters().add(add, role, login, password);
                out.println("added " + created.role().key() + " " + created.name()
                        + (p.isServer() && !created.role().isSelfReport() ? " (login " + p.raters().login(created).orElse("?") + ")"
                        : password != null ? " (protected by a password)" : ""));
                return RapportCommand.OK;
            }
            if (protect != null) {
                p.raters().setPassword(p.raters().byName(protect), password);
                out.println("protected " + protect + " with a password");
                return RapportCommand.OK;
            }
            Set<Long> protectedIds = p.raters().protectedIds();
            for (Rater r : p.raters().list()) {
                String mark = protectedIds.contains(r.id()) ? "  (password)" : "";
                out.printf("%-20s %s%s%n", r.name(), r.role().key(), mark);
            }
        }
        return RapportCommand.OK;
    }

    /** --role observer|supervisor|master|client|therapist, by the role's key. */
    static final class RoleName extends KeyConverter<RaterRole> {
        RoleName() {
            super(value -> {
                RaterRole r = RaterRole.fromKey(value);
                if (r == RaterRole.CONSENSUS) {
                    throw new BadInputException("--role consensus: a consensus rater is made by rapport consensus start");
                }
                if (r == null) {
                    throw new BadInputException("--role " + value + ": expected observer, supervisor, master, client or"
                            + " therapist");
                }
                return r;
            }, java.util.stream.Stream.concat(RaterRole.PEOPLE.stream(), RaterRole.SELF_REPORT.stream())
                    .map(RaterRole::key).toList());
        }
    }
}
