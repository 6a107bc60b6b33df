package org.rapport.model.codebook;

import java.util.List;

import org.rapport.model.session.Role;

/**
 * A code of a codebook (a rupture marker, a resolution strategy ...).
 *
 * @param group    id of the group it belongs to (withdrawal, confrontation, resolution ...)
 * @param hotkey   default key, a single character or a key name such as "F5"; may be null
 * @param searches saved searches that flag candidate moments for this code
 * @param appliesTo whose speech the code applies to, as the code itself says ({@link Role#CLIENT} or
 *                  {@link Role#THERAPIST}), or null; {@link Codebook#appliesTo} adds what its group says
 */
public record Code(String id, String label, String group, String description, String hotkey, CodeKind kind,
                   List<SavedSearch> searches, Role appliesTo) {
    public Code {
        searches = searches == null ? List.of() : List.copyOf(searches);
    }

    public Code(String id, String label, String group, String description, String hotkey, CodeKind kind,
                List<SavedSearch> searches) {
        this(id, label, group, description, hotkey, kind, searches, null);
    }
}
