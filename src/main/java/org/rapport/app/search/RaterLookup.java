package org.rapport.app.search;

import org.rapport.model.rater.Rater;

/** Finds the rater a code-context search names. */
@FunctionalInterface
public interface RaterLookup {
    /** The rater of that name; bad input when there is none. */
    Rater raterNamed(String name);
}
