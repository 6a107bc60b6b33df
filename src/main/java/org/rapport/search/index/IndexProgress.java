package org.rapport.search.index;

/** Reports how far a rebuild of the search index is, in sessions. */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total) -> { };

    void progress(int sessionsDone, int sessionsTotal);
}
