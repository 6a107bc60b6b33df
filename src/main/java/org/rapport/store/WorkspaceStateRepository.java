package org.rapport.store;

import java.util.Optional;

/** Small per-rater key/value state (last session, position, layout) so the workspace reopens as it was left. */
public interface WorkspaceStateRepository {
    /** Sets a value, replacing the one the rater had under that key. */
    void put(long raterId, String key, String value);

    Optional<String> get(long raterId, String key);
}
