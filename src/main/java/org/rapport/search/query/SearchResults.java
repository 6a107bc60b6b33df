package org.rapport.search.query;

import java.util.List;

/**
 * The answer to a search: every hit counted ({@code total}), the first ones in the requested order ({@code hits}),
 * and hits per session (sessions by name, only those with hits).
 */
public record SearchResults(long total, List<SearchHit> hits, List<SessionHits> perSession, long tookMs) {
    public SearchResults {
        hits = List.copyOf(hits);
        perSession = List.copyOf(perSession);
    }
}
