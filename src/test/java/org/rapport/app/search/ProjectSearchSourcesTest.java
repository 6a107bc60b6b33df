package org.rapport.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;

/** What search reads from a real project store through its one adapter. */
class ProjectSearchSourcesTest {
    @TempDir
    Path dir;
    Project project;
    ProjectSearchSources sources;

    @BeforeEach
    void open() {
        project = Project.init(dir.resolve("p"));
        SearchFixtures.importTwoSessions(project, dir);
        sources = new ProjectSearchSources(project.store(), project.codebooks(), project.raters());
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void codingsAreThoseOfTheCodeCodebookAndRaterAsked() {
        Rater ana = project.raters().create("Ana", RaterRole.OBSERVER);
        Rater ben = project.raters().create("Ben", RaterRole.OBSERVER);
        long s1 = project.sessions().byName("s1").id();
        project.codings().add(ana, s1, "3rs", "w-minimal", 2000, 3000, null, null, null, null);
        project.codings().add(ben, s1, "3rs", "w-minimal", 2500, 3500, null, null, null, null);
        project.codings().add(ben, s1, "3rs", "c-rejecting", 6000, 9000, null, null, null, null);

        assertEquals(2, sources.codingsOf(null, "w-minimal", null).size());
        assertEquals(2, sources.codingsOf("3rs", "w-minimal", null).size());
        assertEquals(List.of(), sources.codingsOf("demo", "w-minimal", null));
        List<Coding> anas = sources.codingsOf(null, "w-minimal", ana.id());
        assertEquals(1, anas.size());
        assertEquals(ana.id(), anas.get(0).raterId());
    }

    @Test
    void aChangeIsReadWithTheRevisionItMade() {
        long before = sources.transcriptRevision();
        long s2 = project.sessions().byName("s2").id();
        project.sessions().delete(s2, SearchService.COMMAND_LINE);

        TranscriptSource.SessionChange deleted = sources.change(s2);
        assertEquals(Optional.empty(), deleted.session());
        assertEquals(sources.transcriptRevision(), deleted.revision());
        assertTrue(deleted.revision() > before);

        TranscriptSource.SessionChange kept = sources.change(project.sessions().byName("s1").id());
        assertEquals("s1", kept.session().orElseThrow().name());
        assertEquals(5, kept.transcript().utterances().size());
        assertEquals(List.of("s1"), sources.sessions().stream().map(s -> s.name()).toList());
    }

    @Test
    void theLanguageIsKeptInTheStore() {
        assertEquals(Optional.of("en"), sources.languageKey(), "a new project's store starts in English");
        sources.saveLanguageKey("de");
        assertEquals(Optional.of("de"), sources.languageKey());
    }
}
