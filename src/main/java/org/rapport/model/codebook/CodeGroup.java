package org.rapport.model.codebook;

import org.rapport.model.session.Role;

/**
 * A named group of codes, such as withdrawal markers.
 *
 * @param appliesTo whose speech the group's codes apply to ({@link Role#CLIENT} or {@link Role#THERAPIST}), or null
 *                  for anyone's
 */
public record CodeGroup(String id, String label, Role appliesTo) {
    public CodeGroup(String id, String label) {
        this(id, label, null);
    }
}
