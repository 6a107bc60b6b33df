package org.rapport.app.search;


import org.apache.lucene.search.Query;
import org.rapport.model.rater.Rater;
import org.rapport.search.query.CodingProximity;
import org.rapport.search.query.SearchResults;
import org.rapport.transcript.Output;

/**
 * Searches a project's transcripts: a query with its order, limit and optional code context. The context sees
 * only the codings the viewer may see: an observer only their own.
 */
public final class TranscriptSearch {
    private final SearchIndexKeeper index;
    private final SessionNameCache names;
    private final NearCodeFilter nearCode;

    TranscriptSearch(SearchIndexKeeper index, SessionNameCache names, NearCodeFilter nearCode) {
        this.index = index;
        this.names = names;
        this.nearCode = nearCode;
    }

    /** Runs a search; the query and code context are checked before the index is touched. */
    public SearchResults search(SearchRequest request, Rater viewer) {
        Query q = index.parser().parse(request.query());
        CodingProximity near = request.near() == null ? null : nearCode.proximity(request.near(), viewer);
        return index.current().search(q, request.sort(), request.limit(), names.current(), near);
    }

    /** Writes every hit of a search (not only the first) to a CSV file; returns how many rows it wrote. */
    public long exportCsv(SearchRequest request, Rater viewer, Output csv) {
        SearchResults r = search(request.withLimit(Integer.MAX_VALUE), viewer);
        HitsCsv.write(r.hits(), csv);
        return r.hits().size();
    }
}
