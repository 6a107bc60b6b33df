package org.rapport.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.SettingsFile;
import org.rapport.app.Project;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Marks;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.ui.SwingThreadCheck;
import org.rapport.ui.TestSessions;
import org.rapport.ui.common.ImmediateTasks;
import org.rapport.ui.common.Prefs;
import org.rapport.ui.keys.Keys;

/**
 * The playback and coding controllers of a session view without the view: a real project store, the transcript-only
 * clock, and tasks run at once, so each step can be checked against the store.
 */
@ExtendWith(SwingThreadCheck.class)
class SessionControllersTest {
    @TempDir
    Path dir;

    private Project project;
    private Rater ana;
    private long sessionId;
    private AppContext ctx;
    private Codebook threeRs;

    @BeforeEach
    void open() throws Exception {
        project = Project.init(dir.resolve("p"));
        // six utterances of 1.85 s every 2 s: utterance i runs from 2i s
        sessionId = TestSessions.addSession(project, "s1", null, TestSessions.transcript(6, 12_000), 12_000L).id();
        ana = project.raters().create("Ana", RaterRole.OBSERVER);
        Prefs prefs = new Prefs(SettingsFile.load(dir.resolve("settings.properties")));
        ctx = new AppContext(project, ana, new ImmediateTasks(), CompletableFuture.completedFuture(Optional.empty()),
                prefs, new Keys(prefs), null);
        threeRs = project.codebooks().current("3rs");
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    /** The controllers of one opened session, made and used on the event thread as the view does. */
    private final class Opened {
        final SessionMessages messages = new SessionMessages();
        final Playback playback;
        final CodingModel model;
        final CodingController coding;
        final List<Marks> marksShown = new ArrayList<>();

        Opened() {
            SessionLoad load = SessionLoad.read(ctx, sessionId, false);
            playback = new Playback(ctx, load, new VideoPanel(), messages);
            model = new CodingModel(load.workspace());
            coding = new CodingController(ctx, load.workspace(), model, playback, messages,
                    new StatusChip(org.rapport.model.coding.AssignmentStatus.NOT_STARTED));
            coding.onMarks(marksShown::add);
            playback.start();
        }
    }

    private static void onEdt(ThrowingRunnable r) throws Exception {
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                r.run();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) throw failure[0];
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private List<Coding> stored() {
        return project.codings().codings(ana, sessionId, false);
    }

    @Test
    void aCodeKeyCodesTheUtteranceAtThePlayheadAndTheStoreHasIt() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            v.playback.seek(4_500);
            v.coding.apply(threeRs, threeRs.code("w-denial").orElseThrow());
            assertEquals(1, v.model.own().size(), "shown once committed");
            assertTrue(v.messages.statusLine().getText().startsWith("Coded "), v.messages.statusLine().getText());
            v.playback.close();
        });
        Coding k = stored().get(0);
        assertEquals(List.of(4_000L, 5_850L, 2, 2), List.of(k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance()));
    }

    @Test
    void inAndOutMarkAStretchThatTheNextCodeKeyCodesThenTheMarksClear() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            v.playback.seek(1_000);
            v.coding.markIn();
            v.playback.seek(7_000);
            v.coding.markOut();
            assertEquals(new Marks(1_000L, 7_000L), v.marksShown.get(v.marksShown.size() - 1));
            v.coding.apply(threeRs, threeRs.code("c-therapist").orElseThrow());
            assertEquals(Marks.NONE, v.marksShown.get(v.marksShown.size() - 1));
            v.playback.close();
        });
        Coding k = stored().get(0);
        assertEquals(List.of(1_000L, 7_000L, 0, 3), List.of(k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance()));
    }

    @Test
    void setEndToNowMovesTheEndOfTheCodingToThePlayhead() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            v.playback.seek(4_500);
            v.coding.apply(threeRs, threeRs.code("w-denial").orElseThrow());
            v.playback.seek(9_000);
            v.coding.retimeEnd(v.model.selected());
            v.playback.close();
        });
        assertEquals(List.of(4_000L, 9_000L), List.of(stored().get(0).startMs(), stored().get(0).endMs()));
    }

    @Test
    void deletingWithNothingSelectedSaysWhatToDoAndChangesNothing() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            v.coding.deleteSelected();
            assertEquals("Select a coding first (click its bar on the timeline or its row in Codings).",
                    v.messages.statusLine().getText());
            v.playback.close();
        });
        assertTrue(stored().isEmpty());
    }

    @Test
    void editingTheStartInTheFormKeepsTheEndsMillisecondsInTheStore() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            v.playback.seek(4_500);
            v.coding.apply(threeRs, threeRs.code("w-denial").orElseThrow());
            Coding k = v.model.selected();
            assertEquals("00:05.8", org.rapport.model.time.TimeCodes.clockTenths(k.endMs()), "the form shows tenths");
            v.coding.changed(k, EditCodingDialog.fromForm(k, "w-denial", "00:04.3", "00:05.8", ""));
            assertTrue(v.messages.statusLine().getText().endsWith("saved"), v.messages.statusLine().getText());
            v.playback.close();
        });
        assertEquals(List.of(4_300L, 5_850L), List.of(stored().get(0).startMs(), stored().get(0).endMs()));
    }

    @Test
    void setStartToNowKeepsTheEndsMillisecondsInTheStoreAndSaysSaved() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            v.playback.seek(4_500);
            v.coding.apply(threeRs, threeRs.code("w-denial").orElseThrow());
            v.playback.seek(4_321);
            v.coding.retimeStart(v.model.selected());
            assertTrue(v.messages.statusLine().getText().startsWith("Start moved on Denial"),
                    v.messages.statusLine().getText());
            assertTrue(v.messages.statusLine().getText().endsWith("saved"), v.messages.statusLine().getText());
            v.playback.close();
        });
        assertEquals(List.of(4_321L, 5_850L), List.of(stored().get(0).startMs(), stored().get(0).endMs()));
    }

    @Test
    void aClientCodeInThePauseAfterATherapistUtteranceCodesTheClientAndSaysSo() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            // utterance 2 (therapist) ends at 5.85 s, utterance 3 (client) starts at 6 s
            v.playback.seek(5_900);
            v.coding.apply(threeRs, threeRs.code("w-denial").orElseThrow());
            String said = v.messages.statusLine().getText();
            assertTrue(said.contains("in a pause: took Client's utterance at 00:06.0"), said);
            v.coding.apply(threeRs, threeRs.code("r-acknowledge").orElseThrow());
            said = v.messages.statusLine().getText();
            assertTrue(said.contains("in a pause: took Therapist's utterance at 00:04.0"), said);
            v.playback.close();
        });
        List<Coding> ks = stored();
        assertEquals(List.of(3, 2), ks.stream().map(Coding::firstUtterance).sorted(java.util.Comparator.reverseOrder())
                .toList());
    }

    @Test
    void deletingACodingWithANoteAsksFirstAndKeepsItWhenTheCoderSaysNo() throws Exception {
        List<Coding> asked = new ArrayList<>();
        boolean[] answer = {false};
        onEdt(() -> {
            Opened v = new Opened();
            v.coding.answerDeleteWith(k -> {
                asked.add(k);
                return answer[0];
            });
            v.playback.seek(4_500);
            v.coding.apply(threeRs, threeRs.code("w-denial").orElseThrow());
            Coding k = v.model.selected();
            v.coding.changed(k, k.withTypedNote("looked away"));
            assertTrue(v.messages.statusLine().getText().startsWith("Changed on Denial"), v.messages.statusLine().getText());
            v.coding.deleteSelected();
            assertEquals("Not deleted.", v.messages.statusLine().getText());
            assertEquals(1, v.model.own().size());
            answer[0] = true;
            v.coding.deleteSelected();
            assertTrue(v.messages.statusLine().getText().startsWith("Deleted Denial"), v.messages.statusLine().getText());
            v.coding.undo();
            assertEquals("Undone \u00b7 saved", v.messages.statusLine().getText());
            v.playback.close();
        });
        assertEquals(2, asked.size(), "asked both times");
        assertEquals(1, stored().size(), "restored by the undo");
        assertEquals("looked away", stored().get(0).note());
    }

    @Test
    void deletingACodingWithoutANoteDoesNotAsk() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            v.coding.answerDeleteWith(k -> {
                throw new AssertionError("asked about a coding without a note");
            });
            v.playback.seek(4_500);
            v.coding.apply(threeRs, threeRs.code("w-denial").orElseThrow());
            v.coding.deleteSelected();
            v.playback.close();
        });
        assertTrue(stored().isEmpty());
    }

    @Test
    void thePositionIsSavedOnCloseAndTheNextOpenGoesBackThere() throws Exception {
        onEdt(() -> {
            Opened v = new Opened();
            v.playback.seek(7_300);
            v.playback.close();
        });
        assertEquals(Optional.of("7300"), project.workspace().state(ana, SessionLoad.positionKey(sessionId)));
        onEdt(() -> {
            Opened again = new Opened();
            assertEquals(7_300, again.playback.time());
            assertFalse(again.playback.player().hasMedia(), "transcript-only clock");
            again.playback.close();
        });
    }
}
