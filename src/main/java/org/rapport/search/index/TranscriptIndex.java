package org.rapport.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.search.analysis.FieldAnalyzers;
import org.rapport.search.analysis.IndexLanguage;
import org.rapport.search.query.CodingProximity;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;
import org.rapport.search.query.TranscriptQueryParser;

/**
 * The Lucene index of a project's transcripts, one document per utterance, in {@code <project>/index}: its folder
 * ({@link IndexFolder}), its writer and commits ({@link IndexCommits}) and its shared searcher
 * ({@link SharedSearcher}), opened and closed together. It is derived from the store: every commit records the
 * transcript revision it reflects, so a stale, damaged or differently built index is noticed and rebuilt, never
 * trusted.
 */
public final class TranscriptIndex implements AutoCloseable {
    /** Marks a folder as a Rapport index, so a folder holding something else is never wiped. */
    public static final String MARKER = IndexFolder.MARKER;

    private final IndexFolder folder;
    private final IndexLanguage language;
    private final Analyzer analyzer;
    private final SharedSearcher searcher;
    private final IndexCommits commits;

    private TranscriptIndex(IndexFolder folder, IndexLanguage language) throws IOException {
        this.folder = folder;
        this.language = language;
        this.analyzer = FieldAnalyzers.create(language);
        this.searcher = new SharedSearcher(folder.path());
        this.commits = new IndexCommits(folder, language, analyzer, searcher);
    }

    /**
     * Opens the index in the folder, creating it when missing. A damaged index, or one built with another language
     * or schema, is emptied (its {@link #revision()} is then -1, so the caller rebuilds it). A folder that holds
     * something other than a Rapport index, or one another process writes, is bad input and is left untouched.
     */
    public static TranscriptIndex open(Path folder, IndexLanguage language) {
        IndexFolder f = IndexFolder.open(folder, language);
        try {
            return new TranscriptIndex(f, language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + f.path(), e);
        } catch (RuntimeException e) {
            closeQuietly(f);
            throw e;
        }
    }

    /**
     * An index in memory only, for a project whose transcripts must not reach the disk in clear (an encrypted
     * project). It is empty when opened ({@link #revision()} -1), so the caller builds it from the store.
     *
     * @param name how messages name it (there is no folder)
     */
    public static TranscriptIndex inMemory(String name, IndexLanguage language) {
        try {
            return new TranscriptIndex(IndexFolder.inMemory(name), language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index in memory", e);
        }
    }

    private static void closeQuietly(IndexFolder f) {
        try {
            f.close();
        } catch (IOException e) {
            // the failure that closed it is the one to report
        }
    }

    public Path folder() {
        return folder.path();
    }

    public IndexLanguage language() {
        return language;
    }

    /** The transcript revision of the store this index reflects; -1 when it must be built. */
    public long revision() {
        return commits.revision();
    }

    /** True when the index was found damaged on opening (and emptied). */
    public boolean wasDamaged() {
        return folder.wasDamaged();
    }

    public int utteranceCount() {
        return searcher.withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Replaces the whole index with the sessions of the source and commits it as reflecting {@code storeRevision}.
     * The source is read on this thread while the writer analyses sessions on the others (one per core).
     */
    public void rebuild(SessionSource source, long storeRevision, IndexProgress progress) {
        commits.rebuild(source, storeRevision, progress);
    }

    /** Replaces one session's utterances (a new or edited transcript): searches see it at once, the commit follows. */
    public void replaceSession(Session s, Transcript t, long storeRevision) {
        commits.replaceSession(s, t, storeRevision);
    }

    /** Removes a deleted session's utterances: searches see it at once, the commit follows. */
    public void deleteSession(long sessionId, long storeRevision) {
        commits.deleteSession(sessionId, storeRevision);
    }

    /** Waits until every applied change is committed (tests, and before closing). */
    public void awaitCommitted() {
        commits.awaitCommitted();
    }

    /** Parses a query with this index's analyzers (bad input when malformed). */
    public Query parse(String query) {
        return new TranscriptQueryParser(analyzer).parse(query);
    }

    /**
     * Runs a query: counts every hit (per session too) and returns the first {@code limit} in the given order,
     * with highlights and context. {@code sessionNames} names the sessions (time order is by name);
     * {@code near}, when given, keeps only utterances near the codings it holds.
     */
    public SearchResults search(Query query, SearchSort sort, int limit, SessionNames sessionNames,
                                CodingProximity near) {
        return searcher.withSearcher(s -> HitSearch.run(s, query, sort, limit, sessionNames, near));
    }

    @Override
    public void close() {
        try {
            commits.close();
            folder.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index in " + folder.path(), e);
        }
    }
}
