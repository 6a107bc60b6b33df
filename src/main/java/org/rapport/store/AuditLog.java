package org.rapport.store;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail: one row per insert, update and delete of a coding or rating, written by their repositories in
 * the same transaction as the change.
 */
public interface AuditLog {
    /** One audit row: who changed which entity when, before and after as JSON (null for an insert's before). */
    record Entry(long id, Instant at, Long raterId, String action, String entity, long entityId, String beforeJson,
                 String afterJson) {
    }

    /** The rows of one coding or rating, oldest first. */
    List<Entry> forEntity(String entity, long entityId);

    /** Every row, oldest first. */
    List<Entry> all();
}
