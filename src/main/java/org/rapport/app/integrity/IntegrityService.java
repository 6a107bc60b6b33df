package org.rapport.app.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.app.search.IndexStatus;
import org.rapport.app.search.SearchService;
import org.rapport.store.ProjectStore;
import org.rapport.store.StoreCheck;

/** Checks a project: its store read in full and the search index against it. */
public final class IntegrityService {
    private final ProjectStore store;
    private final SearchService search;

    public IntegrityService(ProjectStore store, SearchService search) {
        this.store = store;
        this.search = search;
    }

    /** Reads the whole store (changing nothing in it) and compares the search index with it. */
    public CheckReport check() {
        StoreCheck stored = store.check();
        List<String> notes = new ArrayList<>();
        long revision = store.read(tx -> tx.meta().transcriptRevision());
        long utterances = store.read(tx -> tx.sessions().allWithCounts()).stream().mapToLong(s -> s.utterances()).sum();
        try {
            IndexStatus index = search.peek();
            if (index.revision() != revision || index.utterances() != utterances) {
                notes.add(String.format(Locale.ROOT, "the search index is not in step with the store (index: revision"
                        + " %d, %,d utterances; store: revision %d, %,d utterances): it is rebuilt at the next search,"
                        + " or now with: rapport index --rebuild", index.revision(), index.utterances(), revision,
                        utterances));
            }
        } catch (RuntimeException e) {
            notes.add("the search index cannot be read (" + e.getMessage() + "): it is rebuilt at the next search");
        }
        return new CheckReport(stored.problems(), notes, summary(stored.rows()));
    }

    private static String summary(Map<String, Long> rows) {
        return String.format(Locale.ROOT, "%,d sessions, %,d utterances, %,d codings, %,d ratings, %,d audit rows",
                rows.getOrDefault("session", 0L), rows.getOrDefault("utterance", 0L), rows.getOrDefault("coding", 0L),
                rows.getOrDefault("rating", 0L), rows.getOrDefault("audit_log", 0L));
    }
}
