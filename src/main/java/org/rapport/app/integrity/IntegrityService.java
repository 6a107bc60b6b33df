package org.rapport.app.integrity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.rapport.app.search.IndexStatus;
import org.rapport.app.search.SearchService;
import org.rapport.model.BadInputException;
import org.rapport.store.Backup;
import org.rapport.store.FileStore;
import org.rapport.store.ProjectStore;
import org.rapport.store.StoreCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a project's data safe: checks its store read in full and its search index against it, backs a file
 * project up (before imports, on request, on a schedule while the app is open) and compacts its file
 * (docs/decisions/0011-crash-safe-imports-and-backups.md).
 */
public final class IntegrityService {
    private static final Logger LOG = LoggerFactory.getLogger(IntegrityService.class);

    private final ProjectStore store;
    private final FileStore file;
    private final SearchService search;
    private ScheduledExecutorService schedule;

    /**
     * @param file the store's file, or null for a store without one (a server)
     */
    public IntegrityService(ProjectStore store, FileStore file, SearchService search) {
        this.store = store;
        this.file = file;
        this.search = search;
    }

    /** Reads the whole store (changing nothing in it) and compares the search index with it. */
    public CheckReport check() {
        StoreCheck stored = store.check();
        List<String> notes = new ArrayList<>();
        long revision = store.read(tx -> tx.meta().transcriptRevision());
        long utterances = store.read(tx -> tx.sessions().allWithCounts()).stream().mapToLong(s -> s.utterances()).sum();
        try {
            IndexStatus index = search.peek();
            if (index.revision() != revision || index.utterances() != utterances) {
                notes.add(String.format(Locale.ROOT, "the search index is not in step with the store (index: revision"
                        + " %d, %,d utterances; store: revision %d, %,d utterances): it is rebuilt at the next search,"
                        + " or now with: rapport index --rebuild", index.revision(), index.utterances(), revision,
                        utterances));
            }
        } catch (RuntimeException e) {
            notes.add("the search index cannot be read (" + e.getMessage() + "): it is rebuilt at the next search");
        }
        if (file != null) {
            notes.add(String.format(Locale.ROOT, "the store file is %.1f MB, %d%% of it live data%s", file.fileBytes()
                    / 1048576.0, file.fillPercent(), file.readOnly() ? "" : "; rapport check --compact rewrites it"
                    + " without the dead space"));
            List<Backup> backups = file.backups();
            notes.add(backups.isEmpty() ? "the project has no backup yet (rapport backup makes one)"
                    : backups.size() + " backup" + (backups.size() == 1 ? "" : "s") + " in " + file.backupFolder()
                    + ", the newest " + backups.get(0).file().getFileName());
        }
        return new CheckReport(stored.problems(), notes, summary(stored.rows()));
    }

    private static String summary(Map<String, Long> rows) {
        return String.format(Locale.ROOT, "%,d sessions, %,d utterances, %,d codings, %,d ratings, %,d audit rows",
                rows.getOrDefault("session", 0L), rows.getOrDefault("utterance", 0L), rows.getOrDefault("coding", 0L),
                rows.getOrDefault("rating", 0L), rows.getOrDefault("audit_log", 0L));
    }

    /** The project's backup settings (the defaults when none were set). */
    public BackupPolicy backupPolicy() {
        return store.read(tx -> new BackupPolicy(
                number(tx.meta().setting(BackupPolicy.KEEP), BackupPolicy.DEFAULT.keep()),
                number(tx.meta().setting(BackupPolicy.EVERY_MINUTES), BackupPolicy.DEFAULT.everyMinutes())));
    }

    public void setBackupPolicy(BackupPolicy policy) {
        store.inTransaction(tx -> {
            tx.meta().setSetting(BackupPolicy.KEEP, Integer.toString(policy.keep()));
            tx.meta().setSetting(BackupPolicy.EVERY_MINUTES, Integer.toString(policy.everyMinutes()));
            return null;
        });
    }

    private static int number(Optional<String> setting, int otherwise) {
        try {
            return setting.map(String::trim).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Makes a backup now; bad input for a project without a store file or opened only to read. */
    public BackupFile backup() {
        return BackupFile.of(backup("manual"));
    }

    /** The backup made before an import writes anything; none for a store without a file. */
    public void backupBeforeImport() {
        if (file != null && !file.readOnly()) backup("import");
    }

    /**
     * The scheduled backup: made when the store was written since the newest backup and that backup is older than
     * the policy's interval. Returns it, if one was made.
     */
    public Optional<BackupFile> backupIfDue() {
        if (file == null || file.readOnly()) return Optional.empty();
        BackupPolicy policy = backupPolicy();
        if (policy.everyMinutes() == 0) return Optional.empty();
        List<Backup> backups = file.backups();
        Instant newest = backups.isEmpty() ? Instant.EPOCH : backups.get(0).made();
        boolean changed = file.lastWritten().isAfter(newest);
        boolean due = Duration.between(newest, Instant.now()).toMinutes() >= policy.everyMinutes();
        return changed && due ? Optional.of(BackupFile.of(backup("scheduled"))) : Optional.empty();
    }

    private Backup backup(String reason) {
        if (file == null) {
            throw new BadInputException(store.location() + ": a server project is backed up by its database server");
        }
        if (file.readOnly()) throw new BadInputException(store.location() + ": opened only to read; cannot back up");
        Backup b = file.backup(reason, backupPolicy().keep());
        LOG.info("backup {} ({} bytes)", b.file(), b.bytes());
        return b;
    }

    /**
     * Starts the scheduled backups of the desktop app: every minute, on a thread of its own, {@link #backupIfDue}.
     * A failure is logged and tried again a minute later; {@link #stopBackupSchedule} (or closing the project) ends it.
     */
    public synchronized void startBackupSchedule() {
        if (schedule != null || file == null || file.readOnly()) return;
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rapport-backups");
            t.setDaemon(true);
            return t;
        });
        schedule.scheduleWithFixedDelay(() -> {
            try {
                backupIfDue();
            } catch (RuntimeException e) {
                LOG.warn("scheduled backup failed (tried again in a minute): {}", e.toString());
            }
        }, 1, 1, TimeUnit.MINUTES);
    }

    /** Ends the scheduled backups, waiting for one under way. */
    public synchronized void stopBackupSchedule() {
        if (schedule == null) return;
        schedule.shutdown();
        try {
            schedule.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        schedule = null;
    }

    /** The backups, newest first (none for a store without a file). */
    public List<BackupFile> backups() {
        return file == null ? List.of() : file.backups().stream().map(BackupFile::of).toList();
    }

    /** Makes closing the project rewrite its store file without dead space. */
    public void compactOnClose() {
        if (file == null) throw new BadInputException(store.location() + ": a server project is not compacted here");
        file.compactOnClose();
    }

    /** The store file's size in bytes (-1 for a store without a file). */
    public long storeFileBytes() {
        return file == null ? -1 : file.fileBytes();
    }
}
