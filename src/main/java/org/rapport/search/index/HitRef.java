package org.rapport.search.index;

import java.util.Comparator;

import org.rapport.search.query.SearchSort;

/** A hit as collected: its document (in the whole index) and what it is ordered by. */
record HitRef(int doc, int sessionRank, long sessionId, long startMs, int utterance, float score) {
    /**
     * The order of hits: by session (in name order) and time, or by relevance and then so. The document breaks the
     * last ties, so hits merged from several collectors come out the same however the index is cut.
     */
    static Comparator<HitRef> order(SearchSort sort) {
        Comparator<HitRef> byTime = Comparator.comparingInt(HitRef::sessionRank).thenComparingLong(HitRef::startMs)
                .thenComparingInt(HitRef::utterance);
        Comparator<HitRef> order = sort == SearchSort.RELEVANCE
                ? Comparator.comparing(HitRef::score, Comparator.reverseOrder()).thenComparing(byTime) : byTime;
        return order.thenComparingInt(HitRef::doc);
    }
}
