package org.rapport.store;

import org.rapport.model.session.Session;

/** A session with the sizes of its transcript, kept with the session so listing needs no scan of utterances. */
public record SessionCounts(Session session, int utterances, int participants) {
}
