package org.rapport.search.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Replaces everything a writer holds with the sessions of a source, reporting progress per session. The source is
 * read on the calling thread while the writer analyses sessions on the others (one per core). Nothing is
 * committed here: the caller commits, or rolls back when this throws.
 */
final class IndexRebuild {
    private IndexRebuild() {
    }

    static void replaceAll(IndexWriter writer, SessionSource source, IndexProgress progress)
            throws IOException, InterruptedException {
        int total = source.sessionCount();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            writer.deleteAll();
            progress.progress(0, total);
            source.forEach((s, t) -> {
                if (failure.get() != null) return;
                List<Document> docs = UtteranceDocuments.of(s, t);
                pool.execute(() -> {
                    try {
                        writer.addDocuments(docs);
                        synchronized (progress) {
                            progress.progress(done.incrementAndGet(), total);
                        }
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            });
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) throw new IOException("indexing did not finish");
            Throwable f = failure.get();
            if (f instanceof IOException io) throw io;
            if (f instanceof RuntimeException re) throw re;
        } catch (IOException | RuntimeException | InterruptedException e) {
            pool.shutdownNow();
            throw e;
        }
    }
}
