package org.rapport.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.app.session.MediaCheck;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

class WorkspaceServiceTest {
    @TempDir
    Path dir;

    private static Session addSession(Project p, String name, String media, String sha) {
        return p.store().inTransaction(tx -> {
            Session s = tx.sessions().insert(new Session(0, name, null, null, null, null, media, sha, null));
            tx.transcripts().replace(s.id(), Transcript.ofUtterances(List.of(
                    new Utterance(0, 0, 1500, "Therapist", "How are you?"), new Utterance(1, 1600, 3000, "Client", "Fine."))));
            return s;
        });
    }

    @Test
    void theSessionListShowsEachRatersOwnStatus() {
        try (Project p = Project.init(dir.resolve("p"))) {
            Session s = addSession(p, "s1", null, null);
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            Rater ben = p.raters().create("Ben", RaterRole.OBSERVER);
            p.codings().assign(s.id(), ana, "3rs");
            p.codings().assign(s.id(), ben, "3rs");
            p.codings().add(ana, s.id(), "3rs", "w-denial", 0, 1500, 0, 0, null, null);
            assertEquals(AssignmentStatus.IN_PROGRESS, p.workspace().sessionRows(ana).get(0).status());
            assertEquals(AssignmentStatus.NOT_STARTED, p.workspace().sessionRows(ben).get(0).status());
            assertEquals(List.of("3rs"), p.workspace().sessionRows(ben).get(0).codebookIds());
        }
    }

    /** Two codebooks, one fully rated: marking complete is refused for both, and the message names the other's items. */
    @Test
    void markingCompleteUnderTwoCodebooksIsAllOrNothing() {
        try (Project p = Project.init(dir.resolve("p"))) {
            Session s = addSession(p, "s1", null, null);
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            p.codings().assign(s.id(), ana, "3rs");
            p.codings().assign(s.id(), ana, "wai-o-s");
            for (var scale : p.codebooks().current("3rs").scales()) {
                p.codings().rate(ana, s.id(), "3rs", scale.id(), scale.unit().isWholeSession() ? null : 0, 3);
            }
            assertEquals(List.of(), p.codings().missingRatings(ana, s.id(), "3rs"));
            var refused = org.junit.jupiter.api.Assertions.assertThrows(org.rapport.model.BadInputException.class,
                    () -> p.codings().markComplete(ana, s.id(), List.of("3rs", "wai-o-s")));
            assertTrue(refused.getMessage().contains("wai-o-s "), refused.getMessage());
            assertTrue(p.codings().assignments(ana).stream().noneMatch(a -> a.status() == AssignmentStatus.COMPLETE),
                    "nothing marked complete while a rating is missing");
        }
    }

    @Test
    void anOpenedSessionHoldsOnlyTheObserversOwnCodings() {
        try (Project p = Project.init(dir.resolve("p"))) {
            Session s = addSession(p, "s1", null, null);
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            Rater ben = p.raters().create("Ben", RaterRole.OBSERVER);
            p.codings().add(ben, s.id(), "3rs", "w-denial", 0, 1500, 0, 0, null, null);
            SessionWorkspace ws = p.workspace().open(ana, s.id(), false);
            assertTrue(ws.codings().isEmpty());
            assertEquals(java.util.Set.of(ana.id()), ws.raterNames().keySet(), "no other rater's name either");
        }
    }

    @Test
    void aRecordingIsCheckedForBeingMissingOrChanged() throws Exception {
        Path media = dir.resolve("s.wav");
        Files.write(media, new byte[] {1, 2, 3});
        String sha = org.rapport.media.MediaProbe.sha256(media);
        try (Project p = Project.init(dir.resolve("p"))) {
            Session ok = addSession(p, "ok", media.toString(), sha);
            Session none = addSession(p, "none", null, null);
            Session missing = addSession(p, "missing", dir.resolve("gone.wav").toString(), sha);
            assertEquals(MediaCheck.Status.OK, p.workspace().checkMedia(ok).status());
            assertEquals(MediaCheck.Status.NONE, p.workspace().checkMedia(none).status());
            assertEquals(MediaCheck.Status.MISSING, p.workspace().checkMedia(missing).status());
            Files.write(media, new byte[] {1, 2, 4});
            assertEquals(MediaCheck.Status.CHANGED, p.workspace().checkMedia(ok).status());
        }
    }

    @Test
    void workspaceStateIsKeptPerRaterAcrossReopening() {
        Path folder = dir.resolve("p");
        try (Project p = Project.init(folder)) {
            Rater ana = p.raters().create("Ana", RaterRole.OBSERVER);
            p.raters().create("Ben", RaterRole.OBSERVER);
            p.workspace().saveState(ana, "position.1", "7300");
        }
        try (Project p = Project.open(folder)) {
            assertEquals(Optional.of("7300"), p.workspace().state(p.raters().byName("Ana"), "position.1"));
            assertEquals(Optional.empty(), p.workspace().state(p.raters().byName("Ben"), "position.1"));
        }
    }
}
