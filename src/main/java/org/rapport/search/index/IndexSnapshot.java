package org.rapport.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.rapport.search.analysis.IndexLanguage;
import org.rapport.search.query.CodingProximity;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;

/**
 * The last commit of a project's index, opened only to read it: no writer, no write lock, so several processes may
 * read at once. It is for one search from the shell when the caller already knows the store revision the index
 * must reflect; anything else (an index to build, judge or change) goes through {@link TranscriptIndex}.
 */
public final class IndexSnapshot implements AutoCloseable {
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final long revision;
    private final long generation;

    private IndexSnapshot(FSDirectory directory, DirectoryReader reader, long revision, long generation) {
        this.directory = directory;
        this.reader = reader;
        this.revision = revision;
        this.generation = generation;
    }

    /**
     * Opens the index's last commit; null when there is none, or when it is not a Rapport index built with this
     * language and schema (the caller then takes the way that builds it).
     */
    public static IndexSnapshot open(Path folder, IndexLanguage language) throws IOException {
        if (!Files.isRegularFile(folder.resolve(IndexFolder.MARKER))) return null;
        FSDirectory directory = FSDirectory.open(folder);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return null;
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            try {
                IndexCommit commit = reader.getIndexCommit();
                return new IndexSnapshot(directory, reader, CommitData.revision(commit.getUserData(), language),
                        commit.getGeneration());
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The transcript revision the commit records (-1 when it was built differently). */
    public long revision() {
        return revision;
    }

    /** The commit's generation: it changes with every commit, so it tells whether the index moved since. */
    public long generation() {
        return generation;
    }

    /** Runs a query as {@link TranscriptIndex#search} does, on this commit. */
    public SearchResults search(Query query, SearchSort sort, int limit, SessionNames sessionNames,
                                CodingProximity near) throws IOException {
        // the segments are searched side by side, one thread per core: the process has nothing else to do
        int threads = Math.min(reader.leaves().size(), Runtime.getRuntime().availableProcessors());
        if (threads < 2) return HitSearch.run(oneShot(new IndexSearcher(reader)), query, sort, limit, sessionNames, near);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "index-snapshot-search");
            t.setDaemon(true);
            return t;
        });
        try {
            return HitSearch.run(oneShot(new IndexSearcher(reader, pool)), query, sort, limit, sessionNames, near);
        } finally {
            pool.shutdown();
        }
    }

    /** A searcher for one query: nothing is worth caching. */
    private static IndexSearcher oneShot(IndexSearcher searcher) {
        searcher.setQueryCache(null);
        return searcher;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
