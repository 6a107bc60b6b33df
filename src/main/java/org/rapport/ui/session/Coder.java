package org.rapport.ui.session;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.UndoManager;

import org.rapport.app.coding.CodingService;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.ui.common.Tasks;

/**
 * Coding actions with undo and redo (Swing's {@link UndoManager}). Each action is one committed transaction on the
 * store writer; the model changes when the commit returns, and only then can the action be undone. Undo of an add
 * deletes, undo of a delete restores, undo of an edit puts the previous version back.
 */
final class Coder {
    private final CodingService codings;
    private final Rater rater;
    private final Tasks tasks;
    private final CodingModel model;
    private final Consumer<Throwable> failed;
    private final UndoManager history = new UndoManager();
    /** A restored coding gets a new id: older edits that name the old id follow it through here. */
    private final Map<Long, Long> movedTo = new HashMap<>();
    private Runnable afterNextWrite;

    Coder(CodingService codings, Rater rater, Tasks tasks, CodingModel model, Consumer<Throwable> failed) {
        this.codings = codings;
        this.rater = rater;
        this.tasks = tasks;
        this.model = model;
        this.failed = failed;
        history.setLimit(-1); // every action of the session stays undoable
    }

    /** Adds a coding; {@code draft} carries everything but the id. */
    void add(Coding draft, Consumer<Coding> committed) {
        tasks.write(() -> codings.add(rater, draft.sessionId(), draft.codebookId(), draft.codeId(), draft.startMs(),
                draft.endMs(), draft.firstUtterance(), draft.lastUtterance(), draft.value(), draft.note()), k -> {
            model.added(k);
            history.addEdit(new Added(k));
            committed.accept(k);
        }, failed);
    }

    void delete(Coding k) {
        delete(k, gone -> { });
    }

    void delete(Coding k, Consumer<Coding> committed) {
        tasks.write(() -> {
            codings.delete(rater, k.id());
            return k;
        }, gone -> {
            model.removed(gone.id());
            history.addEdit(new Deleted(gone));
            committed.accept(gone);
        }, failed);
    }

    void update(Coding before, Coding after) {
        update(before, after, stored -> { });
    }

    void update(Coding before, Coding after, Consumer<Coding> committed) {
        tasks.write(() -> codings.update(rater, after), stored -> {
            model.replaced(stored);
            history.addEdit(new Updated(before, stored));
            committed.accept(stored);
        }, failed);
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }

    void undo() {
        undo(() -> { });
    }

    void redo() {
        redo(() -> { });
    }

    /** Undoes the last action; {@code committed} runs once the store has the undo. */
    void undo(Runnable committed) {
        if (!history.canUndo()) return;
        afterNextWrite = committed;
        history.undo();
    }

    void redo(Runnable committed) {
        if (!history.canRedo()) return;
        afterNextWrite = committed;
        history.redo();
    }

    /** Takes what an undo or redo asked to be told when its write has committed. */
    private Runnable takeAfterWrite() {
        Runnable r = afterNextWrite;
        afterNextWrite = null;
        return r == null ? () -> { } : r;
    }

    private Coding latest(Coding k) {
        long id = k.id();
        while (movedTo.containsKey(id)) id = movedTo.get(id);
        return id == k.id() ? k : new Coding(id, k.sessionId(), k.raterId(), k.codebookId(), k.codebookVersion(),
                k.codeId(), k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance(), k.value(), k.note(),
                k.created(), k.updated(), k.version());
    }

    private void restore(Coding k) {
        Coding gone = latest(k);
        Runnable done = takeAfterWrite();
        tasks.write(() -> codings.restore(rater, gone), back -> {
            movedTo.put(gone.id(), back.id());
            model.added(back);
            done.run();
        }, failed);
    }

    private void remove(Coding k) {
        Coding current = latest(k);
        Runnable done = takeAfterWrite();
        tasks.write(() -> {
            codings.delete(rater, current.id());
            return current;
        }, gone -> {
            model.removed(gone.id());
            done.run();
        }, failed);
    }

    /**
     * Puts an earlier or later content of a coding back. It is written over the version the model holds now, so a
     * change someone else made meanwhile is still a conflict rather than silently undone.
     */
    private void put(Coding content) {
        Coding k = latest(content);
        Coding shown = model.all().stream().filter(x -> x.id() == k.id()).findFirst().orElse(k);
        Runnable done = takeAfterWrite();
        tasks.write(() -> codings.update(rater, k.withVersion(shown.version())), stored -> {
            model.replaced(stored);
            done.run();
        }, failed);
    }

    /** Undo of an add deletes it; redo restores it (with a new id, which later edits follow). */
    private final class Added extends AbstractUndoableEdit {
        private final Coding k;

        Added(Coding k) {
            this.k = k;
        }

        @Override
        public void undo() {
            super.undo();
            remove(k);
        }

        @Override
        public void redo() {
            super.redo();
            restore(k);
        }
    }

    private final class Deleted extends AbstractUndoableEdit {
        private final Coding k;

        Deleted(Coding k) {
            this.k = k;
        }

        @Override
        public void undo() {
            super.undo();
            restore(k);
        }

        @Override
        public void redo() {
            super.redo();
            remove(k);
        }
    }

    private final class Updated extends AbstractUndoableEdit {
        private final Coding before;
        private final Coding after;

        Updated(Coding before, Coding after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public void undo() {
            super.undo();
            put(before);
        }

        @Override
        public void redo() {
            super.redo();
            put(after);
        }
    }
}
