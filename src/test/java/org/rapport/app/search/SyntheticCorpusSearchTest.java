package org.rapport.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.app.demo.CorpusWriter;
import org.rapport.app.demo.SyntheticCorpus;
import org.rapport.app.imports.SessionImport;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;

/**
 * A generated corpus written as WebVTT, imported like any sessions, and searched: every exact-wording marker query
 * finds exactly what planted.csv lists.
 */
class SyntheticCorpusSearchTest {
    @TempDir
    static Path dir;
    static Project project;
    static Path corpus;

    @BeforeAll
    static void importCorpus() throws IOException {
        corpus = dir.resolve("corpus");
        CorpusWriter.generate(12, 7, 400, corpus);
        project = SearchFixtures.emptyProject(dir.resolve("p"));
        for (CSVRecord r : csv(corpus.resolve("sessions.csv"))) {
            project.imports().importSession(new SessionImport(r.get("name"), corpus.resolve(r.get("transcript")), null,
                    null, Map.of(), r.get("client"), r.get("therapist"), Integer.valueOf(r.get("number")),
                    LocalDate.parse(r.get("date"))));
        }
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static Iterable<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Set<String> planted(String marker) throws IOException {
        Set<String> out = new TreeSet<>();
        for (CSVRecord r : csv(corpus.resolve("planted.csv"))) {
            if (r.get("marker").equals(marker)) out.add(r.get("session") + "#" + r.get("utterance"));
        }
        return out;
    }

    private static Set<String> found(String query) {
        SearchResults r = project.search().search(new SearchRequest(query, SearchSort.TIME, Integer.MAX_VALUE, null),
                SearchService.COMMAND_LINE);
        Set<String> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.session() + "#" + h.utterance()));
        assertEquals(r.total(), out.size());
        return out;
    }

    @Test
    void everyMarkerQueryFindsExactlyThePlantedMoments() throws IOException {
        for (SyntheticCorpus.Marker m : SyntheticCorpus.MARKERS) {
            Set<String> planted = planted(m.id());
            assertTrue(!planted.isEmpty() || m.rate() < 0.01, m.id() + " was never planted");
            assertEquals(planted, found(m.query()), m.id() + ": " + m.query());
        }
    }

    @Test
    void dontKnowIsPlantedAndFoundOftenEnoughToMatter() throws IOException {
        assertTrue(planted("dont-know").size() >= 20, "planted: " + planted("dont-know").size());
        assertTrue(planted("minimal-response").size() >= 20, "planted: " + planted("minimal-response").size());
    }

    @Test
    void theNearMissIDoKnowIsNotFoundByTheDontKnowQuery() {
        Set<String> doKnow = found("\"i do know\"");
        assertTrue(!doKnow.isEmpty(), "the generator plants 'I do know' as a near miss");
        doKnow.retainAll(found("\"i don't know\""));
        assertEquals(Set.of(), doKnow);
    }

    @Test
    void dateAndNumberRangesSelectWholeSessions() {
        // the generator dates session k (k = 1..12 of one client) 2024-01-08 plus k-1 weeks, 400 utterances each
        assertEquals(800, project.search().search(SearchRequest.of("date:[2024-01-08 TO 2024-01-21]").withLimit(0),
                SearchService.COMMAND_LINE).total());
        assertEquals(800, project.search().search(SearchRequest.of("number:[1 TO 2]").withLimit(0),
                SearchService.COMMAND_LINE).total());
        assertEquals(400, project.search().search(SearchRequest.of("date:2024-01-15").withLimit(0),
                SearchService.COMMAND_LINE).total());
    }

    @Test
    void theSameSeedWritesTheSameCorpus() throws IOException {
        Path again = dir.resolve("again");
        CorpusWriter.generate(12, 7, 400, again);
        assertEquals(Files.readString(corpus.resolve("planted.csv")), Files.readString(again.resolve("planted.csv")));
        assertEquals(Files.readString(corpus.resolve("sessions/syn-00003.vtt")),
                Files.readString(again.resolve("sessions/syn-00003.vtt")));
    }
}
