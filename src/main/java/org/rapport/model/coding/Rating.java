package org.rapport.model.coding;

import java.time.Instant;

/**
 * A value given by a rater to a scale item, for one segment or for the whole session.
 *
 * @param segment segment index from 0, or null for a whole-session rating
 */
public record Rating(long id, long sessionId, long raterId, String codebookId, String codebookVersion, String itemId,
                     Integer segment, double value, Instant updated) {
}
