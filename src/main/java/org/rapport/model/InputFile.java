package org.rapport.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one check every file a user names passes before it is opened: it exists, is an ordinary file (not a folder,
 * a device such as {@code /dev/zero}, a pipe or a socket, which could block or never end) and is not larger than the
 * reader's limit. Nothing is read to find this out.
 */
public final class InputFile {
    private InputFile() {
    }

    /**
     * Refuses a file that is missing, not an ordinary file, or larger than maxBytes; returns its size.
     *
     * @param name how messages name it (usually the file name)
     */
    public static long check(Path file, String name, long maxBytes, String what) {
        if (!Files.exists(file)) throw new BadInputException(name, null, "file not found: " + file);
        if (Files.isDirectory(file)) throw new BadInputException(name, null, "is a folder, not a file");
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name, null, "is not an ordinary file (a device, pipe or socket"
                    + (Files.isSymbolicLink(file) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    ? " behind a link" : "") + "); Rapport reads only ordinary files");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(name, null, "cannot read: " + e.getMessage());
        }
        if (size > maxBytes) {
            throw new BadInputException(name, null, String.format(Locale.ROOT,
                    "file is %.1f MB, larger than the limit of %d MB for %s", size / 1048576.0, maxBytes / 1048576,
                    what));
        }
        return size;
    }
}
