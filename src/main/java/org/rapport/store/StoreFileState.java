package org.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What tells a later process, without opening the store, that a file project's store file has not been written
 * since: its inode, size and change time. Any write to the file, a change of its times, or another file put in its
 * place changes one of them (the change time cannot be set back by hand). Read without opening the file.
 *
 * @param fingerprint inode, size and change time, as one string to compare
 * @param changed     when the file was last written or replaced
 */
public record StoreFileState(String fingerprint, Instant changed) {
    /** The state of a store file; empty when it is missing or its change time is unknown. */
    public static Optional<StoreFileState> of(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:ino,size,ctime,lastModifiedTime",
                    LinkOption.NOFOLLOW_LINKS);
            FileTime ctime = (FileTime) a.get("ctime");
            FileTime mtime = (FileTime) a.get("lastModifiedTime");
            Instant changed = ctime.toInstant().isAfter(mtime.toInstant()) ? ctime.toInstant() : mtime.toInstant();
            return Optional.of(new StoreFileState(a.get("ino") + ":" + a.get("size") + ":" + ctime.toInstant() + ":"
                    + mtime.toInstant(), changed));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty(); // no unix attributes (not Linux or macOS): there is no fast path to offer
        }
    }
}
