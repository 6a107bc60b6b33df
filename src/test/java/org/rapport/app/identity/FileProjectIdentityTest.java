package org.rapport.app.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.export.CodingExport;
import org.rapport.app.export.RatingExport;
import org.rapport.app.reliability.ProjectAgreement;
import org.rapport.app.workspace.SessionRow;
import org.rapport.model.BadInputException;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.transcript.Output;

/** Protected roles on a file project: who may act as whom, see which sessions, and change what. */
class FileProjectIdentityTest {
    @TempDir
    Path dir;
    Path folder;
    long s1;
    long s2;

    @BeforeEach
    void aProjectWithAProtectedSupervisor() {
        folder = dir.resolve("p");
        try (Project p = Project.init(folder)) {
            s1 = p.store().inTransaction(tx -> tx.sessions().insert(new Session(0, "s1", null, null, null, null, null,
                    null, 60_000L)).id());
            s2 = p.store().inTransaction(tx -> tx.sessions().insert(new Session(0, "s2", null, null, null, null, null,
                    null, 60_000L)).id());
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            p.raters().create("Ben", RaterRole.OBSERVER);
            p.codings().assign(s1, ana, "3rs");
            assertThrows(BadInputException.class, () -> p.raters().add("Dana", RaterRole.SUPERVISOR, null, null),
                    "a supervisor needs a password");
            p.raters().add("Dana", RaterRole.SUPERVISOR, null, "dana's long password".toCharArray());
        }
    }

    private Project as(String name, String password) {
        return Project.open(new ProjectAddress.Folder(folder), new Credentials(name,
                password == null ? Secret.NONE : what -> password.toCharArray(), Secret.NONE, Secret.NONE));
    }

    @Test
    void aProtectedRoleIsStoredAsASlowHashAndNeedsItsPassword() {
        try (Project p = Project.open(folder)) {
            Rater dana = p.raters().byName("Dana");
            String hash = p.store().read(tx -> tx.raters().passwordHash(dana.id())).orElseThrow();
            assertTrue(hash.startsWith("$argon2id$"), hash);
            assertFalse(hash.contains("dana's"));
            assertTrue(p.raters().isProtected(dana));
            assertFalse(p.raters().isProtected(p.raters().byName("Ana")));
        }
        BadInputException none = assertThrows(BadInputException.class, () -> as("Dana", null));
        assertTrue(none.getMessage().contains("protected by a password: give it in RAPPORT_PASSWORD"), none.getMessage());
        BadInputException wrong = assertThrows(BadInputException.class, () -> as("Dana", "guess"));
        assertEquals("wrong password for rater 'Dana'", wrong.getMessage());
        try (Project p = as("Dana", "dana's long password")) {
            assertEquals(Identity.Kind.RATER, p.identity().kind());
            assertTrue(p.identity().seesAll());
            new ProjectAgreement(p); // allowed
        }
    }

    @Test
    void withoutAsNobodyMayRevealOrChangeOthersWorkOnceRolesAreProtected() {
        try (Project p = Project.open(folder)) {
            assertEquals(Identity.Kind.UNNAMED, p.identity().kind());
            BadInputException e = assertThrows(BadInputException.class, () -> new ProjectAgreement(p));
            assertTrue(e.getMessage().contains("add --as NAME"), e.getMessage());
            assertThrows(BadInputException.class, () -> p.exports().ratings(RatingExport.longCsv(),
                    Output.file(dir.resolve("r.csv"))));
            assertThrows(BadInputException.class, () -> p.codings().assign(s2, p.raters().byName("Ben"), "3rs"));
            assertThrows(BadInputException.class, () -> p.raters().add("Eve", RaterRole.MASTER, null,
                    "eve's password".toCharArray()));
            assertEquals(2, p.sessions().list().size(), "listing sessions reveals nobody's work");
        }
        try (Project p = as("Ana", null)) {
            BadInputException e = assertThrows(BadInputException.class, () -> p.exports().codings(
                    CodingExport.longCsv(null), Output.file(dir.resolve("c.csv"))));
            assertTrue(e.getMessage().contains("rater 'Ana' is an observer"), e.getMessage());
        }
    }

    @Test
    void observersSeeAndOpenOnlyTheSessionsAssignedToThem() {
        try (Project p = Project.open(folder)) {
            Rater ana = p.raters().byName("Ana");
            assertEquals(List.of("s1"), p.workspace().sessionRows(ana).stream().map(r -> r.summary().session().name())
                    .toList());
            BadInputException e = assertThrows(BadInputException.class, () -> p.workspace().open(ana, s2, false));
            assertTrue(e.getMessage().contains("s2 is not assigned to Ana"), e.getMessage());
            assertEquals(List.of("s1", "s2"), p.workspace().sessionRows(p.raters().byName("Dana")).stream()
                    .map(SessionRow::summary).map(s -> s.session().name()).toList(), "a supervisor sees them all");
        }
    }

    @Test
    void aCompleteSessionIsReadOnlyUntilASupervisorReopensIt() {
        try (Project p = Project.open(folder)) {
            Rater ana = p.raters().byName("Ana");
            var k = p.codings().add(ana, s1, "3rs", "w-denial", 0, 1000, null, null, null, null);
            for (var scale : p.codebooks().current("3rs").scales()) {
                p.codings().rate(ana, s1, "3rs", scale.id(), scale.unit().isWholeSession() ? null : 0, 3);
            }
            p.codings().markComplete(ana, s1, "3rs");
            BadInputException e = assertThrows(BadInputException.class, () -> p.codings().add(ana, s1, "3rs",
                    "w-denial", 2000, 3000, null, null, null, null));
            assertEquals("s1 is marked complete for Ana (3rs): it is read-only until a supervisor reopens it",
                    e.getMessage());
            assertThrows(BadInputException.class, () -> p.codings().update(ana, k.withNote("late thought")));
            assertThrows(BadInputException.class, () -> p.codings().delete(ana, k.id()));
            assertThrows(BadInputException.class, () -> p.codings().reopen(s1, ana, "3rs"), "not without --as");
        }
        try (Project p = as("Dana", "dana's long password")) {
            Rater ana = p.raters().byName("Ana");
            p.codings().reopen(s1, ana, "3rs");
            assertEquals(AssignmentStatus.IN_PROGRESS, p.codings().assignments(ana, s1).get(0).status());
            p.codings().add(ana, s1, "3rs", "w-denial", 2000, 3000, null, null, null, "after reopening");
        }
    }

    @Test
    void anUnprotectedSupervisorCannotBeActedAsOnceOtherRolesAreProtected() {
        try (Project p = Project.open(folder)) {
            p.store().inTransaction(tx -> tx.raters().insert("Old", RaterRole.SUPERVISOR));
        }
        BadInputException e = assertThrows(BadInputException.class, () -> as("Old", null));
        assertTrue(e.getMessage().contains("without a password on a project with protected roles"), e.getMessage());
    }
}
