package org.rapport.search.query;

/** How many hits a session has. */
public record SessionHits(String session, long sessionId, int hits) {
}
