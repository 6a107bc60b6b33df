package org.rapport.app.search;

import org.rapport.search.query.SearchSort;

/**
 * A transcript search: a query in Lucene syntax (empty for every utterance), the order and how many hits to
 * return (all are counted), and an optional code context.
 */
public record SearchRequest(String query, SearchSort sort, int limit, NearCode near) {
    public static final int DEFAULT_LIMIT = 50;

    public SearchRequest {
        sort = sort == null ? SearchSort.TIME : sort;
        if (limit < 0) throw new IllegalArgumentException("negative limit " + limit);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, SearchSort.TIME, DEFAULT_LIMIT, null);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, sort, newLimit, near);
    }
}
