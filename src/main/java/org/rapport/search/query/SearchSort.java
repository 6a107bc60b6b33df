package org.rapport.search.query;

import java.util.Locale;

import org.rapport.model.BadInputException;

/** How hits are ordered: by session (name) and time, or by relevance (then time). */
public enum SearchSort {
    TIME, RELEVANCE;

    public static SearchSort fromKey(String key) {
        for (SearchSort s : values()) if (s.name().equalsIgnoreCase(key == null ? "" : key.trim())) return s;
        throw new BadInputException("unknown sort '" + key + "'; use time or relevance");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
