package org.rapport.cli.project;

import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.identity.Credentials;
import org.rapport.cli.CliSecrets;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create a new project (with the 3RS, WAI-O-S and demo codebooks): a folder, or"
        + " the schema, roles and policies of a server project in an empty PostgreSQL database.")
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR|URI", description = "the new project folder, or postgresql://admin@host:port/db",
            converter = ProjectOption.AddressConverter.class)
    ProjectAddress where;

    @Option(names = "--encrypt", description = "encrypt the project's file (AES, key from a passphrase by Argon2id);"
            + " its search index then stays in memory")
    boolean encrypt;

    @Option(names = "--passphrase-stdin", description = "read the passphrase from the first line of standard input"
            + " (else RAPPORT_PASSPHRASE, else a prompt)")
    boolean passphraseStdin;

    @Override
    public Integer call() {
        Credentials credentials = CliSecrets.credentials(null);
        if (passphraseStdin) {
            char[] passphrase = CliSecrets.firstLineOfStdin("--passphrase-stdin");
            credentials = new Credentials(null, credentials.raterPassword(), credentials.serverPassword(),
                    what -> passphrase);
        }
        try (Project p = Project.init(where, credentials, encrypt)) {
            String codebooks = String.join(", ", p.codebooks().current().stream()
                    .map(cb -> cb.id() + " v" + cb.version()).toList());
            String created = p.isServer() ? "created server project " + p.address().display() + " (admin: "
                    + p.identity().login() + ")" : "created " + (encrypt ? "encrypted project " : "project ") + p.folder();
            spec.commandLine().getOut().println(created + " with codebooks " + codebooks);
        }
        return RapportCommand.OK;
    }
}
