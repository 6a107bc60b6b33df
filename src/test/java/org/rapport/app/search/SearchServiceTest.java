package org.rapport.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;

class SearchServiceTest {
    @TempDir
    Path dir;
    Project project;

    @BeforeEach
    void open() {
        project = SearchFixtures.emptyProject(dir.resolve("p"));
        SearchFixtures.importTwoSessions(project, dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private SearchResults search(String q) {
        return project.search().search(SearchRequest.of(q), SearchService.COMMAND_LINE);
    }

    private static List<String> where(SearchResults r) {
        return r.hits().stream().map(h -> h.session() + "#" + h.utterance()).toList();
    }

    @Test
    void exactPhraseFindsContractionsButNotTheWordWithoutIt() {
        assertEquals(List.of("s1#1", "s1#2", "s2#0"), where(search("\"don't know\"")));
    }

    @Test
    void roleFilterKeepsOnlyTheClient() {
        assertEquals(List.of("s1#1", "s2#0"), where(search("\"don't know\" AND role:client")));
    }

    @Test
    void minimalResponseAfterAQuestionIsFoundByWordsAndPrev() {
        assertEquals(List.of("s1#1"), where(search("role:client AND words:[1 TO 3] AND prev:question")));
    }

    @Test
    void proximityAllowsWordsBetween() {
        assertEquals(List.of("s1#1", "s1#3", "s2#0"), where(search("role:client AND \"i know\"~1")));
    }

    @Test
    void stemmedFieldMatchesOtherFormsOfTheWord() {
        assertEquals(List.of("s1#3"), where(search("stemmed:help")));
        assertEquals(0, search("help").total());
    }

    @Test
    void hitsCarryHighlightsTimesSpeakerRoleAndContext() {
        SearchHit h = search("\"don't know\" AND session:s1 AND role:client").hits().get(0);
        assertEquals(List.of("don't know"), h.highlightedWords());
        assertEquals(2000, h.startMs());
        assertEquals(3000, h.endMs());
        assertEquals("Client", h.speaker());
        assertEquals("client", h.role());
        assertEquals("How have you been this week?", h.previous().text());
        assertEquals("You don't know? What did you do on Monday?", h.next().text());
        assertEquals("I [don't know].", h.marked("[", "]"));
    }

    @Test
    void firstUtteranceHasNoPreviousContext() {
        SearchHit h = search("session:s2 AND say").hits().get(0);
        assertNull(h.previous());
        assertEquals("Take your time.", h.next().text());
    }

    @Test
    void totalCountsEveryHitWhileLimitCutsTheList() {
        SearchResults r = project.search().search(new SearchRequest("role:therapist", SearchSort.TIME, 2, null),
                SearchService.COMMAND_LINE);
        assertEquals(4, r.total());
        assertEquals(List.of("s1#0", "s1#2"), where(r));
        assertEquals(List.of(3, 1), r.perSession().stream().map(s -> s.hits()).toList());
    }

    @Test
    void relevanceSortPutsTheBestMatchFirst() {
        SearchResults r = project.search().search(new SearchRequest("know OR monday", SearchSort.RELEVANCE, 10, null),
                SearchService.COMMAND_LINE);
        assertEquals("s1#2", where(r).get(0));
    }

    @Test
    void unknownFieldIsBadInputNamingItAndTheKnownFields() {
        BadInputException e = assertThrows(BadInputException.class, () -> search("speakr:client"));
        assertTrue(e.getMessage().contains("unknown field 'speakr'"), e.getMessage());
        assertTrue(e.getMessage().contains("speaker"), e.getMessage());
    }

    @Test
    void unclosedPhraseIsBadInputWithItsPosition() {
        BadInputException e = assertThrows(BadInputException.class, () -> search("role:client AND \"don't know"));
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
        assertTrue(e.getMessage().contains("position"), e.getMessage());
    }

    @Test
    void unexpectedTokenIsNamedWithItsPosition() {
        BadInputException e = assertThrows(BadInputException.class, () -> search("know AND AND fine"));
        assertTrue(e.getMessage().contains("unexpected 'AND' at position 10"), e.getMessage());
    }

    @Test
    void unknownRoleIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class, () -> search("role:patient"));
        assertTrue(e.getMessage().contains("unknown role 'patient'"), e.getMessage());
    }

    @Test
    void wordsRangeWithOpenEndWorks() {
        assertEquals(List.of("s1#2", "s1#3"), where(search("words:[8 TO *]")));
    }
}
