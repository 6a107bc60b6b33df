package org.rapport.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.rapport.search.analysis.SearchFields;
import org.rapport.search.query.CodingProximity;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;
import org.rapport.search.query.SessionHits;

/**
 * One query against a searcher: counts every hit (per session too) and returns the first {@code limit} in the
 * given order, with highlights and the utterances before and after.
 */
final class HitSearch {
    private HitSearch() {
    }

    /**
     * {@code names} names the sessions (time order is by name); {@code near}, when given, keeps only utterances
     * near the codings it holds.
     */
    static SearchResults run(IndexSearcher searcher, Query query, SearchSort sort, int limit, SessionNames names,
                             CodingProximity near) throws IOException {
        long t0 = System.nanoTime();
        Query q = query;
        if (near != null) {
            q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(LongPoint.newSetQuery(SearchFields.SESSION_ID, near.sessions()), BooleanClause.Occur.FILTER)
                    .build();
        }
        HitCollectorManager.Hits collected = searcher.search(q, new HitCollectorManager(sort, limit, names.rank(), near));
        List<HitRef> top = collected.top();
        List<SearchHit> hits = new ArrayList<>(top.size());
        if (!top.isEmpty()) {
            Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
            UtteranceRows rows = UtteranceRows.around(searcher, top);
            for (HitRef r : top) hits.add(hit(searcher, rows, weight, r, names));
        }
        List<SessionHits> perSession = new ArrayList<>();
        collected.perSession().forEach((id, n) -> perSession.add(new SessionHits(names.name(id), id, n)));
        perSession.sort(Comparator.comparing(SessionHits::session));
        return new SearchResults(collected.total(), hits, perSession, (System.nanoTime() - t0) / 1_000_000);
    }

    private static SearchHit hit(IndexSearcher searcher, UtteranceRows rows, Weight weight, HitRef r,
                                 SessionNames names) throws IOException {
        UtteranceRows.Row row = rows.row(r.doc());
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(r.doc(), leaves));
        return new SearchHit(names.name(row.sessionId()), row.sessionId(), row.utterance(), row.startMs(),
                row.endMs(), row.speaker(), row.role(), row.text(),
                MatchHighlights.of(weight.matches(leaf, r.doc() - leaf.docBase), row.text()), r.score(),
                rows.neighbour(r.doc() - 1, row.sessionId(), row.utterance() - 1),
                rows.neighbour(r.doc() + 1, row.sessionId(), row.utterance() + 1));
    }
}
