package org.rapport.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.rapport.search.analysis.SearchFields;
import org.rapport.search.query.Highlight;

/** The character spans a query matched in an utterance's text fields, merged where they overlap. */
final class MatchHighlights {
    private MatchHighlights() {
    }

    static List<Highlight> of(Matches matches, String text) throws IOException {
        if (matches == null) return List.of();
        List<int[]> spans = new ArrayList<>();
        for (String field : List.of(SearchFields.TEXT, SearchFields.STEMMED)) {
            MatchesIterator it = matches.getMatches(field);
            if (it == null) continue;
            while (it.next()) {
                int s = it.startOffset();
                int e = it.endOffset();
                if (s >= 0 && e > s && e <= text.length()) spans.add(new int[] {s, e});
            }
        }
        spans.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a[1]));
        List<Highlight> out = new ArrayList<>();
        int[] cur = null;
        for (int[] s : spans) {
            if (cur != null && s[0] <= cur[1]) {
                cur[1] = Math.max(cur[1], s[1]);
            } else {
                if (cur != null) out.add(new Highlight(cur[0], cur[1], text.substring(cur[0], cur[1])));
                cur = s;
            }
        }
        if (cur != null) out.add(new Highlight(cur[0], cur[1], text.substring(cur[0], cur[1])));
        return out;
    }
}
