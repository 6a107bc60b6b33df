package org.rapport.transcript;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file the way a careful Unix tool does (docs/exports.md, "Output files"):
 * <ul>
 *   <li>through a temporary file in the same folder and an atomic move, so a failed write leaves the old file and
 *       nothing else;</li>
 *   <li>through symbolic links: a link named as the output stays a link, and the file it points to is replaced;</li>
 *   <li>with the mode an existing file had, else the mode the umask gives a new file (0666 less the umask), as
 *       {@code >} in a shell would;</li>
 *   <li>straight into a device or named pipe ({@code /dev/stdout}, {@code >(gzip > x.gz)}), which cannot be
 *       replaced.</li>
 * </ul>
 */
public final class AtomicFiles {
    /** Links followed before giving up, as Linux does (ELOOP). */
    private static final int MAX_LINKS = 40;

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        if (Files.isDirectory(target)) throw new FileSystemException(target.toString(), null, "is a folder");
        if (Files.exists(target) && !Files.isRegularFile(target)) { // the system follows /dev/stdout to its pipe
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            return;
        }
        Path landing = landing(target);
        Path folder = landing.getParent();
        Files.createDirectories(folder);
        Set<PosixFilePermission> keptMode = modeOf(landing);
        Path temp = folder.resolve("." + landing.getFileName() + "." + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong(), 36) + ".part");
        try {
            // CREATE_NEW without attributes: the new file gets 0666 less the umask, as the shell gives it
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            if (keptMode != null) Files.setPosixFilePermissions(temp, keptMode);
            try {
                Files.move(temp, landing, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, landing, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Where a write to this path lands: the path made absolute, with the symbolic links it names followed (a link
     * to a link too, and a link to a file not yet there).
     */
    public static Path landing(Path target) throws IOException {
        Path p = target.toAbsolutePath().normalize();
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) throw new FileSystemException(target.toString(), null, "too many symbolic links");
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /** The mode of an existing regular file, to keep it; null for a new file or a file system without modes. */
    private static Set<PosixFilePermission> modeOf(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes().permissions();
    }
}
