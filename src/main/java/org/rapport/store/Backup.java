package org.rapport.store;

import java.nio.file.Path;
import java.time.Instant;

/** One backup of a file project: its file, when it was made and its size in bytes. */
public record Backup(Path file, Instant made, long bytes) {
}
