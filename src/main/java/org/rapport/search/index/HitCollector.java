package org.rapport.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.rapport.search.analysis.SearchFields;
import org.rapport.search.query.CodingProximity;
import org.rapport.search.query.SearchSort;

/**
 * Counts every hit of one slice of the index (per session too) and keeps its best {@code limit} in order. Doc values
 * give session, time and index without loading stored fields, so counting thousands of hits stays cheap.
 */
final class HitCollector extends SimpleCollector {
    private final SearchSort sort;
    private final int limit;
    private final Map<Long, Integer> rank;
    private final CodingProximity near;
    private final Comparator<HitRef> order;
    private final PriorityQueue<HitRef> queue;
    private final Map<Long, Integer> perSession = new HashMap<>();
    private long total;
    private int docBase;
    private Scorable scorer;
    private NumericDocValues sessionIds;
    private NumericDocValues starts;
    private NumericDocValues ends;
    private NumericDocValues utterances;
    private long lastSession = Long.MIN_VALUE;
    private int lastCount;

    HitCollector(SearchSort sort, int limit, Map<Long, Integer> rank, CodingProximity near) {
        this.sort = sort;
        this.limit = limit;
        this.rank = rank;
        this.near = near;
        this.order = HitRef.order(sort);
        this.queue = new PriorityQueue<>(Math.max(1, Math.min(limit, 10_000)) + 1, order.reversed());
    }

    @Override
    public ScoreMode scoreMode() {
        return sort == SearchSort.RELEVANCE && limit > 0 ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        sessionIds = context.reader().getNumericDocValues(SearchFields.SESSION_ID);
        starts = context.reader().getNumericDocValues(SearchFields.START_MS);
        ends = context.reader().getNumericDocValues(SearchFields.END_MS);
        utterances = context.reader().getNumericDocValues(SearchFields.UTTERANCE);
    }

    @Override
    public void collect(int doc) throws IOException {
        long sessionId = value(sessionIds, doc);
        long start = value(starts, doc);
        if (near != null && !near.accepts(sessionId, start, value(ends, doc))) return;
        total++;
        countSession(sessionId);
        if (limit <= 0) return;
        HitRef r = new HitRef(docBase + doc, rank.getOrDefault(sessionId, Integer.MAX_VALUE), sessionId, start,
                (int) value(utterances, doc), sort == SearchSort.RELEVANCE ? scorer.score() : 0f);
        if (queue.size() < limit) {
            queue.add(r);
        } else if (order.compare(r, queue.peek()) < 0) {
            queue.poll();
            queue.add(r);
        }
    }

    /** Hits of a session arrive together, so count runs before touching the map. */
    private void countSession(long sessionId) {
        if (sessionId == lastSession) {
            lastCount++;
            return;
        }
        flush();
        lastSession = sessionId;
        lastCount = 1;
    }

    private void flush() {
        if (lastCount > 0) perSession.merge(lastSession, lastCount, Integer::sum);
        lastCount = 0;
    }

    private static long value(NumericDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.longValue() : 0;
    }

    long total() {
        return total;
    }

    /** Hits per session id. */
    Map<Long, Integer> perSession() {
        flush();
        return perSession;
    }

    /** The best hits of this slice, in order. */
    List<HitRef> top() {
        List<HitRef> out = new ArrayList<>(queue);
        out.sort(order);
        return out;
    }
}
