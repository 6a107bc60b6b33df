package org.rapport.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.model.BadInputException;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.ui.TestSessions;
import org.rapport.ui.common.ImmediateTasks;

/**
 * Coding actions with undo and redo against a real project store, with tasks run at once on the test thread, so the
 * store and the view's model can be compared after every step.
 */
class CoderTest {
    @TempDir
    Path dir;

    private Project project;
    private Rater ana;
    private long sessionId;
    private CodingModel model;
    private Coder coder;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        project = Project.init(dir.resolve("p"));
        sessionId = TestSessions.addSession(project, "s1", null, TestSessions.transcript(6, 12_000), 12_000L).id();
        ana = project.raters().create("Ana", RaterRole.OBSERVER);
        model = new CodingModel(project.workspace().open(ana, sessionId, false));
        coder = new Coder(project.codings(), ana, new ImmediateTasks(), model, failures::add);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Coding add(String code, long start, long end) {
        List<Coding> committed = new ArrayList<>();
        coder.add(new Coding(0, sessionId, ana.id(), "3rs", "", code, start, end, null, null, null, null, null, null),
                committed::add);
        return committed.get(0);
    }

    private List<String> stored() {
        return project.codings().codings(ana, sessionId, false).stream().map(Coding::codeId).toList();
    }

    private List<String> shown() {
        return model.own().stream().map(Coding::codeId).toList();
    }

    @Test
    void undoOfAnAddDeletesItAndRedoPutsItBack() {
        add("w-denial", 1_000, 2_000);
        assertTrue(coder.canUndo());
        coder.undo();
        assertEquals(List.of(), stored());
        assertEquals(List.of(), shown());
        assertTrue(coder.canRedo());
        coder.redo();
        assertEquals(List.of("w-denial"), stored());
        assertEquals(List.of("w-denial"), shown());
        assertEquals(List.of(), failures);
    }

    @Test
    void aRestoredCodingHasANewIdWhichLaterUndoFollows() {
        Coding first = add("w-denial", 1_000, 2_000);
        coder.undo();
        coder.redo();
        long restoredId = model.own().get(0).id();
        assertNotEquals(first.id(), restoredId);
        coder.undo();
        assertEquals(List.of(), stored(), "the undo deleted the restored coding, not the long-gone first id");
        assertEquals(List.of(), failures);
    }

    @Test
    void undoOfADeleteRestoresItAndRedoDeletesItAgain() {
        Coding k = add("w-minimal", 3_000, 4_000);
        coder.delete(k);
        assertEquals(List.of(), stored());
        coder.undo();
        assertEquals(List.of("w-minimal"), stored());
        assertEquals(List.of("w-minimal"), shown());
        coder.redo();
        assertEquals(List.of(), stored());
        assertEquals(List.of(), shown());
        assertEquals(List.of(), failures);
    }

    @Test
    void undoOfAnEditPutsThePreviousVersionBack() {
        Coding k = add("w-denial", 1_000, 2_000);
        coder.update(k, k.edited("w-minimal", 500, 2_500, "looked away"));
        assertEquals(List.of("w-minimal"), stored());
        coder.undo();
        Coding back = project.codings().codings(ana, sessionId, false).get(0);
        assertEquals(List.of("w-denial", 1_000L, 2_000L), List.of(back.codeId(), back.startMs(), back.endMs()));
        assertEquals(null, back.note());
        Coding inView = model.own().get(0);
        assertEquals(List.of(back.id(), back.codeId(), back.startMs(), back.endMs()),
                List.of(inView.id(), inView.codeId(), inView.startMs(), inView.endMs()), "the view shows the same");
        coder.redo();
        assertEquals("looked away", project.codings().codings(ana, sessionId, false).get(0).note());
        assertEquals(List.of(), failures);
    }

    @Test
    void undoingSeveralStepsGoesBackInTheOrderTheyWereMade() {
        add("w-denial", 1_000, 2_000);
        Coding second = add("w-minimal", 3_000, 4_000);
        coder.delete(second);
        coder.undo();
        assertEquals(List.of("w-denial", "w-minimal"), stored());
        coder.undo();
        assertEquals(List.of("w-denial"), stored());
        coder.undo();
        assertEquals(List.of(), stored());
        assertFalse(coder.canUndo());
        coder.undo(); // nothing left: does nothing
        assertEquals(List.of(), failures);
    }

    @Test
    void aNewActionAfterUndoDropsWhatCouldBeRedone() {
        add("w-denial", 1_000, 2_000);
        coder.undo();
        add("w-minimal", 3_000, 4_000);
        assertFalse(coder.canRedo());
        coder.redo();
        assertEquals(List.of("w-minimal"), stored());
    }

    @Test
    void aRefusedActionIsReportedAndNothingBecomesUndoable() {
        Coding k = add("w-denial", 1_000, 2_000);
        coder.undo();
        coder.update(k, k.withEndAt(3_000)); // the coding was deleted by the undo
        assertEquals(1, failures.size());
        assertInstanceOf(BadInputException.class, failures.get(0));
        assertTrue(coder.canRedo(), "the failed edit did not replace the redo of the add");
        assertFalse(coder.canUndo());
    }
}
