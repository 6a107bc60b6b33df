package org.rapport.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rapport.model.BadInputException;
import org.rapport.transcript.AtomicFiles;
import org.rapport.transcript.Output;

/**
 * Refuses an export that would land inside the project folder, where the store, the index and the backups live
 * ({@code export ... --out PROJECT/project.mv.db} must never replace the store). Symbolic links are followed first,
 * so a link that points into the folder is refused too.
 */
public final class OutputGuard {
    private final Path projectFolder;

    /** @param projectFolder a file project's folder; null for a server project, which has none to protect */
    public OutputGuard(Path projectFolder) {
        this.projectFolder = projectFolder;
    }

    /** The output, if it lands outside the project folder (standard output always does). */
    public Output checked(Output out) {
        if (out.file().isEmpty() || projectFolder == null) return out;
        Path file = out.file().get();
        try {
            Path landing = real(AtomicFiles.landing(file));
            if (landing.startsWith(real(projectFolder))) {
                throw new BadInputException(file.toString(), null, "is inside the project folder " + projectFolder
                        + ", which holds the project's store and index: write exports somewhere else");
            }
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, "cannot write: " + e.getMessage());
        }
        return out;
    }

    /** The path with every link of the part that exists resolved (the rest cannot be a link yet). */
    private static Path real(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        Path missing = p.getFileSystem().getPath("");
        while (p != null && !Files.exists(p)) {
            missing = p.getFileName().resolve(missing);
            p = p.getParent();
        }
        return p == null ? path.toAbsolutePath().normalize() : p.toRealPath().resolve(missing).normalize();
    }
}
