package org.rapport.cli.integrity;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.integrity.BackupPolicy;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.app.integrity.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "Back up a project now (a consistent copy of its store in <project>/backups;"
        + " one is also made before every import and, while the app is open, every 30 minutes), list its backups,"
        + " or set how many are kept and how often the app makes one.")
public final class BackupCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Option(names = "--list", description = "list the backups, newest first, instead of making one") boolean list;
    @Option(names = "--keep", paramLabel = "N", description = "keep the newest N backups (default 10)") Integer keep;
    @Option(names = "--every", paramLabel = "MINUTES",
            description = "while the app is open, back up every MINUTES when the project changed (default 30; 0: only"
                    + " before imports)") Integer every;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            try (Project p = Project.openForReading(project.folder("rapport backup"))) {
                for (BackupFile b : p.integrity().backups()) {
                    out.printf(Locale.ROOT, "%s  %8.1f MB  %s%n", WHEN.format(b.made()), b.bytes() / 1048576.0, b.file());
                }
            }
            return RapportCommand.OK;
        }
        try (Project p = Project.open(project.folder("rapport backup"))) {
            if (keep != null || every != null) {
                BackupPolicy now = p.integrity().backupPolicy();
                BackupPolicy changed = new BackupPolicy(keep != null ? keep : now.keep(),
                        every != null ? every : now.everyMinutes());
                p.integrity().setBackupPolicy(changed);
                out.println("backups: keep " + changed.keep() + ", every " + changed.everyMinutes() + " minutes while"
                        + " the app is open, and before every import");
                return RapportCommand.OK;
            }
            BackupFile b = p.integrity().backup();
            out.printf(Locale.ROOT, "backed up to %s (%.1f MB)%n", b.file(), b.bytes() / 1048576.0);
        }
        return RapportCommand.OK;
    }
}
