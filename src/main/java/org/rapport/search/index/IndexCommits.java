package org.rapport.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.search.analysis.IndexLanguage;
import org.rapport.search.analysis.SearchFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every change to the index, through its one writer, and the store revision each commit records. A failed change
 * is rolled back, so the index stays at its last commit and its recorded revision says so; a single-session change
 * is searchable at once and committed just after, on a thread of its own.
 */
final class IndexCommits {
    private static final Logger LOG = LoggerFactory.getLogger(IndexCommits.class);

    private final IndexFolder folder;
    private final IndexLanguage language;
    private final Analyzer analyzer;
    private final SharedSearcher searcher;
    private IndexWriter writer;
    /** The revision searches see (changes applied, maybe not yet committed). */
    private long revision;
    /** The revision the last commit on disk records. */
    private long committedRevision;
    /** Commits single-session changes just after they are applied, so the change itself returns sooner. */
    private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index-commit");
        t.setDaemon(true);
        return t;
    });

    IndexCommits(IndexFolder folder, IndexLanguage language, Analyzer analyzer, SharedSearcher searcher)
            throws IOException {
        this.folder = folder;
        this.language = language;
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.revision = folder.recordedRevision();
        this.committedRevision = revision;
        openWriter();
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(false);
        writer = folder.openWriter(config);
        searcher.open(writer);
    }

    /** The transcript revision of the store that searches see; -1 when the index must be built. */
    synchronized long revision() {
        return revision;
    }

    /** Replaces the whole index with the sessions of the source and commits it as reflecting {@code storeRevision}. */
    synchronized void rebuild(SessionSource source, long storeRevision, IndexProgress progress) {
        try {
            // a rebuild flushes a few large segments: compound files would only cost a copy
            writer.getConfig().setUseCompoundFile(false);
            IndexRebuild.replaceAll(writer, source, progress);
            commit(storeRevision);
            writer.getConfig().setUseCompoundFile(true);
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw rolledBack("cannot rebuild the search index", e);
        }
    }

    /** Replaces one session's utterances (a new or edited transcript): searches see it at once, the commit follows. */
    synchronized void replaceSession(Session s, Transcript t, long storeRevision) {
        try {
            writer.deleteDocuments(LongPoint.newExactQuery(SearchFields.SESSION_ID, s.id()));
            writer.addDocuments(UtteranceDocuments.of(s, t));
            applied(storeRevision);
        } catch (IOException | RuntimeException e) {
            throw rolledBack("cannot update the search index", e);
        }
    }

    /** Removes a deleted session's utterances: searches see it at once, the commit follows. */
    synchronized void deleteSession(long sessionId, long storeRevision) {
        try {
            writer.deleteDocuments(LongPoint.newExactQuery(SearchFields.SESSION_ID, sessionId));
            applied(storeRevision);
        } catch (IOException | RuntimeException e) {
            throw rolledBack("cannot update the search index", e);
        }
    }

    private void commit(long storeRevision) throws IOException {
        writer.setLiveCommitData(CommitData.of(storeRevision, language));
        writer.commit();
        revision = storeRevision;
        committedRevision = storeRevision;
        searcher.refresh();
    }

    /**
     * A single-session change is visible to searches at once (near-real-time reader); the commit that records its
     * revision on disk follows on the committer thread. Should the process die before it, the index on disk says
     * an older revision than the store, and is rebuilt on the next open: never trusted stale.
     */
    private void applied(long storeRevision) throws IOException {
        revision = storeRevision;
        searcher.refresh();
        committer.execute(this::commitPending);
    }

    /**
     * Commits what is applied, without holding the lock, so a change that follows need not wait for the fsyncs.
     * The revision is taken before the commit starts: a change applied meanwhile may be in the commit but is not
     * claimed by it, which at worst costs a rebuild, never a stale index trusted.
     */
    private void commitPending() {
        long r;
        IndexWriter w;
        synchronized (this) {
            r = revision;
            w = writer;
            if (committedRevision == r || !w.isOpen()) return;
            w.setLiveCommitData(CommitData.of(r, language));
        }
        try {
            w.commit();
            synchronized (this) {
                if (w == writer) committedRevision = Math.max(committedRevision, r);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index commit failed (the index will be rebuilt on next open): {}", e.toString());
        }
    }

    /** Waits until every applied change is committed (tests, and before closing). */
    void awaitCommitted() {
        try {
            committer.submit(this::commitPending).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("search index commit failed", e.getCause());
        }
    }

    /** Rolls back and returns the failure to throw. */
    private RuntimeException rolledBack(String what, Exception e) {
        rollback();
        if (e instanceof RuntimeException re) return re;
        return new UncheckedIOException(what, e instanceof IOException io ? io : new IOException(e));
    }

    /** Drops uncommitted changes: the index stays at its last commit, and its recorded revision says so. */
    private void rollback() {
        try {
            searcher.close();
            writer.rollback();
            revision = committedRevision;
            openWriter();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot roll back the search index", e);
        }
    }

    /** Lets pending commits finish, commits what is still applied only, and closes the writer. */
    void close() throws IOException {
        committer.shutdown();
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeNow();
    }

    private synchronized void closeNow() throws IOException {
        if (committedRevision != revision) commit(revision);
        searcher.close();
        writer.close();
    }
}
