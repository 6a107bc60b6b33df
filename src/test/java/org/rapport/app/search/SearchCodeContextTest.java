package org.rapport.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;

/** Code-context filters and marker lexicons over a project with the shipped 3RS codebook. */
class SearchCodeContextTest {
    @TempDir
    Path dir;
    Project project;
    Rater ana;
    Rater ben;

    @BeforeEach
    void open() {
        project = Project.init(dir.resolve("p"));
        SearchFixtures.importTwoSessions(project, dir);
        ana = project.raters().create("Ana", RaterRole.OBSERVER);
        ben = project.raters().create("Ben", RaterRole.OBSERVER);
        long s1 = project.sessions().byName("s1").id();
        long s2 = project.sessions().byName("s2").id();
        project.codings().add(ana, s1, "3rs", "w-minimal", 2000, 3000, null, null, null, null);
        project.codings().add(ben, s1, "3rs", "w-minimal", 2500, 3500, null, null, null, null);
        project.codings().add(ben, s2, "3rs", "w-minimal", 4000, 5000, null, null, null, null);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private List<String> near(String query, NearCode near, Rater viewer) {
        SearchResults r = project.search().search(new SearchRequest(query, SearchSort.TIME, 50, near), viewer);
        return r.hits().stream().map(h -> h.session() + "#" + h.utterance()).toList();
    }

    @Test
    void aSupervisorFindsUtterancesNearAnyRatersCoding() {
        assertEquals(List.of("s1#1", "s2#2"), near("role:client", NearCode.of("w-minimal", 0), SearchService.COMMAND_LINE));
    }

    @Test
    void atLeastKRatersKeepsOnlyMomentsTheyAgreeOn() {
        assertEquals(List.of("s1#1"), near("role:client", new NearCode("w-minimal", null, 0, null, 2),
                SearchService.COMMAND_LINE));
    }

    @Test
    void byRaterKeepsOnlyThatRatersCodings() {
        assertEquals(List.of("s1#1"), near("role:client", new NearCode("w-minimal", "3rs", 0, "Ana", 1),
                SearchService.COMMAND_LINE));
    }

    @Test
    void withinSecondsWidensTheWindow() {
        assertEquals(List.of("s1#0", "s1#2", "s2#1"), near("role:therapist", new NearCode("w-minimal", null, 1, "Ben", 1),
                SearchService.COMMAND_LINE));
    }

    @Test
    void anObserverSearchesNearOnlyTheirOwnCodings() {
        assertEquals(List.of("s1#1"), near("role:client", NearCode.of("w-minimal", 0), ana));
    }

    @Test
    void anObserverCannotSearchNearAnotherRatersCodings() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> near("fine", new NearCode("w-minimal", null, 0, "Ben", 1), ana));
        assertTrue(e.getMessage().contains("observer"), e.getMessage());
        assertThrows(BadInputException.class, () -> near("fine", new NearCode("w-minimal", null, 0, null, 2), ana));
    }

    @Test
    void anUnknownCodeIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> near("fine", NearCode.of("w-nonsense", 5), SearchService.COMMAND_LINE));
        assertTrue(e.getMessage().contains("no code 'w-nonsense'"), e.getMessage());
    }

    @Test
    void everySavedSearchOfThe3rsCodebookParsesAndRuns() {
        LexiconResults r = project.search().runLexicon("3rs", null, SearchService.COMMAND_LINE, 10);
        assertEquals("3rs", r.codebookId());
        assertTrue(r.codes().size() >= 10, "codes with searches: " + r.codes().size());
        LexiconResults.CodeFlags minimal = r.codes().stream().filter(c -> c.codeId().equals("w-minimal")).findFirst()
                .orElseThrow();
        assertEquals(1, minimal.searches().get(0).total());
        assertEquals(List.of("s1#1", "s2#0"), minimal.searches().get(1).moments().stream()
                .map(h -> h.session() + "#" + h.utterance()).toList());
    }

    @Test
    void aLexiconForOneCodeRunsOnlyItsSearches() {
        LexiconResults r = project.search().runLexicon("3rs", "w-minimal", SearchService.COMMAND_LINE, 10);
        assertEquals(List.of("w-minimal"), r.codes().stream().map(LexiconResults.CodeFlags::codeId).toList());
    }

    @Test
    void aLexiconThatNamesAMissingCodeOrCodebookIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> project.search().runLexicon("3rs", "w-gone", SearchService.COMMAND_LINE, 10));
        assertTrue(e.getMessage().contains("no code 'w-gone'"), e.getMessage());
        assertThrows(BadInputException.class, () -> project.search().runLexicon("nope", SearchService.COMMAND_LINE));
    }

    @Test
    void lexiconFlagsAreNeverStoredAsCodings() {
        int before = project.codings().codings(SearchService.COMMAND_LINE, project.sessions().byName("s1").id(), true).size();
        project.search().runLexicon("3rs", SearchService.COMMAND_LINE);
        assertEquals(before, project.codings().codings(SearchService.COMMAND_LINE,
                project.sessions().byName("s1").id(), true).size());
    }
}
