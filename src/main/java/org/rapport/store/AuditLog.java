package org.rapport.store;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail: one row per insert, update and delete of a coding or rating, written in the same transaction as
 * the change: by their repositories on a file project, by the database's triggers on a server.
 */
public interface AuditLog {
    /**
     * One audit row: who changed which entity when, before and after as JSON (null for an insert's before).
     *
     * @param raterId       the rater acting; for an import, the rater who ran it (null: the owner)
     * @param importBatchId the import that made the change (its batch says who ran it, from which file), or null
     * @param login         who the engine says made the change: the server login, or on a file project the
     *                      computer's user
     */
    record Entry(long id, Instant at, Long raterId, String action, String entity, long entityId, String beforeJson,
                 String afterJson, Long importBatchId, String login) {
    }

    /** The rows of one coding or rating, oldest first. */
    List<Entry> forEntity(String entity, long entityId);

    /** Every row, oldest first. */
    List<Entry> all();
}
