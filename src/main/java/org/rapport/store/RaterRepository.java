package org.rapport.store;

import java.util.List;
import java.util.Optional;

import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;

/** The people who code and rate. */
public interface RaterRepository {
    Rater insert(String name, RaterRole role);

    Optional<Rater> byName(String name);

    Optional<Rater> byId(long id);

    /** All raters, by name. */
    List<Rater> all();
}
