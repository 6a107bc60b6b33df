package org.rapport.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.search.query.CodingProximity;

/** The codings a code context is made of, over a real project: blinding decides them, before any search runs. */
class NearCodeFilterTest {
    @TempDir
    Path dir;
    Project project;
    NearCodeFilter filter;
    Rater ana;
    long s1;
    long s2;

    @BeforeEach
    void open() {
        project = Project.init(dir.resolve("p"));
        SearchFixtures.importTwoSessions(project, dir);
        ana = project.raters().create("Ana", RaterRole.OBSERVER);
        Rater ben = project.raters().create("Ben", RaterRole.OBSERVER);
        s1 = project.sessions().byName("s1").id();
        s2 = project.sessions().byName("s2").id();
        project.codings().add(ana, s1, "3rs", "w-minimal", 2000, 3000, null, null, null, null);
        project.codings().add(ben, s1, "3rs", "w-minimal", 6000, 7000, null, null, null, null);
        project.codings().add(ben, s2, "3rs", "w-minimal", 4000, 5000, null, null, null, null);
        ProjectSearchSources sources = new ProjectSearchSources(project.store(), project.codebooks(), project.raters());
        filter = new NearCodeFilter(sources, sources, sources);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void anObserversContextHoldsOnlyTheirOwnCodings() {
        CodingProximity p = filter.proximity(NearCode.of("w-minimal", 0), ana);
        assertEquals(Set.of(s1), p.sessions());
        assertTrue(p.accepts(s1, 2500, 2600));
        assertFalse(p.accepts(s1, 6500, 6600), "Ben's coding stays hidden from Ana");
    }

    @Test
    void aSupervisorsContextHoldsEveryRatersCodings() {
        CodingProximity p = filter.proximity(NearCode.of("w-minimal", 0), SearchService.COMMAND_LINE);
        assertEquals(Set.of(s1, s2), p.sessions());
        assertTrue(p.accepts(s1, 6500, 6600));
    }

    @Test
    void byRaterNarrowsASupervisorsContextToThatRater() {
        CodingProximity p = filter.proximity(new NearCode("w-minimal", "3rs", 0, "Ben", 1), SearchService.COMMAND_LINE);
        assertEquals(Set.of(s1, s2), p.sessions());
        assertFalse(p.accepts(s1, 2500, 2600));
    }

    @Test
    void anObserverNamingThemselvesIsAllowedAndAnyoneElseIsNot() {
        assertEquals(Set.of(s1), filter.proximity(new NearCode("w-minimal", null, 0, "Ana", 1), ana).sessions());
        assertThrows(BadInputException.class, () -> filter.proximity(new NearCode("w-minimal", null, 0, "Ben", 1), ana));
    }

    @Test
    void withinSecondsBecomesMilliseconds() {
        assertEquals(1500, filter.proximity(NearCode.of("w-minimal", 1.5), SearchService.COMMAND_LINE).withinMs());
    }

    @Test
    void aNegativeDistanceOrTooFewRatersIsBadInput() {
        assertThrows(BadInputException.class, () -> filter.proximity(NearCode.of("w-minimal", -1),
                SearchService.COMMAND_LINE));
        assertThrows(BadInputException.class, () -> filter.proximity(new NearCode("w-minimal", null, 0, null, 0),
                SearchService.COMMAND_LINE));
    }
}
