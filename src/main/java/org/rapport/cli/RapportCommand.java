package org.rapport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapport.app.LogFile;
import org.rapport.Version;
import org.rapport.cli.analytics.AnalyticsCommand;
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
import org.rapport.cli.training.CertifyCommand;
import org.rapport.cli.training.DriftCommand;
import org.rapport.cli.training.GoldCommand;
import org.rapport.cli.training.SampleCommand;
import org.rapport.cli.transfer.ExportCommand;
import org.rapport.cli.transfer.ImportCommand;
import org.rapport.model.BadInputException;
import org.rapport.report.html.ReviewLink;
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
                AnalyticsCommand.class,
                GoldCommand.class, CertifyCommand.class, DriftCommand.class, SampleCommand.class,
                IndexCommand.class, SearchCommand.class,
                GenerateCorpusCommand.class, BackupCommand.class, CheckCommand.class, RestoreCommand.class})
public final class RapportCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** The commands under {@code rapport} the annotation lists, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(RapportCommand.class.getAnnotation(Command.class).subcommands());

    /** The desktop app, opened when no command is given; false when there is no display for it. */
    @FunctionalInterface
    public interface Desktop {
        /** @param at a moment or project to open (rapport open), or null for the project used last */
        boolean open(ReviewLink at) throws InterruptedException;

        /** Opens the app with its server dialog filled in with this URI (the password is asked there). */
        default boolean openServer(String uri) throws InterruptedException {
            return false;
        }
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

    /** Opens the desktop app on a server project, its dialog filled in with the URI; false without a display. */
    @FunctionalInterface
    public interface ServerDesktop {
        boolean openServer(String uri) throws InterruptedException;
    }

    /** The program's command line (from Main), with the desktop app for folders and for server projects. */
    public static int run(Desktop desktop, ServerDesktop server, String... args) {
        return run(new Desktop() {
            @Override
            public boolean open(ReviewLink at) throws InterruptedException {
                return desktop.open(at);
            }

            @Override
            public boolean openServer(String uri) throws InterruptedException {
                return server.openServer(uri);
            }
        }, args);
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
        try {
            return dispatch(desktop, out, outBytes, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(Desktop desktop, PrintWriter out, OutputStream outBytes, PrintWriter err,
                                String... args) {
        if (asksForVersionOnly(args)) {
            // what picocli would print, without building the command line first
            for (String line : new VersionProvider().getVersion()) out.println(line);
            out.flush();
            return OK;
        }
        if (TopLevelHelp.isAskedFor(args)) {
            String help = TopLevelHelp.stored();
            if (help != null) {
                out.print(help);
                out.flush();
                return OK;
            }
        }
        // `rapport PROJECT` (and `java -jar rapport.jar PROJECT`) is `rapport open PROJECT`
        if (args.length == 1 && OpenCommand.namesAProject(args[0]) && !args[0].equals("open")
                && !LazyCommands.namesACommand(COMMANDS, args[0])) {
            args = new String[] {"open", args[0]};
        }
        // only the command asked for is built in full (docs/decisions/0017)
        CommandLine cl = new CommandLine(LazyCommands.top(new RapportCommand(desktop, err, outBytes)));
        // open takes the desktop, so it is added as an object (as commandLine does), unless another command came first
        if (!LazyCommands.add(cl, COMMANDS, args)) cl.addSubcommand(new OpenCommand(desktop));
        return wire(cl, out, err).execute(args);
    }

    /** The whole command tree, wired to these streams (a test walks it to reach every subcommand). */
    static CommandLine commandLine(Desktop desktop, PrintWriter out, OutputStream outBytes, PrintWriter err) {
        CommandLine cl = new CommandLine(new RapportCommand(desktop, err, outBytes));
        cl.addSubcommand(new OpenCommand(desktop));
        return wire(cl, out, err);
    }

    /** The whole command line as picocli builds it from the annotations (tests compare it with the lazy one). */
    static int runFullCommandLine(PrintWriter out, PrintWriter err, String... args) {
        return runFullCommandLine(out, err, CommandLine.Help.Ansi.AUTO, args);
    }

    /** The whole command line, coloured as told (the build stores its help, {@link TopLevelHelp}). */
    static int runFullCommandLine(PrintWriter out, PrintWriter err, CommandLine.Help.Ansi ansi, String... args) {
        try {
            OutputStream bytes = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(true).get();
            CommandLine cl = commandLine(at -> false, out, bytes, err);
            cl.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
            int code = cl.execute(args);
            bytes.flush();
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CommandLine wire(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        // named classes rather than lambdas: a lambda of a picocli interface cannot go into the class-data archive
        cl.setExecutionExceptionHandler(new ExecutionFailure());
        cl.setParameterExceptionHandler(new UsageFailure());
        return cl;
    }

    private static boolean asksForVersionOnly(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** Bad input is one line and exit 2; anything else is an internal error, logged with its stack trace. */
    private static final class ExecutionFailure implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parsed) {
            if (ex instanceof BadInputException) return badInput(commandLine.getErr(), ex);
            return internalError(commandLine.getErr(), ex);
        }
    }

    /** A command line picocli cannot parse: the problem and where to find the usage, exit 2. */
    private static final class UsageFailure implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            // A value an option's converter refused (an unknown statistic, say) reads like any other bad input.
            if (ex.getCause() instanceof BadInputException refused) return badInput(ex.getCommandLine().getErr(), refused);
            ex.getCommandLine().getErr().println("rapport: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return BAD_INPUT;
        }
    }

    /**
     * A failure that is not the user's: its details (stack trace included) go to the log, the user gets one line
     * naming the log file.
     */
    static int internalError(PrintWriter err, Throwable e) {
        // the logger starts only here: most commands never log, and starting it costs start-up time
        LoggerFactory.getLogger(RapportCommand.class).error("internal error", e);
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
