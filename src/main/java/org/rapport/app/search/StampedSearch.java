package org.rapport.app.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.search.Query;
import org.rapport.search.analysis.IndexLanguage;
import org.rapport.search.index.IndexSnapshot;
import org.rapport.search.index.SessionNames;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.TranscriptQueryParser;
import org.rapport.store.ProjectStore;
import org.rapport.store.StoreFileState;

/**
 * A search of a file project from the shell that opens the index only, when its {@link IndexStamp} shows that the
 * index reflects the store as it is: the store file not written since the stamp, the index at the stamped commit.
 * Anything else (no stamp, any difference, a query with code context) is left to the way through the store, which
 * then stamps the index it found current (docs/decisions/0022-search-from-the-shell.md).
 */
public final class StampedSearch {
    /**
     * How long the store file must have been left alone before a stamp trusts its state: a write within the same
     * tick of the file system's clock could leave its times as they were.
     */
    static final Duration QUIET = Duration.ofSeconds(2);

    private StampedSearch() {
    }

    /**
     * The results from the index alone, or empty when the stamp does not vouch for it.
     *
     * @param store the store file's state now, read before anything else
     */
    public static Optional<SearchResults> search(Path projectFolder, StoreFileState store, SearchRequest request) {
        if (request.near() != null) return Optional.empty(); // code context reads codings from the store
        Path indexFolder = projectFolder.resolve(SearchService.INDEX_FOLDER);
        Optional<IndexStamp> stamp = IndexStamp.read(indexFolder);
        if (stamp.isEmpty() || !vouchesFor(stamp.get(), store)) return Optional.empty();
        IndexStamp st = stamp.get();
        return searchCommit(indexFolder, st.revision(), st.indexGeneration(), st.language(), st.sessionNames(), request);
    }

    /**
     * Through the store, once it said its revision, language and session names: the index's last commit when it
     * records that revision, searched as {@link #search} does, without the writer the way that judges and rebuilds
     * the index opens; empty when it does not (the caller then takes that way).
     */
    public static Optional<SearchResults> searchAtRevision(Path projectFolder, long revision, String language,
                                                           Map<Long, String> names, SearchRequest request) {
        if (request.near() != null) return Optional.empty();
        return searchCommit(projectFolder.resolve(SearchService.INDEX_FOLDER), revision, -1, language, names, request);
    }

    /** @param generation the commit required, or -1 for the last one, whichever it is */
    private static Optional<SearchResults> searchCommit(Path indexFolder, long revision, long generation,
                                                        String languageKey, Map<Long, String> names,
                                                        SearchRequest request) {
        IndexLanguage language = IndexLanguage.fromKey(languageKey);
        Query q = TranscriptQueryParser.forLanguage(language).parse(request.query()); // bad input before the index
        try (IndexSnapshot index = IndexSnapshot.open(indexFolder, language)) {
            if (index == null || index.revision() != revision || (generation >= 0 && index.generation() != generation)) {
                return Optional.empty();
            }
            return Optional.of(index.search(q, request.sort(), request.limit(), new SessionNames(names), null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the way through the store judges the index, and rebuilds it if damaged
        }
    }

    private static boolean vouchesFor(IndexStamp stamp, StoreFileState store) {
        return stamp.storeFingerprint().equals(store.fingerprint()) && stamp.storeSchema() == ProjectStore.SCHEMA_VERSION;
    }

    /**
     * After a search through the store: stamps the index when its last commit reflects the revision the store had,
     * and the store file is as it was before the store was opened and was left alone long enough before that.
     *
     * @param before   the store file's state before the store was opened
     * @param after    the store file's state now, after the store was closed
     * @param readAt   when {@code before} was read: the file must have been left alone for a while by then
     * @param revision the transcript revision the store held
     * @param names    the session names the store held
     */
    public static void stampIfCurrent(Path projectFolder, StoreFileState before, Optional<StoreFileState> after,
                                      Instant readAt, long revision, String language, Map<Long, String> names) {
        if (before.changed().isAfter(readAt.minus(QUIET))) return;
        Path indexFolder = projectFolder.resolve(SearchService.INDEX_FOLDER);
        if (after.isEmpty() || !after.get().equals(before)) return;
        try (IndexSnapshot index = IndexSnapshot.open(indexFolder, IndexLanguage.fromKey(language))) {
            if (index == null || index.revision() != revision) return;
            new IndexStamp(before.fingerprint(), ProjectStore.SCHEMA_VERSION, revision, language, index.generation(),
                    names).write(indexFolder);
        } catch (IOException | RuntimeException e) {
            // no stamp (a read-only folder, say): the next search goes through the store again; a stamp is only
            // ever a shortcut, so failing to write one never fails the search that has its answer already
        }
    }
}
