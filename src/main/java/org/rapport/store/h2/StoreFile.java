package org.rapport.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.rapport.model.BadInputException;
import org.rapport.store.Backup;

/**
 * What a project's {@code project.mv.db} must be before H2 may open it: a regular, non-empty file that starts with
 * H2's store header. H2 would take an empty or foreign file for a new database and write one into it; Rapport
 * never does, so a damaged project is never mistaken for a new one. Also the message for a store that cannot be
 * read, naming the newest backup and how to restore it.
 */
final class StoreFile {
    /** The start of every H2 MVStore file header. */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private StoreFile() {
    }

    /** Refuses a store file that is missing, not a regular file, empty or not H2's. */
    static void check(Path file, String name) {
        if (!Files.isRegularFile(file)) throw new BadInputException(name, null, "is not a regular file");
        byte[] head = new byte[H2_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new BadInputException(name, null, "cannot be read: " + e.getMessage());
        }
        if (n == 0) throw new BadInputException(name, null, "is empty (0 bytes), so it holds no project");
        for (int i = 0; i < H2_HEADER.length; i++) {
            if (i >= n || head[i] != H2_HEADER[i]) {
                throw new BadInputException(name, null, "is not an H2 database file (it does not start with H2's"
                        + " header)");
            }
        }
    }

    /** A project whose store cannot be read: what is wrong, the newest backup and the command that restores it. */
    static BadInputException unreadable(Path project, String problem) {
        return new BadInputException(project.resolve(H2ProjectStore.DB_FILE).toString(), null, problem + "; "
                + restoreAdvice(project));
    }

    /** Which backup to restore, and how, in one sentence. */
    static String restoreAdvice(Path project) {
        Optional<Backup> newest = H2Backups.newest(project);
        if (newest.isEmpty()) return "the project has no backup in " + H2Backups.folder(project);
        return "the newest backup is " + newest.get().file() + " (made " + WHEN.format(newest.get().made())
                + "): bring it back with: rapport restore --project " + project;
    }

    /** Refuses to write to a project the user may not write. */
    static void checkWritable(Path project) {
        Path file = project.resolve(H2ProjectStore.DB_FILE);
        if (!Files.isWritable(file) || !Files.isWritable(project)) {
            throw new BadInputException(project.toString(), null, "the project is read-only for this user (no"
                    + " write permission on " + (Files.isWritable(project) ? file : project) + "): commands that"
                    + " only read it (sessions, export, agree, search, check) still work");
        }
    }
}
