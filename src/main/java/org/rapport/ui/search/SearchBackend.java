package org.rapport.ui.search;

import java.util.List;

/**
 * What the search panel needs: named lexicons (marker word lists with their queries) and a query that returns hits
 * with context. Kept small so the panel does not depend on how search is implemented.
 */
public interface SearchBackend {
    record Lexicon(String name, String query, String description) {
    }

    /**
     * @param utterance its index in the session's transcript
     * @param matches   where the query matched in {@code text}, as {start, end} character offsets, in order
     * @param words     the matched words, as they stand in the text
     */
    record Hit(long sessionId, String sessionName, long startMs, String speaker, String before, String text,
               String after, int utterance, List<int[]> matches, List<String> words) {
        public Hit {
            matches = List.copyOf(matches);
            words = List.copyOf(words);
        }
    }

    List<Lexicon> lexicons();

    List<Hit> search(String query, int limit);

    /** One line about how queries are read, for the panel's hint. */
    String syntaxHint();
}
