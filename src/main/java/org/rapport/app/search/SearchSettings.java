package org.rapport.app.search;

import java.util.Optional;

/** The project's search settings, kept in its store. */
public interface SearchSettings {
    /** The search language's key, when one was set. */
    Optional<String> languageKey();

    void saveLanguageKey(String key);
}
