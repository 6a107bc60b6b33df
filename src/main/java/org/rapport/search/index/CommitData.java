package org.rapport.search.index;

import java.util.Map;

import org.rapport.search.analysis.IndexLanguage;

/**
 * What every commit of the index records in its user data: the store's transcript revision it reflects, and the
 * language and schema it was built with. An index recorded with another language or schema is rebuilt.
 */
final class CommitData {
    /** Raised whenever documents are built differently, so older indexes are rebuilt rather than misread. */
    static final String SCHEMA = "4";
    private static final String KEY_REVISION = "transcript_revision";
    private static final String KEY_LANGUAGE = "language";
    private static final String KEY_SCHEMA = "schema";

    private CommitData() {
    }

    /** The user data of a commit that reflects {@code revision}. */
    static Iterable<Map.Entry<String, String>> of(long revision, IndexLanguage language) {
        return Map.of(KEY_REVISION, Long.toString(revision), KEY_LANGUAGE, language.key(), KEY_SCHEMA, SCHEMA)
                .entrySet();
    }

    /** The revision a commit recorded, or -1 when it was built differently or the revision is unreadable. */
    static long revision(Map<String, String> userData, IndexLanguage language) {
        if (!SCHEMA.equals(userData.get(KEY_SCHEMA)) || !language.key().equals(userData.get(KEY_LANGUAGE))) return -1;
        try {
            return Long.parseLong(userData.getOrDefault(KEY_REVISION, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
