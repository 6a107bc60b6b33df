package org.rapport.search.query;

import java.util.List;

/**
 * One utterance that matched, with where it is (session, index, times), who said it, the matched words and the
 * utterances before and after it (null at the start or end of a session).
 */
public record SearchHit(String session, long sessionId, int utterance, long startMs, long endMs, String speaker,
                        String role, String text, List<Highlight> highlights, float score, UtteranceRef previous,
                        UtteranceRef next) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** The matched words, in order. */
    public List<String> highlightedWords() {
        return highlights.stream().map(Highlight::words).toList();
    }

    /** The text with every match wrapped in the given marks, for keyword-in-context display. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Highlight h : highlights) {
            sb.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
