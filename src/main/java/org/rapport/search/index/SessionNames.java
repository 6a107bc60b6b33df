package org.rapport.search.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Session ids with their names, and each session's place in name order (hits sorted by time go session by session). */
public final class SessionNames {
    private final Map<Long, String> names;
    private final Map<Long, Integer> rank;

    public SessionNames(Map<Long, String> names) {
        this.names = Map.copyOf(names);
        List<Map.Entry<Long, String>> entries = new ArrayList<>(names.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        Map<Long, Integer> r = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) r.put(entries.get(i).getKey(), i);
        this.rank = r;
    }

    public String name(long sessionId) {
        return names.getOrDefault(sessionId, "#" + sessionId);
    }

    /** Every name, by session id. */
    public Map<Long, String> asMap() {
        return names;
    }

    Map<Long, Integer> rank() {
        return rank;
    }
}
