package org.rapport.search;

/** How many hits a session has. */
public record SessionHits(String session, long sessionId, int hits) {
}
