package org.rapport.store;

import java.util.List;

/**
 * Import batches: an import begins one, writes its rows in small transactions naming it, and publishes it in one
 * small transaction; until then no reader sees any of its rows. A batch left staging by a crash is discarded in
 * small steps.
 */
public interface ImportBatchRepository {
    /** Starts a batch (commit it before staging rows into it). */
    long begin(ImportBatch.Kind kind, String source, ImportBatch.Actor actor);

    /** Makes every row of the batch visible at once; moves the transcript revision on for a session import. */
    void publish(long batchId, int rows);

    /**
     * Batches still staging, oldest first. On a file project, which one process holds at a time, every one found
     * at open was left by a crash; a server store shared by clients must tell a live import from a dead one.
     */
    List<ImportBatch> staging();

    /** Every batch, oldest first. */
    List<ImportBatch> all();

    /**
     * Removes up to {@code limit} rows of an unpublished batch, and the batch itself once it holds none; returns
     * how many rows it removed (0 when the batch is gone). Call it in one transaction after another until it
     * returns 0, so that no transaction grows large.
     */
    int discardSome(long batchId, int limit);
}
