package org.rapport.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * The one searcher every query of an open index shares. It reads near-real-time from the writer, so a change is
 * searchable once {@link #refresh()} returns, before it is committed; SearcherManager reopens only what changed
 * (DirectoryReader.openIfChanged) and keeps a searcher alive while a query still uses it.
 */
final class SharedSearcher {
    /** Work with the shared searcher. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private final Path folder;
    private SearcherManager manager;

    SharedSearcher(Path folder) {
        this.folder = folder;
    }

    /** Starts reading from a (new) writer. */
    synchronized void open(IndexWriter writer) throws IOException {
        manager = new SearcherManager(writer, null);
    }

    /** Makes every change the writer applied visible to the queries that start from now on. */
    void refresh() throws IOException {
        current().maybeRefreshBlocking();
    }

    <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager m = current();
        try {
            IndexSearcher s = m.acquire();
            try {
                return work.run(s);
            } finally {
                m.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index failure in " + folder, e);
        }
    }

    synchronized void close() throws IOException {
        manager.close();
    }

    private synchronized SearcherManager current() {
        return manager;
    }
}
