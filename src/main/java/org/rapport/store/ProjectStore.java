package org.rapport.store;

import java.time.Instant;
import java.util.List;

/**
 * A project's store, whatever engine keeps it (an H2 file, or a PostgreSQL database). All work goes through a
 * transaction boundary: the work receives a {@link Transaction} whose repositories act inside it.
 * Failures are {@link StoreException}s; a user's mistake found inside the work stays a BadInputException.
 */
public interface ProjectStore extends AutoCloseable {
    /** The highest migration in src/main/resources/db/migration/common (SchemaVersionTest keeps them in step). */
    int SCHEMA_VERSION = 8;

    /** Where the store is, as messages name it (the project folder of a file project). */
    String location();

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Work<T> work);

    /** Runs read-only work; anything it writes is rolled back. */
    <T> T read(Work<T> work);

    /**
     * Reads the whole store and checks it: every table in full (and, where the engine can, through every index),
     * the counts kept beside the rows, the audit trail and unpublished imports. Changes nothing.
     */
    StoreCheck check();

    /** How many rows a step of discarding an unpublished import removes: each step is its own small transaction. */
    int DISCARD_STEP = 2_000;

    /** Removes an unpublished import batch and everything it staged, in small transactions. */
    default void discardImport(long batchId) {
        while (inTransaction(tx -> tx.imports().discardSome(batchId, DISCARD_STEP)) > 0) {
            // each step removed some rows; the last one removed the batch
        }
    }

    /** Removes every batch left staging (by a crash: call it only when no import can be running). */
    default int discardStaleImports() {
        return discardImportsStartedBefore(Instant.MAX);
    }

    /**
     * Removes the batches still staging that began before {@code cutoff}. On a server, where several clients may
     * be importing at once, only a batch far older than any import takes is surely abandoned (its client crashed).
     */
    default int discardImportsStartedBefore(Instant cutoff) {
        List<ImportBatch> stale = read(tx -> tx.imports().staging()).stream()
                .filter(b -> b.startedAt().isBefore(cutoff)).toList();
        for (ImportBatch b : stale) discardImport(b.id());
        return stale.size();
    }

    @Override
    void close();

    /** Work done through the repositories of one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx);
    }
}
