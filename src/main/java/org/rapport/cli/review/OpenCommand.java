package org.rapport.cli.review;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.RunningApp;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import org.rapport.report.html.ReviewLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rapport open}: opens the desktop app on a project ({@code rapport open ~/lab/study}, or a server project's
 * URI), or at a moment of a session with every rater's lane and the stretch looping, from options or from a
 * {@code rapport://open?...} link of a reliability report. {@code rapport PROJECT} alone means the same.
 */
@Command(name = "open", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Open the desktop app on a project, or at a moment of a session with every rater's lane shown"
                + " and the stretch looping (from options, or a rapport://open?... link of a reliability report).")
public final class OpenCommand implements Callable<Integer> {
    private final RapportCommand.Desktop desktop;
    @Spec CommandSpec spec;
    @Parameters(arity = "0..1", paramLabel = "PROJECT|LINK", description = "a project folder, a server project's"
            + " postgresql:// URI, or a rapport://open?project=...&session=...&at=MS link")
    String link;
    @Option(names = "--project", paramLabel = "DIR", description = "the project folder") Path project;
    @Option(names = "--session", paramLabel = "NAME", description = "the session to open") String session;
    @Option(names = "--at", paramLabel = "MS", description = "where to go, in ms from the start") Long atMs;
    @Option(names = "--to", paramLabel = "MS", description = "loop from --at to here") Long toMs;

    public OpenCommand(RapportCommand.Desktop desktop) {
        this.desktop = desktop;
    }

    /** True when a lone argument names a project to open: an existing folder, a server URI or a rapport:// link. */
    public static boolean namesAProject(String arg) {
        if (arg.isBlank() || arg.startsWith("-")) return false;
        if (ProjectAddress.isServer(arg) || arg.startsWith(ReviewLink.SCHEME + ":")) return true;
        try {
            return Files.isDirectory(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (link != null && ProjectAddress.isServer(link)) {
            if (project != null || session != null || atMs != null || toMs != null) {
                throw new BadInputException("a server project opens on its own (the app asks for the password);"
                        + " give its URI without --project, --session, --at or --to");
            }
            if (!desktop.openServer(link)) throw new BadInputException("no display available for the desktop app");
            return RapportCommand.OK;
        }
        ReviewLink at = target();
        if (RunningApp.forward(at.project(), at.uri())) {
            spec.commandLine().getOut().println("rapport: opened in the Rapport window that has " + at.project()
                    + " open");
            return RapportCommand.OK;
        }
        if (!desktop.open(at)) {
            throw new BadInputException("no display available for the desktop app to open " + at.uri());
        }
        return RapportCommand.OK;
    }

    ReviewLink target() {
        if (link != null && !link.startsWith(ReviewLink.SCHEME + ":")) {
            if (project != null) throw new BadInputException("give the project once: as PROJECT or as --project");
            Path folder = Path.of(link);
            if (!Project.exists(folder)) {
                throw new BadInputException(folder.toString(), null, Files.isDirectory(folder)
                        ? "not a Rapport project (create one with: rapport init " + folder + ")"
                        : "no such folder");
            }
            project = folder;
            link = null;
        }
        if (link != null) {
            if (project != null || session != null || atMs != null || toMs != null) {
                throw new BadInputException("give a rapport:// link or --project/--session/--at, not both");
            }
            return ReviewLink.parse(link);
        }
        if (project == null) throw new BadInputException("rapport open needs --project DIR (or a rapport:// link)");
        if ((atMs != null || toMs != null) && session == null) throw new BadInputException("--at and --to need --session");
        if (atMs != null && atMs < 0 || toMs != null && (atMs == null || toMs < atMs)) {
            throw new BadInputException("--to must not be before --at, and times not negative");
        }
        return new ReviewLink(project, session, atMs, toMs);
    }
}
