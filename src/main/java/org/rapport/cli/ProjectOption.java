package org.rapport.cli;

import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.identity.Credentials;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The --project option shared by commands that work on a project: a folder, or a server project's URI; and
 * {@code --as NAME}, the rater to act as on a file project with protected roles.
 */
public final class ProjectOption {
    @Option(names = "--project", required = true, paramLabel = "DIR|URI", converter = AddressConverter.class,
            description = "the project folder, or a server project (postgresql://user@host:port/db)")
    public ProjectAddress project;

    @Option(names = "--as", paramLabel = "NAME", description = "act as this rater (a protected role's password comes"
            + " from RAPPORT_PASSWORD or a prompt)")
    public String as;

    /** Opens the project as the user says they are, asking for secrets as the command line does. */
    public Project open() {
        return Project.open(project, credentials());
    }

    /** Opens the project only to read it (a file project's store is not written), as {@link #open()} does. */
    public Project openForReading() {
        return Project.openForReading(project, credentials());
    }

    /**
     * A file project's folder, for what only a file project has (its backups); a server project is refused: its
     * database is backed up by whoever runs the server (pg_dump).
     */
    public java.nio.file.Path folder(String command) {
        if (project instanceof ProjectAddress.Folder f) return f.path();
        throw new org.rapport.model.BadInputException(project.display(), null, command + " is for file projects; a"
                + " server project's database is backed up and restored by whoever runs the server (pg_dump)");
    }

    public Credentials credentials() {
        return CliSecrets.credentials(as);
    }

    /** A folder or a server URI, as {@link ProjectAddress#parse} reads it. */
    public static final class AddressConverter implements ITypeConverter<ProjectAddress> {
        @Override
        public ProjectAddress convert(String value) {
            return ProjectAddress.parse(value);
        }
    }
}
