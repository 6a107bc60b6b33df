package org.rapport.ui.search;

import java.util.List;

/**
 * What the search panel needs: named lexicons (marker word lists with their queries) and a query that returns hits
 * with context. Kept small so the panel does not depend on how search is implemented.
 */
public interface SearchBackend {
    record Lexicon(String name, String query, String description) {
    }

    record Hit(long sessionId, String sessionName, long startMs, String speaker, String before, String text,
               String after) {
    }

    List<Lexicon> lexicons();

    List<Hit> search(String query, int limit);

    /** One line about how queries are read, for the panel's hint. */
    String syntaxHint();
}
