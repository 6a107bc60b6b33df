package org.rapport.store.jdbc;

/**
 * The one rule of what readers see: a row an import wrote is visible only once its batch is published; a row made
 * any other way (by a coder, by {@code raters --add}) has no batch and is always visible. Every query of sessions,
 * codings, ratings and audit rows adds this condition, so a crash halfway through an import shows nothing of it.
 * Utterances and participants are reached only through a visible session.
 */
final class Visibility {
    static final String PUBLISHED = "published";
    static final String STAGING = "staging";
    /** A server's batch whose rows were removed; it stays because its audit rows do (they are never deleted). */
    static final String DISCARDED = "discarded";

    private Visibility() {
    }

    /** The condition on the column {@code import_batch_id} of the table a query reads (unqualified). */
    static final String VISIBLE = "(import_batch_id IS NULL OR import_batch_id IN (SELECT id FROM import_batch"
            + " WHERE state = '" + PUBLISHED + "'))";

    /** {@code " AND "} and the condition, for a query whose WHERE is written out. */
    static final String AND_VISIBLE = " AND " + VISIBLE;
}
