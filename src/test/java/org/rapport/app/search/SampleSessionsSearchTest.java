package org.rapport.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.app.imports.SessionImport;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;

/** Searches over the three sample sessions; expected hits were read off the VTT files by hand. */
class SampleSessionsSearchTest {
    @TempDir
    static Path dir;
    static Project project;

    @BeforeAll
    static void importSamples() {
        project = Project.init(dir.resolve("p"));
        Path samples = Path.of("sample-sessions");
        for (String name : List.of("s01-withdrawal", "s02-confrontation", "s03-unresolved")) {
            project.imports().importSession(SessionImport.of(name, samples.resolve(name + ".vtt")));
        }
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static List<String> where(String query) {
        SearchResults r = project.search().search(new SearchRequest(query, SearchSort.TIME, 100, null),
                SearchService.COMMAND_LINE);
        return r.hits().stream().map(h -> h.session() + "#" + h.utterance()).toList();
    }

    @Test
    void clientSaysIDontKnowSixTimes() {
        assertEquals(List.of("s01-withdrawal#7", "s01-withdrawal#17", "s01-withdrawal#43", "s03-unresolved#5",
                "s03-unresolved#13", "s03-unresolved#33"), where("\"i don't know\" AND role:client"));
    }

    @Test
    void complaintAboutProgressIsFoundForTheClientOnly() {
        assertEquals(List.of("s02-confrontation#1", "s02-confrontation#18"), where("\"this isn't helping\""));
        assertEquals(List.of("s02-confrontation#1"), where("\"this isn't helping\" AND role:client"));
    }

    @Test
    void sessionMetadataFiltersWork() {
        assertEquals(List.of("s01-withdrawal#0"), where("session:s01-withdrawal AND \"good to see you\""));
    }

    @Test
    void minimalRepliesToQuestionsInTheWithdrawalSession() {
        assertEquals(List.of("s01-withdrawal#1", "s01-withdrawal#3", "s01-withdrawal#7", "s01-withdrawal#9"),
                where("session:s01-withdrawal AND role:client AND words:[1 TO 4] AND prev:question AND utterance:[0 TO 10]"));
    }
}
