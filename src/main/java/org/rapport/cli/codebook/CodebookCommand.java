package org.rapport.cli.codebook;

import picocli.CommandLine.Command;

/** `rapport codebook ...`: works with codebook files. Without a subcommand picocli reports the missing one. */
@Command(name = "codebook", mixinStandardHelpOptions = true, description = "Work with codebook files.",
        subcommands = {CodebookValidateCommand.class, CodebookAddCommand.class})
public final class CodebookCommand {
}
