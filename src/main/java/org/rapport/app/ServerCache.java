package org.rapport.app;

import java.nio.file.Path;

/**
 * Where this computer keeps what it derives from a server project: its own search index of the transcripts, one
 * folder per server and database, under the user's cache folder ({@code $XDG_CACHE_HOME/rapport}, else
 * {@code ~/.cache/rapport}; the system property {@code rapport.cache} overrides both, as tests do). It holds
 * transcripts only, never anyone's codings, and is rebuilt whenever the store's transcript revision moves.
 */
public final class ServerCache {
    private ServerCache() {
    }

    public static Path indexFolder(ProjectAddress.Server s) {
        return root().resolve("index").resolve(safe(s.host()) + "_" + s.port() + "_" + safe(s.database()));
    }

    static Path root() {
        String override = System.getProperty("rapport.cache");
        if (override != null && !override.isBlank()) return Path.of(override);
        return UserFolders.current().cache();
    }

    /** A host or database name as a folder name part: letters, digits, '.', '-' and '_' kept, others as %xx. */
    private static String safe(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '_') out.append(c);
            else out.append('%').append(String.format("%02x", (int) c & 0xff));
        }
        return out.toString();
    }
}
