package org.rapport.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a store kept in one file of a project folder can do beyond its transactions: backups of that file, its
 * size, its dead space and compaction (docs/decisions/0011-crash-safe-imports-and-backups.md). A server store has
 * none of these: its database server is backed up by whoever runs it.
 */
public interface FileStore {
    /**
     * Makes a consistent copy of the store while it is open, in the project's backup folder, then keeps only the
     * newest {@code keep} backups.
     *
     * @param reason a word for the file name: import, scheduled, manual
     */
    Backup backup(String reason, int keep);

    /** The backups, newest first. */
    List<Backup> backups();

    /** The folder the backups are kept in. */
    Path backupFolder();

    /** The size of the store file in bytes. */
    long fileBytes();

    /** The share of the file that is live data, in percent. */
    int fillPercent();

    /** When the file was last written (every commit writes it). */
    Instant lastWritten();

    /** Whether this store was opened only to read (nothing may be written, not even a backup's bookkeeping). */
    boolean readOnly();

    /** Makes closing compact the file whatever its dead space. */
    void compactOnClose();

    /** What a restore did: the backup brought back, and where the store it replaced was kept (null: none). */
    record Restored(Path backup, Path replacedStoreKeptAt) {
    }
}
