package org.rapport.app.search;

import java.util.List;

import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SessionHits;

/**
 * Candidate moments a codebook's saved searches flag, per code and session. They are flags for a human coder to
 * look at, never codings.
 */
public record LexiconResults(String codebookId, String codebookVersion, List<CodeFlags> codes) {
    public LexiconResults {
        codes = List.copyOf(codes);
    }

    /** The flags of one code: one entry per saved search. */
    public record CodeFlags(String codeId, String label, String group, List<SearchFlags> searches) {
        public CodeFlags {
            searches = List.copyOf(searches);
        }

        public long total() {
            return searches.stream().mapToLong(SearchFlags::total).sum();
        }
    }

    /** What one saved search found: all hits counted, per session, and the first moments by session and time. */
    public record SearchFlags(String query, String description, long total, List<SessionHits> perSession,
                              List<SearchHit> moments) {
        public SearchFlags {
            perSession = List.copyOf(perSession);
            moments = List.copyOf(moments);
        }
    }
}
