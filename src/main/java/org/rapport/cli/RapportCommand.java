package org.rapport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapport.Version;
import org.rapport.model.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level `rapport` command. Exit codes: 0 success, 2 bad input or usage, 1 internal error. */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Coding, reliability and transcript search for psychotherapy process research.%n"
                + "Without a command the desktop app opens.",
        subcommands = {CommandLine.HelpCommand.class, InitCommand.class, ImportCommand.class, SessionsCommand.class,
                ExportCommand.class, DemoCommand.class, RatersCommand.class, AssignCommand.class,
                CodebookCommand.class, AgreeCommand.class, IndexCommand.class, SearchCommand.class,
                GenerateCorpusCommand.class})
public final class RapportCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(RapportCommand.class);

    @Override
    public Integer call() {
        return GuiLauncher.launch();
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RapportCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println("rapport: " + ex.getMessage());
                return BAD_INPUT;
            }
            LOG.error("internal error", ex);
            commandLine.getErr().println("rapport: internal error: " + ex);
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("rapport: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rapport " + Version.current()};
        }
    }
}
