package org.rapport.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.search.analysis.FieldAnalyzers;
import org.rapport.search.analysis.IndexLanguage;
import org.rapport.search.analysis.SearchFields;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;
import org.rapport.search.query.SessionHits;
import org.rapport.search.query.TranscriptQueryParser;

/**
 * A query's answer is the same however the index is cut: over an index of one segment per session, a searcher that
 * gives every segment its own collector (and thread) returns what one collector over all of them returns, and both
 * match the counts and order worked out from the transcripts themselves.
 */
class HitCollectorManagerTest {
    private static final int SESSIONS = 12;
    private static final int UTTERANCES = 10;
    private static final String PHRASE = "I don't know what to say";

    @TempDir
    Path dir;
    private Directory directory;
    private DirectoryReader reader;
    private ExecutorService threads;
    private IndexSearcher single;
    private IndexSearcher sliced;
    private SessionNames names;
    private final TranscriptQueryParser parser = TranscriptQueryParser.forLanguage(IndexLanguage.EN);

    /** Session ids run against name order (id 1 is "s12"), so time order is not document order. */
    private static String name(long id) {
        return String.format("s%02d", SESSIONS + 1 - id);
    }

    /** Some utterances say the phrase, by a rule the expectations below repeat. */
    private static boolean saysPhrase(long id, int utterance) {
        return (id * 7 + utterance) % 4 == 0;
    }

    private static Transcript transcript(long id) {
        List<Utterance> us = new ArrayList<>();
        for (int i = 0; i < UTTERANCES; i++) {
            String text = saysPhrase(id, i) ? PHRASE : "We talked about week " + i + " and the work.";
            us.add(new Utterance(i, i * 3000L, i * 3000L + 2500, i % 2 == 0 ? "Therapist" : "Client", text));
        }
        return Transcript.ofUtterances(us);
    }

    private static Session session(long id) {
        return new Session(id, name(id), "c" + id, "T", (int) id, null, null, null, null);
    }

    @BeforeEach
    void index() throws IOException {
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(FieldAnalyzers.create(IndexLanguage.EN))
                .setMergePolicy(NoMergePolicy.INSTANCE);
        Map<Long, String> byId = new HashMap<>();
        try (IndexWriter w = new IndexWriter(directory, config)) {
            // sessions added out of id order, each flushed as its own segment but 9 and 12, which share one
            for (long id : new long[] {5, 1, 9, 12, 3, 7, 2, 11, 4, 8, 6, 10}) {
                w.addDocuments(UtteranceDocuments.of(session(id), transcript(id)));
                if (id != 9) w.commit();
                byId.put(id, name(id));
            }
            // session 9 replaced: its old documents stay behind, deleted, in the segment it shares with 12
            w.deleteDocuments(LongPoint.newExactQuery(SearchFields.SESSION_ID, 9));
            w.addDocuments(UtteranceDocuments.of(session(9), transcript(9)));
            w.commit();
        }
        names = new SessionNames(byId);
        reader = DirectoryReader.open(directory);
        threads = Executors.newFixedThreadPool(3);
        single = new IndexSearcher(reader);
        sliced = new IndexSearcher(reader, threads) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, 1, 1);
            }
        };
    }

    @AfterEach
    void close() throws IOException {
        threads.shutdownNow();
        reader.close();
        directory.close();
    }

    private SearchResults run(IndexSearcher searcher, String query, SearchSort sort, int limit) throws IOException {
        Query q = parser.parse(query);
        return HitSearch.run(searcher, q, sort, limit, names, null);
    }

    private static void assertSameAnswer(SearchResults expected, SearchResults actual) {
        assertEquals(expected.total(), actual.total());
        assertEquals(expected.perSession(), actual.perSession());
        assertEquals(expected.hits(), actual.hits());
    }

    @Test
    void theIndexIsCutIntoManySlices() {
        assertEquals(SESSIONS, reader.leaves().size());
        assertEquals(SESSIONS, sliced.getSlices().length);
        assertEquals(1, single.getSlices().length);
        assertEquals(UTTERANCES, reader.numDeletedDocs());
    }

    @Test
    void everySliceCountsAndTheBestHitsOfAllComeOutInTimeOrder() throws IOException {
        TreeMap<String, List<Integer>> expected = new TreeMap<>();
        for (long id = 1; id <= SESSIONS; id++) {
            for (int i = 0; i < UTTERANCES; i++) {
                if (saysPhrase(id, i)) expected.computeIfAbsent(name(id), k -> new ArrayList<>()).add(i);
            }
        }
        List<String> inTimeOrder = new ArrayList<>();
        Map<String, Integer> perSession = new LinkedHashMap<>();
        expected.forEach((session, us) -> {
            us.forEach(u -> inTimeOrder.add(session + "#" + u));
            perSession.put(session, us.size());
        });

        SearchResults r = run(sliced, "\"don't know\"", SearchSort.TIME, 7);

        assertEquals(inTimeOrder.size(), r.total());
        assertEquals(inTimeOrder.subList(0, 7), r.hits().stream().map(h -> h.session() + "#" + h.utterance()).toList());
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (SessionHits s : r.perSession()) counted.put(s.session(), s.hits());
        assertEquals(perSession, counted);
        for (SearchHit h : r.hits()) assertEquals(List.of("don't know"), h.highlightedWords());
    }

    @Test
    void slicedAndSingleSearchesGiveTheSameAnswer() throws IOException {
        for (String query : List.of("\"don't know\"", "role:client", "week OR know", "stemmed:work* AND role:therapist")) {
            for (SearchSort sort : SearchSort.values()) {
                for (int limit : new int[] {0, 1, 7, 50, Integer.MAX_VALUE}) {
                    assertSameAnswer(run(single, query, sort, limit), run(sliced, query, sort, limit));
                }
            }
        }
    }

    @Test
    void neighboursComeFromTheSameSessionEvenAcrossSegments() throws IOException {
        SearchResults r = run(sliced, "role:client", SearchSort.TIME, Integer.MAX_VALUE);
        assertEquals(SESSIONS * UTTERANCES / 2, r.total());
        for (SearchHit h : r.hits()) {
            assertEquals(h.utterance() - 1, h.previous().utterance());
            assertEquals("Therapist", h.previous().speaker());
            if (h.utterance() < UTTERANCES - 1) {
                assertEquals(h.utterance() + 1, h.next().utterance());
            } else {
                assertEquals(null, h.next());
            }
        }
        assertTrue(r.hits().stream().anyMatch(h -> h.session().equals(name(9))), "the replaced session is found");
    }
}
