package org.rapport.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeKind;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.CodingSpan;
import org.rapport.model.coding.Marks;
import org.rapport.model.coding.PauseRule;
import org.rapport.model.session.Utterance;
import org.rapport.model.time.TimeCodes;

/**
 * What the coder does to codings: a code key codes what {@link CodingSpan} says (the utterance at the playhead, or
 * the I…O stretch); the marks; edit, note and delete of the selected coding; setting its start or end to the
 * playhead; undo and redo; jumping between codings. Every change is committed through the {@link Coder}.
 */
final class CodingController implements CodingsPanel.Actions {
    private final AppContext ctx;
    private final SessionWorkspace ws;
    private final CodingModel model;
    private final Playback playback;
    private final SessionMessages messages;
    private final StatusChip status;
    private final Coder coder;
    private final List<Consumer<Marks>> marksShown = new ArrayList<>();
    private Marks marks = Marks.NONE;
    /** Asks before a coding with a note is deleted; a test may answer instead of the dialog. */
    private java.util.function.Predicate<Coding> confirmDelete = this::askDelete;
    private Runnable afterDialog = () -> { };

    CodingController(AppContext ctx, SessionWorkspace ws, CodingModel model, Playback playback,
                     SessionMessages messages, StatusChip status) {
        this.ctx = ctx;
        this.ws = ws;
        this.model = model;
        this.playback = playback;
        this.messages = messages;
        this.status = status;
        this.coder = new Coder(ctx.project().codings(), ctx.rater(), ctx.tasks(), model, messages::failed);
    }

    /** Where the keys go back to when a dialog (note, edit, delete) closes: the workspace, never nowhere. */
    void afterDialog(Runnable r) {
        afterDialog = r;
    }

    /** Answers the "delete a coding with a note?" question instead of the dialog (tests). */
    void answerDeleteWith(java.util.function.Predicate<Coding> answer) {
        confirmDelete = answer;
    }

    private boolean askDelete(Coding k) {
        String note = k.note().length() > 120 ? k.note().substring(0, 120) + "\u2026" : k.note();
        return javax.swing.JOptionPane.showConfirmDialog(ctx.frame(), "Delete " + label(k) + " at "
                + TimeCodes.clockTenths(k.startMs()) + "? It has a note:\n\n" + note, "Delete coding",
                javax.swing.JOptionPane.OK_CANCEL_OPTION, javax.swing.JOptionPane.WARNING_MESSAGE)
                == javax.swing.JOptionPane.OK_OPTION;
    }

    /** Shows the marks wherever they are drawn (timeline, transport). */
    void onMarks(Consumer<Marks> show) {
        marksShown.add(show);
    }

    /**
     * A code key or button: codes the marked stretch, else the moment (point codes), else the current utterance; in a
     * pause, the utterance {@link org.rapport.model.coding.PauseRule} takes, and the status line names it.
     */
    void apply(Codebook cb, Code code) {
        long now = playback.time();
        boolean pause = !marks.isSet() && code.kind() != CodeKind.POINT && PauseRule.inPause(ws.transcript(), now);
        CodingSpan span = CodingSpan.at(now, marks, code.kind(), ws.transcript(), cb.appliesTo(code.id()));
        clearMarks();
        coder.add(span.draft(ws.session().id(), ctx.rater().id(), cb, code), k -> {
            messages.status("Coded " + code.label() + "  " + TimeCodes.clockTenths(k.startMs()) + "\u2013"
                    + TimeCodes.clockTenths(k.endMs()) + whose(k, pause) + "  \u00b7 saved");
            status.show(AssignmentStatus.IN_PROGRESS);
        });
    }

    /** In a pause, which utterance the key took: the coder sees at once whether it was the one they meant. */
    private String whose(Coding k, boolean pause) {
        if (k.firstUtterance() == null) return "";
        Utterance u = ws.transcript().utterances().get(k.firstUtterance());
        return (pause ? "  \u00b7 in a pause: took " : "  \u00b7 ") + u.speaker() + "'s utterance at "
                + TimeCodes.clockTenths(u.startMs()) + (pause ? " (Ctrl+Z undoes)" : "");
    }

    void markIn() {
        showMarks(marks.markIn(playback.time()));
    }

    void markOut() {
        showMarks(marks.markOut(playback.time()));
    }

    void clearMarks() {
        showMarks(Marks.NONE);
    }

    private void showMarks(Marks m) {
        marks = m;
        for (Consumer<Marks> show : marksShown) show.accept(m);
    }

    void jumpTo(Coding k) {
        if (k == null) return;
        model.select(k);
        playback.seek(k.startMs());
    }

    void jumpToPrevious() {
        jumpTo(model.previous(playback.time()));
    }

    void jumpToNext() {
        jumpTo(model.next(playback.time()));
    }

    void deleteSelected() {
        ifOwnSelected(this::delete);
    }

    void noteOnSelected() {
        ifOwnSelected(k -> {
            java.util.Optional<String> typed = NoteDialog.ask(ctx.frame(), k);
            afterDialog.run();
            typed.ifPresent(t -> update(k, k.withTypedNote(t), "Note saved"));
        });
    }

    /** Commits a change and says so once the store has it. */
    private void update(Coding before, Coding after, String done) {
        coder.update(before, after, stored -> messages.status(done + " on " + label(stored) + "  "
                + TimeCodes.clockTenths(stored.startMs()) + "\u2013" + TimeCodes.clockTenths(stored.endMs())
                + "  \u00b7 saved"));
    }

    private String label(Coding k) {
        return CodeLabel.of(ws.codebooks(), k);
    }

    private void ifOwnSelected(Consumer<Coding> action) {
        Coding k = model.selected();
        if (k == null) messages.status("Select a coding first (click its bar on the timeline or its row in Codings).");
        else if (!model.isOwn(k)) messages.status("That coding belongs to another rater and is read-only.");
        else action.accept(k);
    }

    void undo() {
        if (!coder.canUndo()) return;
        coder.undo(() -> messages.status("Undone \u00b7 saved"));
    }

    void redo() {
        if (!coder.canRedo()) return;
        coder.redo(() -> messages.status("Redone \u00b7 saved"));
    }

    @Override
    public void edit(Coding k) {
        Codebook cb = ws.codebooks().stream().filter(c -> c.id().equals(k.codebookId())).findFirst().orElse(null);
        try {
            java.util.Optional<Coding> edited = EditCodingDialog.ask(ctx.frame(), k, cb);
            afterDialog.run();
            edited.ifPresent(changed -> changed(k, changed));
        } catch (IllegalArgumentException e) {
            messages.error("Coding not changed: " + e.getMessage());
        }
    }

    /** Commits what the edit form left. */
    void changed(Coding before, Coding after) {
        update(before, after, "Changed");
    }

    @Override
    public void retimeStart(Coding k) {
        update(k, k.withStartAt(playback.time()), "Start moved");
    }

    @Override
    public void retimeEnd(Coding k) {
        update(k, k.withEndAt(playback.time()), "End moved");
    }

    /** Deletes a coding; one with a note only once the coder confirms, since the note is their own writing. */
    @Override
    public void delete(Coding k) {
        if (k.note() != null) {
            boolean yes = confirmDelete.test(k);
            afterDialog.run();
            if (!yes) {
                messages.status("Not deleted.");
                return;
            }
        }
        coder.delete(k, gone -> messages.status("Deleted " + label(gone) + "  " + TimeCodes.clockTenths(gone.startMs())
                + "  \u00b7 saved (Ctrl+Z undoes)"));
    }
}
