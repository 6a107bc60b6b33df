package org.rapport.store;

import java.time.Instant;

/**
 * One import: what it brings stays invisible to every reader while it is staging, and appears all at once when it
 * is published (docs/decisions/0011-crash-safe-imports-and-backups.md).
 *
 * @param actingRaterId the rater who ran it, or null for the project owner
 * @param actingName    who ran it, as the audit shows it
 * @param osUser        the operating-system account that ran it
 * @param rows          how many rows it published (0 while staging)
 */
public record ImportBatch(long id, Kind kind, boolean published, String source, Long actingRaterId,
                          String actingName, String osUser, Instant startedAt, Instant publishedAt, int rows) {
    /** What an import brings. */
    public enum Kind { SESSION, CODINGS, RATINGS }

    /** Who starts an import, as the batch records it. */
    public record Actor(Long raterId, String name, String osUser) {
    }
}
