package org.rapport.app.imports;

import java.util.List;

import org.rapport.app.identity.ActingIdentity;
import org.rapport.store.ImportBatch;
import org.rapport.store.ProjectStore;
import org.rapport.store.Transaction;

/**
 * Writes an import without one large transaction (docs/decisions/0011-crash-safe-imports-and-backups.md): it
 * begins an import batch, writes the rows in chunks of {@link #CHUNK}, each its own transaction and invisible to
 * readers, and publishes the batch in one small transaction. A failure discards what was staged; a crash leaves a
 * staging batch that the next open of the project discards.
 */
final class StagedWrite {
    /** Rows per transaction: small enough that H2 never holds a large transaction, large enough to be quick. */
    static final int CHUNK = 2_000;

    /** Writes the rows of one batch; called once, it runs its transactions through {@link Chunks}. */
    @FunctionalInterface
    interface Staging {
        void stage(long batchId, Chunks chunks);
    }

    /** Runs one step of staging in its own transaction. */
    @FunctionalInterface
    interface Step<T> {
        T run(Transaction tx);
    }

    /** Runs steps and chunks of a batch, each in a transaction of its own. */
    static final class Chunks {
        private final ProjectStore store;

        private Chunks(ProjectStore store) {
            this.store = store;
        }

        <T> T step(Step<T> step) {
            return store.inTransaction(step::run);
        }

        /** Writes the items chunk by chunk. */
        <T> void each(List<T> items, ChunkWriter<T> writer) {
            for (int from = 0; from < items.size(); from += CHUNK) {
                List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
                int offset = from;
                store.inTransaction(tx -> {
                    writer.write(tx, chunk, offset);
                    return null;
                });
            }
        }
    }

    /** Writes one chunk; offset is the index of its first item in the whole list. */
    @FunctionalInterface
    interface ChunkWriter<T> {
        void write(Transaction tx, List<T> chunk, int offset);
    }

    private StagedWrite() {
    }

    /** Stages and publishes one import; returns the batch id. */
    static long publish(ProjectStore store, ImportBatch.Kind kind, String source, ActingIdentity who, int rows,
                        Staging staging) {
        long batch = store.inTransaction(tx -> tx.imports().begin(kind, source, who.actor()));
        try {
            staging.stage(batch, new Chunks(store));
            store.inTransaction(tx -> {
                tx.imports().publish(batch, rows);
                return null;
            });
            return batch;
        } catch (RuntimeException | Error e) {
            try {
                store.discardImport(batch);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup); // the next open discards it (on a server: a staff opening after 12 h)
            }
            throw e;
        }
    }
}
