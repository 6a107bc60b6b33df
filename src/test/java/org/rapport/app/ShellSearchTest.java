package org.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.identity.Credentials;
import org.rapport.app.imports.SessionImport;
import org.rapport.app.search.NearCode;
import org.rapport.app.search.SearchRequest;
import org.rapport.app.search.SearchService;
import org.rapport.app.search.StampedSearch;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.RaterRole;
import org.rapport.search.index.IndexProgress;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.store.StoreFileState;
import org.rapport.store.h2.H2ProjectStore;

/**
 * A search from the shell (docs/decisions/0022): from the index alone when its stamp vouches that the store file is
 * as it was when the index was found current, else through the store, with the same hits either way.
 */
class ShellSearchTest {
    /** A clock past the quiet time, so a store written a moment ago may be stamped. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(10));
    private static final SearchRequest PHRASE = SearchRequest.of("\"don't know\"");

    @TempDir
    Path dir;
    Path project;
    ProjectAddress address;

    @BeforeEach
    void aProjectWithTwoSessions() throws IOException {
        project = dir.resolve("p");
        try (Project p = Project.init(project)) {
            p.imports().importSession(SessionImport.of("s1", vtt("s1.vtt", "Client", "I don't know.", "Therapist",
                    "You don't know what happened?")));
            p.imports().importSession(SessionImport.of("s2", vtt("s2.vtt", "Client", "I really don't know.")));
        }
        address = new ProjectAddress.Folder(project);
    }

    @Test
    void aCurrentIndexAnswersAloneWithTheHitsTheStoreWayGives() {
        SearchResults throughStore;
        try (Project p = Project.openForReading(project)) { // the writer's near-real-time reader, as the app searches
            throughStore = p.search().search(PHRASE, p.searchViewer());
        }
        assertSameHits(throughStore, shellSearch(Credentials.NONE, PHRASE));
        assertTrue(Files.isRegularFile(stampFile()), "the first search stamps the index it found current");

        Optional<SearchResults> alone = StampedSearch.search(project, state(), PHRASE);
        assertTrue(alone.isPresent(), "the stamp vouches for the index while the store file is unchanged");
        assertSameHits(throughStore, alone.get());
        assertEquals(3, alone.get().total());
        assertEquals(List.of("s1", "s1", "s2"), alone.get().hits().stream().map(SearchHit::session).toList());
        assertSameHits(throughStore, shellSearch(Credentials.NONE, PHRASE));
    }

    @Test
    void aStoreChangedBehindTheIndexIsNoticedAndItsNewTranscriptFound() throws IOException {
        shellSearch(Credentials.NONE, PHRASE);
        Path saved = copyOf(index(), dir.resolve("saved-index"));
        try (Project p = Project.open(project)) {
            p.imports().importSession(SessionImport.of("s3", vtt("s3.vtt", "Client", "Honestly I don't know.")));
        }
        // the old index and its stamp put back: they say revision 2, the store is at 3
        replace(index(), saved);
        assertTrue(Files.isRegularFile(stampFile()));
        assertEquals(Optional.empty(), StampedSearch.search(project, state(), PHRASE).map(SearchResults::total),
                "the store file changed since the stamp, so the index alone is not trusted");

        SearchResults r = shellSearch(Credentials.NONE, PHRASE);
        assertEquals(4, r.total());
        assertTrue(r.hits().stream().anyMatch(h -> h.session().equals("s3")), r.hits().toString());
        // and the index rebuilt from the store is stamped again
        assertEquals(4, StampedSearch.search(project, state(), PHRASE).orElseThrow().total());
    }

    @Test
    void anIndexCommittedSinceTheStampIsNotTrusted() throws IOException {
        shellSearch(Credentials.NONE, PHRASE);
        Path stamp = stampFile();
        String text = Files.readString(stamp);
        Files.writeString(stamp, text.replaceAll("(?m)^generation=.*$", "generation=999"));
        assertFalse(StampedSearch.search(project, state(), PHRASE).isPresent());
        Files.writeString(stamp, text.replaceAll("(?m)^revision=.*$", "revision=1"));
        assertFalse(StampedSearch.search(project, state(), PHRASE).isPresent(), "the index records revision 2");
        Files.writeString(stamp, text.replaceAll("(?m)^language=.*$", "language=klingon"));
        assertFalse(StampedSearch.search(project, state(), PHRASE).isPresent(), "not a language: not trusted");
        Files.writeString(stamp, "store=garbage\n");
        assertFalse(StampedSearch.search(project, state(), PHRASE).isPresent());
        assertEquals(3, shellSearch(Credentials.NONE, PHRASE).total());
    }

    @Test
    void aStoreWrittenAMomentAgoIsNotStamped() {
        // the same tick of the file system's clock could hold a later write that leaves the file's times as they are
        Project.searchFromShell(address, Credentials.NONE, PHRASE, IndexProgress.NONE, Clock.systemUTC());
        assertFalse(Files.exists(stampFile()));
    }

    @Test
    void aProjectWithProtectedRolesIsNeverAnsweredWithoutTheStore() {
        try (Project p = Project.open(project)) {
            p.raters().add("Dana", RaterRole.SUPERVISOR, null, "dana's long password".toCharArray());
        }
        assertEquals(3, shellSearch(Credentials.NONE, PHRASE).total());
        assertFalse(Files.exists(stampFile()), "opened without --as, it is not someone who sees everything");
        Credentials wrong = new Credentials("Dana", what -> "guess".toCharArray(), null, null);
        BadInputException e = assertThrows(BadInputException.class, () -> shellSearch(wrong, PHRASE));
        assertEquals("wrong password for rater 'Dana'", e.getMessage());
        Credentials right = new Credentials("Dana", what -> "dana's long password".toCharArray(), null, null);
        assertEquals(3, shellSearch(right, PHRASE).total());
        assertFalse(Files.exists(stampFile()), "acting as a rater never stamps");
    }

    @Test
    void codeContextGoesThroughTheStore() {
        shellSearch(Credentials.NONE, PHRASE);
        assertTrue(StampedSearch.search(project, state(), PHRASE).isPresent());
        SearchRequest near = new SearchRequest("know", null, 50, new NearCode("x", "3rs", 30, null, 1));
        assertFalse(StampedSearch.search(project, state(), near).isPresent(), "code context reads codings");
    }

    private SearchResults shellSearch(Credentials credentials, SearchRequest request) {
        return Project.searchFromShell(address, credentials, request, IndexProgress.NONE, LATER);
    }

    private StoreFileState state() {
        return StoreFileState.of(project.resolve(H2ProjectStore.DB_FILE)).orElseThrow();
    }

    private Path index() {
        return project.resolve(SearchService.INDEX_FOLDER);
    }

    private Path stampFile() {
        return index().resolve("store-stamp.properties");
    }

    private static void assertSameHits(SearchResults expected, SearchResults actual) {
        assertEquals(expected.total(), actual.total());
        assertEquals(expected.perSession(), actual.perSession());
        assertEquals(expected.hits(), actual.hits());
    }

    private Path vtt(String name, String... speakerAndText) throws IOException {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < speakerAndText.length; i += 2) {
            sb.append(String.format("00:00:%02d.000 --> 00:00:%02d.000%n<v %s>%s%n%n", i, i + 1, speakerAndText[i],
                    speakerAndText[i + 1]));
        }
        return Files.writeString(dir.resolve(name), sb.toString());
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }

    private static void replace(Path target, Path with) throws IOException {
        try (Stream<Path> files = Files.walk(target)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
        copyOf(with, target);
    }
}
