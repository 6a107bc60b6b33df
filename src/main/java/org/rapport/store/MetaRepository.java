package org.rapport.store;

import java.util.Optional;

/** Project-wide settings and counters: the transcript revision the search index follows, the search language. */
public interface MetaRepository {
    /** The revision of all transcripts together; every transcript change (replace, session delete) moves it on. */
    long transcriptRevision();

    /** The search language's key, if set. */
    Optional<String> language();

    void setLanguage(String key);

    /** A project setting by its key (docs/architecture.md lists them), if set. */
    Optional<String> setting(String key);

    void setSetting(String key, String value);
}
