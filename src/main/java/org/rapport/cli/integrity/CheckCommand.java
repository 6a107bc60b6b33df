package org.rapport.cli.integrity;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.integrity.CheckReport;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Read the whole project and check it: every table through every index, the"
        + " counts kept beside the rows, the audit trail, unpublished imports, the search index. Exit 0: sound;"
        + " 2: damaged (each problem listed, with the backup to restore).")
public final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--compact", description = "then rewrite the store file without its dead space") boolean compact;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckReport report;
        long before;
        try (Project p = compact ? project.open() : project.openForReading()) {
            report = p.integrity().check();
            before = p.integrity().storeFileBytes();
            if (compact && report.sound()) p.integrity().compactOnClose();
        }
        for (String note : report.notes()) out.println("note: " + note);
        if (!report.sound()) {
            for (String problem : report.problems()) err.println("rapport: " + project.project + ": " + problem);
            err.println("rapport: " + project.project + ": " + report.problems().size() + " problem"
                    + (report.problems().size() == 1 ? "" : "s") + " found; " + restoreAdvice(project));
            return RapportCommand.BAD_INPUT;
        }
        out.println("project " + project.project + " is sound: " + report.summary());
        if (compact) {
            long after;
            try (Project p = project.openForReading()) {
                after = p.integrity().storeFileBytes();
            }
            out.println(String.format(Locale.ROOT, "compacted the store file: %.1f MB -> %.1f MB", before / 1048576.0,
                    after / 1048576.0));
        }
        return RapportCommand.OK;
    }

    private static String restoreAdvice(ProjectOption project) {
        if (!(project.project instanceof org.rapport.app.ProjectAddress.Folder folder)) {
            return "restore the server's database from its own backup (pg_dump)";
        }
        try (Project p = Project.openForReading(folder.path())) {
            var backups = p.integrity().backups();
            return backups.isEmpty() ? "the project has no backup"
                    : "the newest backup is " + backups.get(0).file() + ": bring it back with: rapport restore"
                    + " --project " + folder.path();
        } catch (RuntimeException e) {
            return "see rapport restore --help";
        }
    }
}
