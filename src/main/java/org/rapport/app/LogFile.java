package org.rapport.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where Rapport logs: one file per run in the user's state folder ({@link UserFolders#state()}:
 * {@code $XDG_STATE_HOME/rapport/rapport.log}, else {@code $HOME/.local/state/rapport}; {@code ~/Library/Logs/Rapport}
 * on macOS; {@code %LOCALAPPDATA%\Rapport\logs} on Windows; {@code RAPPORT_LOG_DIR} overrides), the last {@link #KEEP} logs that had anything in them kept as
 * {@code rapport.log.1} ... Users see one-line messages; the details of an internal error, stack trace included,
 * go here, and the message names this file.
 */
public final class LogFile {
    /** The system property that holds the log file's path once it is set up. */
    public static final String PROPERTY = "rapport.log";
    static final int KEEP = 9;
    private static final String NAME = "rapport.log";

    private LogFile() {
    }

    /** Points the logger (slf4j-simple) at the log file; call before anything logs. Returns the file. */
    public static Path install() {
        Path file = folder().resolve(NAME);
        try {
            Files.createDirectories(file.getParent());
            rotate(file);
        } catch (IOException | RuntimeException e) {
            file = Path.of(System.getProperty("java.io.tmpdir"), "rapport-" + System.getProperty("user.name") + ".log");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        System.setProperty(PROPERTY, file.toString());
        return file;
    }

    /** The log file of this run, if one was set up. */
    public static String current() {
        return System.getProperty(PROPERTY);
    }

    static Path folder() {
        String override = System.getenv("RAPPORT_LOG_DIR");
        if (override != null && !override.isBlank()) return Path.of(override);
        return UserFolders.current().state();
    }

    /** rapport.log becomes rapport.log.1 (and so on up to KEEP) when it holds anything; an empty one is reused. */
    private static void rotate(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return;
        Path dir = file.getParent();
        Files.deleteIfExists(dir.resolve(NAME + "." + KEEP));
        for (int i = KEEP - 1; i >= 1; i--) {
            Path older = dir.resolve(NAME + "." + i);
            if (Files.exists(older)) Files.move(older, dir.resolve(NAME + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(file, dir.resolve(NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
    }
}
