package org.rapport.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.rapport.model.BadInputException;
import org.rapport.store.Backup;

/**
 * The backups of a file project: zip files in {@code <project>/backups}, each made by H2's online {@code BACKUP TO}
 * (a consistent copy of {@code project.mv.db} while the project is open), named by the moment they were made.
 */
public final class H2Backups {
    public static final String FOLDER = "backups";
    private static final String PREFIX = "project-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private H2Backups() {
    }

    /** The backup folder of a project. */
    public static Path folder(Path project) {
        return project.resolve(FOLDER);
    }

    /** A new backup file's path, named by the moment and why it was made ("import", "scheduled", "manual"). */
    static Path newFile(Path project, String reason) {
        return folder(project).resolve(PREFIX + STAMP.format(Instant.now()) + "-" + reason + SUFFIX);
    }

    /** The project's backups, newest first. */
    public static List<Backup> list(Path project) {
        Path dir = folder(project);
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) out.add(new Backup(f, Files.getLastModifiedTime(f).toInstant(), Files.size(f)));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing((Backup b) -> b.file().getFileName().toString()).reversed());
        return out;
    }

    public static Optional<Backup> newest(Path project) {
        return list(project).stream().findFirst();
    }

    /** Deletes the oldest backups beyond the newest {@code keep}; returns how many it deleted. */
    static int prune(Path project, int keep) {
        List<Backup> all = list(project);
        int deleted = 0;
        for (Backup b : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(b.file());
                deleted++;
            } catch (IOException e) {
                // a backup that cannot be deleted is kept; the next prune tries again
            }
        }
        return deleted;
    }

    /**
     * Puts a backup's store in place of the project's: the backup is unpacked beside the store, checked to be an H2
     * store, and moved over it atomically; the store it replaces is kept in the backup folder. The project must be
     * closed.
     *
     * @return where the replaced store was kept, if there was one
     */
    static Optional<Path> restore(Path project, Path backup) {
        Path target = project.resolve(H2ProjectStore.DB_FILE);
        Path unpacked = project.resolve(H2ProjectStore.DB_FILE + ".restoring");
        try {
            unpack(backup, unpacked);
            StoreFile.check(unpacked, backup.toString());
            Optional<Path> kept = Optional.empty();
            if (Files.exists(target)) {
                Path aside = folder(project).resolve("replaced-" + STAMP.format(Instant.now()) + "-"
                        + H2ProjectStore.DB_FILE);
                Files.createDirectories(aside.getParent());
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                kept = Optional.of(aside);
            }
            Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException e) {
            throw new BadInputException(backup.toString(), null, "cannot restore: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(unpacked);
            } catch (IOException e) {
                // left for the next restore, which overwrites it
            }
        }
    }

    /** Writes the store held in a backup zip to a file, refusing a zip that holds no store. */
    private static void unpack(Path backup, Path to) throws IOException {
        if (!Files.isRegularFile(backup)) throw new BadInputException(backup.toString(), null, "no such backup file");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(H2ProjectStore.DB_FILE)) {
                    copy(zip, to);
                    return;
                }
            }
        }
        throw new BadInputException(backup.toString(), null, "is not a Rapport backup (it holds no "
                + H2ProjectStore.DB_FILE + ")");
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
