package org.rapport.search.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.CollectorManager;
import org.rapport.search.query.CodingProximity;
import org.rapport.search.query.SearchSort;

/**
 * One {@link HitCollector} per slice of the index the searcher searches, merged into one answer: every hit counted,
 * per session too, and the best {@code limit} of all slices in order.
 */
final class HitCollectorManager implements CollectorManager<HitCollector, HitCollectorManager.Hits> {
    /** What a search collected: hit counts (total and per session id) and the best hits in order. */
    record Hits(long total, Map<Long, Integer> perSession, List<HitRef> top) {
    }

    private final SearchSort sort;
    private final int limit;
    private final Map<Long, Integer> rank;
    private final CodingProximity near;

    /** {@code rank} is each session's place in name order; {@code near}, when given, keeps hits near its codings. */
    HitCollectorManager(SearchSort sort, int limit, Map<Long, Integer> rank, CodingProximity near) {
        this.sort = sort;
        this.limit = limit;
        this.rank = rank;
        this.near = near;
    }

    @Override
    public HitCollector newCollector() {
        return new HitCollector(sort, limit, rank, near);
    }

    @Override
    public Hits reduce(Collection<HitCollector> collectors) {
        if (collectors.size() == 1) {
            // a searcher without an executor searches the whole index with one collector: nothing to merge
            HitCollector c = collectors.iterator().next();
            return new Hits(c.total(), c.perSession(), c.top());
        }
        long total = 0;
        Map<Long, Integer> perSession = new HashMap<>();
        List<HitRef> top = new ArrayList<>();
        for (HitCollector c : collectors) {
            total += c.total();
            c.perSession().forEach((session, n) -> perSession.merge(session, n, Integer::sum));
            top.addAll(c.top());
        }
        Comparator<HitRef> order = HitRef.order(sort);
        top.sort(order);
        return new Hits(total, perSession, List.copyOf(top.subList(0, Math.min(limit, top.size()))));
    }
}
