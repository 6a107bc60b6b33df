package org.rapport.app.integrity;

import java.util.Locale;

import org.rapport.model.BadInputException;

/**
 * How a file project is backed up: a backup before every import and every {@code everyMinutes} while the desktop
 * app has it open (when it changed), keeping the newest {@code keep}. Kept as project settings
 * ({@code backup.keep}, {@code backup.every_minutes}); the defaults are {@link #DEFAULT}.
 */
public record BackupPolicy(int keep, int everyMinutes) {
    public static final BackupPolicy DEFAULT = new BackupPolicy(10, 30);
    static final String KEEP = "backup.keep";
    static final String EVERY_MINUTES = "backup.every_minutes";
    /** A bound on what a user may ask for, so a typo cannot fill a disk. */
    public static final int MAX_KEEP = 1_000;
    public static final int MAX_EVERY_MINUTES = 24 * 60;

    public BackupPolicy {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new BadInputException(String.format(Locale.ROOT, "--keep %d: keep between 1 and %d backups", keep,
                    MAX_KEEP));
        }
        if (everyMinutes < 0 || everyMinutes > MAX_EVERY_MINUTES) {
            throw new BadInputException(String.format(Locale.ROOT, "--every %d: back up every 1 to %d minutes (0: only"
                    + " before imports)", everyMinutes, MAX_EVERY_MINUTES));
        }
    }
}
