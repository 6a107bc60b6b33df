package org.rapport.cli.consensus;

import picocli.CommandLine.Command;

/** {@code rapport consensus ...}: settling raters' codings of a session into a consensus. */
@Command(name = "consensus", mixinStandardHelpOptions = true,
        description = "Settle two or more raters' codings of a session into a consensus (a rater of role consensus):"
                + " start it, list its open items, resolve them.",
        subcommands = {ConsensusStartCommand.class, ConsensusListCommand.class, ConsensusResolveCommand.class})
public final class ConsensusCommand {
}
