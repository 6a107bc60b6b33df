package org.rapport.app.integrity;

import java.nio.file.Path;
import java.time.Instant;

import org.rapport.store.Backup;

/** A backup of a file project: its file, when it was made, its size in bytes. */
public record BackupFile(Path file, Instant made, long bytes) {
    static BackupFile of(Backup b) {
        return new BackupFile(b.file(), b.made(), b.bytes());
    }
}
