package org.rapport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.rapport.app.LogFile;
import org.rapport.Version;
import org.rapport.cli.codebook.CodebookCommand;
import org.rapport.cli.integrity.BackupCommand;
import org.rapport.cli.integrity.CheckCommand;
import org.rapport.cli.integrity.RestoreCommand;
import org.rapport.cli.consensus.ConsensusCommand;
import org.rapport.cli.project.AssignCommand;
import org.rapport.cli.project.DemoCommand;
import org.rapport.cli.project.InitCommand;
import org.rapport.cli.project.RatersCommand;
import org.rapport.cli.project.SessionsCommand;
import org.rapport.cli.reliability.AgreeCommand;
import org.rapport.cli.review.DisagreementsCommand;
import org.rapport.cli.review.OpenCommand;
import org.rapport.cli.search.GenerateCorpusCommand;
import org.rapport.cli.search.IndexCommand;
import org.rapport.cli.search.SearchCommand;
import org.rapport.cli.transfer.ExportCommand;
import org.rapport.cli.transfer.ImportCommand;
import org.rapport.model.BadInputException;
import org.rapport.report.html.ReviewLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.commons.io.output.WriterOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The top-level `rapport` command. Exit codes: 0 success, 2 bad input or usage, 1 internal error. Every command and
 * subcommand inherits {@code --help} and {@code --version}, so help never waits for the required options.
 */
@Command(name = "rapport", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = RapportCommand.VersionProvider.class,
        description = "Coding, reliability and transcript search for psychotherapy process research.%n"
                + "Without a command the desktop app opens.",
        subcommands = {CommandLine.HelpCommand.class, InitCommand.class, ImportCommand.class, SessionsCommand.class,
                ExportCommand.class, DemoCommand.class, RatersCommand.class, AssignCommand.class,
                CodebookCommand.class, AgreeCommand.class, DisagreementsCommand.class, ConsensusCommand.class,
                IndexCommand.class, SearchCommand.class,
                GenerateCorpusCommand.class, BackupCommand.class, CheckCommand.class, RestoreCommand.class})
public final class RapportCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(RapportCommand.class);

    /** The desktop app, opened when no command is given; false when there is no display for it. */
    @FunctionalInterface
    public interface Desktop {
        /** @param at a moment to open (rapport open), or null for the project used last */
        boolean open(ReviewLink at) throws InterruptedException;
    }

    private final Desktop desktop;
    private final PrintWriter err;
    private final OutputStream stdout;

    private RapportCommand(Desktop desktop, PrintWriter err, OutputStream stdout) {
        this.desktop = desktop;
        this.err = err;
        this.stdout = stdout;
    }

    /**
     * Standard output as bytes, for an export written there ({@code --out -}): what the command printed before is
     * flushed first, so the two keep their order.
     */
    public static OutputStream standardOutput(CommandSpec spec) {
        spec.commandLine().getOut().flush();
        return ((RapportCommand) spec.root().userObject()).stdout;
    }

    @Override
    public Integer call() {
        try {
            if (!desktop.open(null)) {
                err.println("rapport: no display available for the desktop app; use the command line instead"
                        + " (rapport --help).");
                return BAD_INPUT;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /** The program's command line (from Main): logs go to the log file, users see one-line messages. */
    public static int run(Desktop desktop, String... args) {
        LogFile.install(); // before anything logs
        return run(desktop, new PrintWriter(System.out, true), System.out, new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the command line with the given streams (tests capture them); without a command there is no desktop. An
     * export to standard output reaches {@code out} decoded from UTF-8, as every export is written.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            // not closed: that would close the caller's writer
            OutputStream bytes = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(true).get();
            int code = run(at -> false, out, bytes, err, args);
            bytes.flush();
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int run(Desktop desktop, PrintWriter rawOut, OutputStream outBytes, PrintWriter rawErr,
                           String... args) {
        PrintWriter out = TerminalText.escaping(rawOut); // no control character of a user's reaches the terminal
        PrintWriter err = TerminalText.escaping(rawErr);
        CommandLine cl = commandLine(desktop, out, outBytes, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command tree, wired to these streams (a test walks it to reach every subcommand). */
    static CommandLine commandLine(Desktop desktop, PrintWriter out, OutputStream outBytes, PrintWriter err) {
        CommandLine cl = new CommandLine(new RapportCommand(desktop, err, outBytes));
        cl.addSubcommand(new OpenCommand(desktop));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) return badInput(commandLine.getErr(), ex);
            return internalError(commandLine.getErr(), ex);
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            // A value an option's converter refused (an unknown statistic, say) reads like any other bad input.
            if (ex.getCause() instanceof BadInputException refused) return badInput(ex.getCommandLine().getErr(), refused);
            ex.getCommandLine().getErr().println("rapport: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return BAD_INPUT;
        });
        return cl;
    }

    /**
     * A failure that is not the user's: its details (stack trace included) go to the log, the user gets one line
     * naming the log file.
     */
    static int internalError(PrintWriter err, Throwable e) {
        LOG.error("internal error", e);
        String log = LogFile.current();
        err.println("rapport: internal error (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                + ")" + (log == null ? "" : "; the details are in " + log));
        return INTERNAL_ERROR;
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static int badInput(PrintWriter err, Exception e) {
        err.println("rapport: " + e.getMessage());
        return BAD_INPUT;
    }

    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rapport " + Version.current()};
        }
    }
}
