package org.rapport.search.index;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;
import org.rapport.model.BadInputException;
import org.rapport.search.analysis.IndexLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder that holds a project's index, and the one claim Rapport makes on it: a folder that is not a Rapport
 * index is never touched, and one that is but is damaged or was built differently is emptied, so the caller
 * rebuilds it. Only one process at a time may write the folder (Lucene's write lock), and a folder another
 * process writes is neither judged nor wiped.
 */
final class IndexFolder {
    /** Marks a folder as a Rapport index, so a folder holding something else is never wiped. */
    static final String MARKER = "rapport-index.txt";
    private static final Logger LOG = LoggerFactory.getLogger(IndexFolder.class);

    private final Path path;
    private final Directory directory;
    private final long recordedRevision;
    private final boolean damaged;

    private IndexFolder(Path path, Directory directory, long recordedRevision, boolean damaged) {
        this.path = path;
        this.directory = directory;
        this.recordedRevision = recordedRevision;
        this.damaged = damaged;
    }

    /**
     * Opens the folder, creating it when missing. A damaged index, or one built with another language or schema,
     * is emptied (its {@link #recordedRevision()} is then -1). A folder holding something other than a Rapport
     * index is bad input and is left untouched.
     */
    static IndexFolder open(Path folder, IndexLanguage language) {
        Path dir = folder.toAbsolutePath().normalize();
        checkIsOurs(dir);
        try {
            Files.createDirectories(dir);
            Path marker = dir.resolve(MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "Rapport search index, derived from the project store. Deleting this folder"
                        + " is safe: Rapport rebuilds it.\n");
            }
            dropUnusableLockFile(dir);
            FSDirectory directory = FSDirectory.open(dir);
            long revision = -1;
            boolean damaged = false;
            // the files are only judged, and maybe wiped, while no other writer can be at work on them
            try (Lock unused = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                try {
                    revision = recordedRevision(directory, language);
                } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                         | IndexNotFoundException | NoSuchFileException | EOFException e) {
                    LOG.warn("search index in {} is damaged ({}); rebuilding it", dir, e.toString());
                    damaged = true;
                }
                if (revision < 0) wipe(dir);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw inUse(dir);
            }
            // small segments flushed for near-real-time updates stay in memory until a commit writes them
            return new IndexFolder(dir, new NRTCachingDirectory(directory, 8.0, 64.0), revision, damaged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /**
     * An index kept in memory only, never written to disk (an encrypted project's: no transcript word may be
     * readable in a file). It starts empty, so the caller builds it.
     */
    static IndexFolder inMemory(String name) {
        return new IndexFolder(Path.of(name), new ByteBuffersDirectory(), -1, false);
    }

    /** A folder is ours when it is missing, empty, marked, or holds a Lucene commit. */
    private static void checkIsOurs(Path dir) {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir.toString(), null, "is not a Rapport search index (it is a file);"
                    + " move it away and Rapport will build the index there");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            boolean ours = names.isEmpty() || names.contains(MARKER)
                    || names.stream().anyMatch(n -> n.startsWith("segments"));
            if (!ours) {
                throw new BadInputException(dir.toString(), null, "is not a Rapport search index (it holds "
                        + names.size() + " other file(s), e.g. " + names.get(0) + "); move them away or delete the"
                        + " folder and Rapport will rebuild the index");
            }
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), null, "cannot read the index folder: " + e.getMessage());
        }
    }

    /** The revision the last commit recorded, or -1 when there is none or it was built differently. */
    private static long recordedRevision(FSDirectory directory, IndexLanguage language) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return -1;
        SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            // opening a reader checks every segment's header and footer
            reader.numDocs();
        }
        return CommitData.revision(infos.getUserData(), language);
    }

    /**
     * Deletes every file but the marker and the lock file, which this process holds (some systems refuse to delete
     * a locked file): only ever called on a folder known to be ours.
     */
    private static void wipe(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !name.equals(MARKER) && !name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Lucene's lock file is always empty; one with content was damaged and would refuse every writer, and no
     * writer can be using it, so it goes before the lock is taken.
     */
    private static void dropUnusableLockFile(Path dir) throws IOException {
        Path lock = dir.resolve(IndexWriter.WRITE_LOCK_NAME);
        if (Files.isRegularFile(lock) && Files.size(lock) > 0) Files.delete(lock);
    }

    private static BadInputException inUse(Path dir) {
        return new BadInputException(dir.toString(), null, "the search index is in use by another Rapport process");
    }

    /** Opens the folder's one writer; another process holding it is bad input. */
    IndexWriter openWriter(IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw inUse(path);
        }
    }

    Path path() {
        return path;
    }

    /** The transcript revision the last commit on disk records; -1 when the index must be built. */
    long recordedRevision() {
        return recordedRevision;
    }

    /** True when the index was found damaged on opening (and emptied). */
    boolean wasDamaged() {
        return damaged;
    }

    void close() throws IOException {
        directory.close();
    }
}
