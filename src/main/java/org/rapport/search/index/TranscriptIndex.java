package org.rapport.search.index;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.Bits;
import org.rapport.model.BadInputException;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.search.analysis.FieldAnalyzers;
import org.rapport.search.query.CodingProximity;
import org.rapport.search.query.Highlight;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;
import org.rapport.search.query.SessionHits;
import org.rapport.search.query.TranscriptQueryParser;
import org.rapport.search.query.UtteranceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of a project's transcripts, one document per utterance, in {@code <project>/index}.
 * It is derived from the store: every commit records the transcript revision it reflects (and the language and
 * schema it was built with), so a stale, damaged or differently built index is noticed and rebuilt, never trusted.
 * One writer and one shared searcher (SearcherManager) per open project; changes are committed one operation at
 * a time.
 */
public final class TranscriptIndex implements AutoCloseable {
    /** Marks a folder as a Rapport index, so a folder holding something else is never wiped. */
    public static final String MARKER = "rapport-index.txt";
    static final String SCHEMA = "4";
    private static final String KEY_REVISION = "transcript_revision";
    private static final String KEY_LANGUAGE = "language";
    private static final String KEY_SCHEMA = "schema";
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptIndex.class);

    private final Path folder;
    private final IndexLanguage language;
    private final Analyzer analyzer;
    private final Directory directory;
    private final boolean wasDamaged;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The revision searches see (changes applied, maybe not yet committed). */
    private long revision;
    /** The revision the last commit on disk records. */
    private long committedRevision;
    /** Commits single-session changes just after they are applied, so the change itself returns sooner. */
    private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index-commit");
        t.setDaemon(true);
        return t;
    });

    private TranscriptIndex(Path folder, IndexLanguage language, Directory directory, long revision,
                            boolean wasDamaged) throws IOException {
        this.folder = folder;
        this.language = language;
        this.analyzer = FieldAnalyzers.create(language);
        this.directory = directory;
        this.revision = revision;
        this.committedRevision = revision;
        this.wasDamaged = wasDamaged;
        openWriter();
    }

    /**
     * Opens the index in the folder, creating it when missing. A damaged index, or one built with another language
     * or schema, is emptied (its {@link #revision()} is then -1, so the caller rebuilds it). A folder that holds
     * something other than a Rapport index is bad input and is left untouched.
     */
    public static TranscriptIndex open(Path folder, IndexLanguage language) {
        Path dir = folder.toAbsolutePath().normalize();
        checkIsOurs(dir);
        try {
            Files.createDirectories(dir);
            Path marker = dir.resolve(MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "Rapport search index, derived from the project store. Deleting this folder"
                        + " is safe: Rapport rebuilds it.\n");
            }
            FSDirectory directory = FSDirectory.open(dir);
            long revision = -1;
            boolean damaged = false;
            try {
                revision = recordedRevision(directory, language);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | IndexNotFoundException | NoSuchFileException | EOFException e) {
                LOG.warn("search index in {} is damaged ({}); rebuilding it", dir, e.toString());
                damaged = true;
            }
            if (revision < 0) wipe(dir);
            try {
                // small segments flushed for near-real-time updates stay in memory until a commit writes them
                return new TranscriptIndex(dir, language, new NRTCachingDirectory(directory, 8.0, 64.0), revision,
                        damaged);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new BadInputException(dir.toString(), null, "the search index is in use by another Rapport process");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /** A folder is ours when it is missing, empty, marked, or holds a Lucene commit. */
    private static void checkIsOurs(Path dir) {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir.toString(), null, "is not a Rapport search index (it is a file);"
                    + " move it away and Rapport will build the index there");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            boolean ours = names.isEmpty() || names.contains(MARKER)
                    || names.stream().anyMatch(n -> n.startsWith("segments"));
            if (!ours) {
                throw new BadInputException(dir.toString(), null, "is not a Rapport search index (it holds "
                        + names.size() + " other file(s), e.g. " + names.get(0) + "); move them away or delete the"
                        + " folder and Rapport will rebuild the index");
            }
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), null, "cannot read the index folder: " + e.getMessage());
        }
    }

    /** The revision the last commit recorded, or -1 when there is none or it was built differently. */
    private static long recordedRevision(FSDirectory directory, IndexLanguage language) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return -1;
        SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
        Map<String, String> data = infos.getUserData();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            // opening a reader checks every segment's header and footer
            reader.numDocs();
        }
        if (!SCHEMA.equals(data.get(KEY_SCHEMA)) || !language.key().equals(data.get(KEY_LANGUAGE))) return -1;
        try {
            return Long.parseLong(data.getOrDefault(KEY_REVISION, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Deletes every file but the marker: only ever called on a folder known to be ours. */
    private static void wipe(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().equals(MARKER)) Files.delete(p);
            }
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(false);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    public Path folder() {
        return folder;
    }

    public IndexLanguage language() {
        return language;
    }

    /** The transcript revision of the store this index reflects; -1 when it must be built. */
    public synchronized long revision() {
        return revision;
    }

    /** True when the index was found damaged on opening (and emptied). */
    public boolean wasDamaged() {
        return wasDamaged;
    }

    public int utteranceCount() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Where the rebuild reads sessions from: each session with its transcript, in turn. */
    public interface SessionSource {
        int sessionCount();

        void forEach(SessionConsumer consumer);
    }

    /** Receives one session of a {@link SessionSource}. */
    @FunctionalInterface
    public interface SessionConsumer {
        void accept(Session session, Transcript transcript);
    }

    /**
     * Replaces the whole index with the sessions of the source and commits it as reflecting {@code storeRevision}.
     * The source is read on this thread while the writer analyses sessions on the others (one per core).
     */
    public synchronized void rebuild(SessionSource source, long storeRevision, IndexProgress progress) {
        int total = source.sessionCount();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // a rebuild flushes a few large segments: compound files would only cost a copy
        writer.getConfig().setUseCompoundFile(false);
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
            commit(storeRevision);
            writer.getConfig().setUseCompoundFile(true);
        } catch (IOException | RuntimeException | InterruptedException e) {
            pool.shutdownNow();
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw rolledBack("cannot rebuild the search index", e);
        }
    }

    /** Replaces one session's utterances (a new or edited transcript): searches see it at once, the commit follows. */
    public synchronized void replaceSession(Session s, Transcript t, long storeRevision) {
        try {
            writer.deleteDocuments(LongPoint.newExactQuery(SearchFields.SESSION_ID, s.id()));
            writer.addDocuments(UtteranceDocuments.of(s, t));
            applied(storeRevision);
        } catch (IOException | RuntimeException e) {
            throw rolledBack("cannot update the search index", e);
        }
    }

    /** Removes a deleted session's utterances: searches see it at once, the commit follows. */
    public synchronized void deleteSession(long sessionId, long storeRevision) {
        try {
            writer.deleteDocuments(LongPoint.newExactQuery(SearchFields.SESSION_ID, sessionId));
            applied(storeRevision);
        } catch (IOException | RuntimeException e) {
            throw rolledBack("cannot update the search index", e);
        }
    }

    private void commit(long storeRevision) throws IOException {
        writer.setLiveCommitData(Map.of(KEY_REVISION, Long.toString(storeRevision), KEY_LANGUAGE, language.key(),
                KEY_SCHEMA, SCHEMA).entrySet());
        writer.commit();
        revision = storeRevision;
        committedRevision = storeRevision;
        searchers.maybeRefreshBlocking();
    }

    /**
     * A single-session change is visible to searches at once (near-real-time reader); the commit that records its
     * revision on disk follows on the committer thread. Should the process die before it, the index on disk says
     * an older revision than the store, and is rebuilt on the next open: never trusted stale.
     */
    private void applied(long storeRevision) throws IOException {
        revision = storeRevision;
        searchers.maybeRefreshBlocking();
        committer.execute(this::commitPending);
    }

    /**
     * Commits what is applied, without holding the index lock, so a change that follows need not wait for the
     * fsyncs. The revision is taken before the commit starts: a change applied meanwhile may be in the commit but
     * is not claimed by it, which at worst costs a rebuild, never a stale index trusted.
     */
    private void commitPending() {
        long r;
        IndexWriter w;
        synchronized (this) {
            r = revision;
            w = writer;
            if (committedRevision == r || !w.isOpen()) return;
            w.setLiveCommitData(Map.of(KEY_REVISION, Long.toString(r), KEY_LANGUAGE, language.key(),
                    KEY_SCHEMA, SCHEMA).entrySet());
        }
        try {
            w.commit();
            synchronized (this) {
                if (w == writer) committedRevision = Math.max(committedRevision, r);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index commit failed (the index will be rebuilt on next open): {}", e.toString());
        }
    }

    /** Waits until every applied change is committed (tests, and before closing). */
    public void awaitCommitted() {
        try {
            committer.submit(this::commitPending).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("search index commit failed", e.getCause());
        }
    }

    /** Rolls back and returns the failure to throw. */
    private RuntimeException rolledBack(String what, Exception e) {
        rollback();
        if (e instanceof RuntimeException re) return re;
        return new UncheckedIOException(what, e instanceof IOException io ? io : new IOException(e));
    }

    /** Drops uncommitted changes: the index stays at its last commit, and its recorded revision says so. */
    private void rollback() {
        try {
            searchers.close();
            writer.rollback();
            revision = committedRevision;
            openWriter();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot roll back the search index", e);
        }
    }

    /** Parses a query with this index's analyzers (bad input when malformed). */
    public Query parse(String query) {
        return new TranscriptQueryParser(analyzer).parse(query);
    }

    /**
     * Runs a query: counts every hit (per session too) and returns the first {@code limit} in the given order,
     * with highlights and context. {@code sessionNames} names the sessions (time order is by name);
     * {@code near}, when given, keeps only utterances near the codings it holds.
     */
    public SearchResults search(Query query, SearchSort sort, int limit, SessionNames sessionNames,
                                CodingProximity near) {
        long t0 = System.nanoTime();
        Query q = query;
        if (near != null) {
            q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(LongPoint.newSetQuery(SearchFields.SESSION_ID, near.sessions()), BooleanClause.Occur.FILTER)
                    .build();
        }
        Query finalQuery = q;
        return withSearcher(searcher -> {
            HitCollector collector = new HitCollector(sort, limit, sessionNames.rank(), near);
            searcher.search(finalQuery, collector);
            List<HitCollector.Ref> top = collector.top();
            List<SearchHit> hits = new ArrayList<>(top.size());
            if (!top.isEmpty()) {
                Weight weight = searcher.createWeight(searcher.rewrite(finalQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
                Map<Integer, Row> rows = rowsAround(searcher, top);
                for (HitCollector.Ref r : top) hits.add(hit(searcher, rows, weight, r, sessionNames));
            }
            List<SessionHits> perSession = new ArrayList<>();
            collector.perSession().forEach((id, n) -> perSession.add(new SessionHits(
                    sessionNames.name(id), id, n)));
            perSession.sort(Comparator.comparing(SessionHits::session));
            return new SearchResults(collector.total(), hits, perSession, (System.nanoTime() - t0) / 1_000_000);
        });
    }

    private SearchHit hit(IndexSearcher searcher, Map<Integer, Row> rows, Weight weight, HitCollector.Ref r,
                          SessionNames names) throws IOException {
        Row row = rows.get(r.doc());
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(r.doc(), leaves));
        List<Highlight> highlights = highlights(weight.matches(leaf, r.doc() - leaf.docBase), row.text());
        return new SearchHit(names.name(row.sessionId()), row.sessionId(), row.utterance(), row.startMs(), row.endMs(),
                row.speaker(), row.role(), row.text(), highlights, r.score(),
                neighbour(searcher, rows, r.doc() - 1, row.sessionId(), row.utterance() - 1),
                neighbour(searcher, rows, r.doc() + 1, row.sessionId(), row.utterance() + 1));
    }

    /** What a hit shows of an utterance. */
    private record Row(long sessionId, int utterance, long startMs, long endMs, String speaker, String role,
                       String text) {
        UtteranceRef ref() {
            return new UtteranceRef(utterance, startMs, endMs, speaker, role, text);
        }
    }

    /** Reads rows of one segment from doc values; documents must be asked for in increasing order. */
    private static final class RowReader {
        private final Bits live;
        private final NumericDocValues sessions;
        private final NumericDocValues utterances;
        private final NumericDocValues starts;
        private final NumericDocValues ends;
        private final SortedDocValues speakers;
        private final SortedDocValues roles;
        private final BinaryDocValues texts;

        RowReader(LeafReader reader) throws IOException {
            live = reader.getLiveDocs();
            sessions = DocValues.getNumeric(reader, SearchFields.SESSION_ID);
            utterances = DocValues.getNumeric(reader, SearchFields.UTTERANCE);
            starts = DocValues.getNumeric(reader, SearchFields.START_MS);
            ends = DocValues.getNumeric(reader, SearchFields.END_MS);
            speakers = DocValues.getSorted(reader, SearchFields.SPEAKER_SHOWN);
            roles = DocValues.getSorted(reader, SearchFields.ROLE_SHOWN);
            texts = DocValues.getBinary(reader, SearchFields.TEXT_SHOWN);
        }

        Row read(int doc) throws IOException {
            if (live != null && !live.get(doc)) return null;
            if (!sessions.advanceExact(doc) || !utterances.advanceExact(doc) || !starts.advanceExact(doc)
                    || !ends.advanceExact(doc) || !speakers.advanceExact(doc) || !roles.advanceExact(doc)
                    || !texts.advanceExact(doc)) {
                return null;
            }
            return new Row(sessions.longValue(), (int) utterances.longValue(), starts.longValue(), ends.longValue(),
                    speakers.lookupOrd(speakers.ordValue()).utf8ToString(),
                    roles.lookupOrd(roles.ordValue()).utf8ToString(), texts.binaryValue().utf8ToString());
        }
    }

    /**
     * The rows of the hits and of the documents beside them, read segment by segment in document order. A session's
     * utterances are added together and in order, so the neighbours of a hit are almost always the documents next
     * to it.
     */
    private static Map<Integer, Row> rowsAround(IndexSearcher searcher, List<HitCollector.Ref> top) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        java.util.TreeSet<Integer> docs = new java.util.TreeSet<>();
        for (HitCollector.Ref r : top) {
            for (int d = r.doc() - 1; d <= r.doc() + 1; d++) if (d >= 0 && d < maxDoc) docs.add(d);
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Row> out = new HashMap<>();
        LeafReaderContext leaf = null;
        RowReader reader = null;
        for (int doc : docs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                reader = new RowReader(leaf.reader());
            }
            Row row = reader.read(doc - leaf.docBase);
            if (row != null) out.put(doc, row);
        }
        return out;
    }

    /** Matched character spans of the text fields, merged where they overlap. */
    private static List<Highlight> highlights(Matches matches, String text) throws IOException {
        if (matches == null) return List.of();
        List<int[]> spans = new ArrayList<>();
        for (String field : List.of(SearchFields.TEXT, SearchFields.STEMMED)) {
            MatchesIterator it = matches.getMatches(field);
            if (it == null) continue;
            while (it.next()) {
                int s = it.startOffset();
                int e = it.endOffset();
                if (s >= 0 && e > s && e <= text.length()) spans.add(new int[] {s, e});
            }
        }
        spans.sort(Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a[1]));
        List<Highlight> out = new ArrayList<>();
        int[] cur = null;
        for (int[] s : spans) {
            if (cur != null && s[0] <= cur[1]) {
                cur[1] = Math.max(cur[1], s[1]);
            } else {
                if (cur != null) out.add(new Highlight(cur[0], cur[1], text.substring(cur[0], cur[1])));
                cur = s;
            }
        }
        if (cur != null) out.add(new Highlight(cur[0], cur[1], text.substring(cur[0], cur[1])));
        return out;
    }

    /** The utterance before or after a hit: the adjacent document when it is that one, else looked up by uid. */
    private static UtteranceRef neighbour(IndexSearcher searcher, Map<Integer, Row> rows, int adjacentDoc,
                                          long sessionId, int utterance) throws IOException {
        if (utterance < 0) return null;
        Row adjacent = rows.get(adjacentDoc);
        if (adjacent != null && adjacent.sessionId() == sessionId && adjacent.utterance() == utterance) {
            return adjacent.ref();
        }
        TopDocs td = searcher.search(new TermQuery(new Term(SearchFields.UID,
                UtteranceDocuments.uid(sessionId, utterance))), 1);
        if (td.scoreDocs.length == 0) return null;
        int doc = td.scoreDocs[0].doc;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Row row = new RowReader(leaf.reader()).read(doc - leaf.docBase);
        return row == null ? null : row.ref();
    }

    /** Work with the shared searcher. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager manager;
        synchronized (this) {
            manager = searchers;
        }
        try {
            IndexSearcher s = manager.acquire();
            try {
                return work.run(s);
            } finally {
                manager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index failure in " + folder, e);
        }
    }

    @Override
    public void close() {
        committer.shutdown();
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeNow();
    }

    private synchronized void closeNow() {
        try {
            if (committedRevision != revision) commit(revision);
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index in " + folder, e);
        }
    }

    /**
     * Counts every hit and keeps the best {@code limit} in order. Doc values give session, time and index without
     * loading stored fields, so counting thousands of hits stays cheap.
     */
    private static final class HitCollector extends SimpleCollector {
        record Ref(int doc, int sessionRank, long sessionId, long startMs, int utterance, float score) {
        }

        private final SearchSort sort;
        private final int limit;
        private final Map<Long, Integer> rank;
        private final CodingProximity near;
        private final PriorityQueue<Ref> queue;
        private final Comparator<Ref> order;
        private final Map<Long, Integer> perSession = new HashMap<>();
        private long total;
        private int docBase;
        private Scorable scorer;
        private NumericDocValues sessionIds;
        private NumericDocValues starts;
        private NumericDocValues ends;
        private NumericDocValues utterances;
        private long lastSession = Long.MIN_VALUE;
        private int lastCount;

        HitCollector(SearchSort sort, int limit, Map<Long, Integer> rank, CodingProximity near) {
            this.sort = sort;
            this.limit = limit;
            this.rank = rank;
            this.near = near;
            Comparator<Ref> byTime = Comparator.comparingInt(Ref::sessionRank).thenComparingLong(Ref::startMs)
                    .thenComparingInt(Ref::utterance);
            this.order = sort == SearchSort.RELEVANCE
                    ? Comparator.comparing(Ref::score, Comparator.reverseOrder()).thenComparing(byTime) : byTime;
            this.queue = new PriorityQueue<>(Math.max(1, Math.min(limit, 10_000)) + 1, order.reversed());
        }

        @Override
        public ScoreMode scoreMode() {
            return sort == SearchSort.RELEVANCE && limit > 0 ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            sessionIds = context.reader().getNumericDocValues(SearchFields.SESSION_ID);
            starts = context.reader().getNumericDocValues(SearchFields.START_MS);
            ends = context.reader().getNumericDocValues(SearchFields.END_MS);
            utterances = context.reader().getNumericDocValues(SearchFields.UTTERANCE);
        }

        @Override
        public void collect(int doc) throws IOException {
            long sessionId = value(sessionIds, doc);
            long start = value(starts, doc);
            if (near != null && !near.accepts(sessionId, start, value(ends, doc))) return;
            total++;
            countSession(sessionId);
            if (limit <= 0) return;
            Ref r = new Ref(docBase + doc, rank.getOrDefault(sessionId, Integer.MAX_VALUE), sessionId, start,
                    (int) value(utterances, doc), sort == SearchSort.RELEVANCE ? scorer.score() : 0f);
            if (queue.size() < limit) {
                queue.add(r);
            } else if (order.compare(r, queue.peek()) < 0) {
                queue.poll();
                queue.add(r);
            }
        }

        /** Hits of a session arrive together, so count runs before touching the map. */
        private void countSession(long sessionId) {
            if (sessionId == lastSession) {
                lastCount++;
                return;
            }
            flush();
            lastSession = sessionId;
            lastCount = 1;
        }

        private void flush() {
            if (lastCount > 0) perSession.merge(lastSession, lastCount, Integer::sum);
            lastCount = 0;
        }

        private static long value(NumericDocValues values, int doc) throws IOException {
            return values != null && values.advanceExact(doc) ? values.longValue() : 0;
        }

        long total() {
            return total;
        }

        Map<Long, Integer> perSession() {
            flush();
            return perSession;
        }

        List<Ref> top() {
            List<Ref> out = new ArrayList<>(queue);
            out.sort(order);
            return out;
        }
    }
}
