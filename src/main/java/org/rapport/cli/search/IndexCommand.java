package org.rapport.cli.search;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.search.IndexStatus;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "index", description = "Bring the project's search index up to date (it is rebuilt when missing, stale"
        + " or damaged), or rebuild it.")
public final class IndexCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--rebuild", description = "rebuild the index even when it is up to date") boolean rebuild;
    @Option(names = "--language", paramLabel = "en|it|de|es|fr",
            description = "set the project's search language (stemming) and rebuild") String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexStatus status;
        try (Project p = language == null ? project.openForReading() : project.open()) {
            p.search().setProgress(progressPrinter(err));
            if (language != null) p.search().setLanguage(language);
            status = rebuild ? p.search().rebuild() : p.search().status();
        }
        out.printf("index %s: %d utterances, language %s, transcript revision %d%s%n", status.folder(),
                status.utterances(), status.language(), status.revision(), status.rebuilt() ? " (rebuilt)" : "");
        return RapportCommand.OK;
    }

    /** Prints rebuild progress to stderr at every tenth of the sessions. */
    static org.rapport.search.index.IndexProgress progressPrinter(PrintWriter err) {
        return (done, total) -> {
            if (total == 0) return;
            int step = Math.max(1, total / 10);
            if (done == total || done % step == 0) {
                err.printf("indexing: %d/%d sessions%n", done, total);
                err.flush();
            }
        };
    }
}
