package org.rapport.store;

import java.util.Collection;
import java.util.Set;

/**
 * Which codings, ratings or assignments a bulk read returns, so the store filters instead of the caller.
 * A null part means any; an empty set of sessions or raters selects nothing.
 */
public record Selection(String codebookId, Set<Long> sessionIds, Set<Long> raterIds) {
    /** Every row of the project. */
    public static final Selection ALL = new Selection(null, null, null);

    public Selection {
        sessionIds = sessionIds == null ? null : Set.copyOf(sessionIds);
        raterIds = raterIds == null ? null : Set.copyOf(raterIds);
    }

    /** Only rows of this codebook (null: any codebook). */
    public Selection codebook(String id) {
        return new Selection(id, sessionIds, raterIds);
    }

    /** Only rows of these sessions (null: any session). */
    public Selection sessions(Collection<Long> ids) {
        return new Selection(codebookId, ids == null ? null : Set.copyOf(ids), raterIds);
    }

    /** Only rows of these raters (null: any rater). */
    public Selection raters(Collection<Long> ids) {
        return new Selection(codebookId, sessionIds, ids == null ? null : Set.copyOf(ids));
    }

    /** Only rows of this rater (null: any rater). */
    public Selection rater(Long id) {
        return raters(id == null ? null : Set.of(id));
    }

    /** Only rows of this session. */
    public Selection session(long id) {
        return sessions(Set.of(id));
    }
}
