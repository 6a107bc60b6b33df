package org.rapport.cli.codebook;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.codebook.CodebookService;
import org.rapport.cli.RapportCommand;
import org.rapport.codebook.CodebookDocument;
import org.rapport.model.codebook.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `rapport codebook validate FILE`: reads a codebook and says whether it is valid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a codebook file (format: docs/codebook-format.md). Exit code 0 when valid, "
                + "2 with one line naming the file, the line and the problem otherwise.")
final class CodebookValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the codebook YAML file")
    private Path file;

    @Override
    public Integer call() {
        CodebookDocument document = CodebookService.validate(file);
        spec.commandLine().getOut().println(file + ": valid — " + summary(document));
        return RapportCommand.OK;
    }

    static String summary(CodebookDocument document) {
        Codebook cb = document.codebook();
        String codes = cb.codes().isEmpty() ? "no codes"
                : count(cb.codes().size(), "code") + " in " + count(cb.groups().size(), "group");
        String text = "codebook " + cb.id() + " v" + cb.version() + ", " + codes + ", "
                + count(cb.scales().size(), "scale");
        int subscales = document.subscales().size();
        return subscales == 0 ? text : text + " in " + count(subscales, "subscale");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
