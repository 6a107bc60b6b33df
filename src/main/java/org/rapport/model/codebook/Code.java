package org.rapport.model.codebook;

import java.util.List;

/**
 * A code of a codebook (a rupture marker, a resolution strategy ...).
 *
 * @param group    id of the group it belongs to (withdrawal, confrontation, resolution ...)
 * @param hotkey   default key, a single character or a key name such as "F5"; may be null
 * @param searches saved searches that flag candidate moments for this code
 */
public record Code(String id, String label, String group, String description, String hotkey, CodeKind kind,
                   List<SavedSearch> searches) {
    public Code {
        searches = searches == null ? List.of() : List.copyOf(searches);
    }
}
