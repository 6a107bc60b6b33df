package org.rapport.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.CodingSpan;
import org.rapport.model.coding.Marks;
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

    /** Shows the marks wherever they are drawn (timeline, transport). */
    void onMarks(Consumer<Marks> show) {
        marksShown.add(show);
    }

    /** A code key or button: codes the marked stretch, else the moment (point codes), else the current utterance. */
    void apply(Codebook cb, Code code) {
        CodingSpan span = CodingSpan.at(playback.time(), marks, code.kind(), ws.transcript());
        clearMarks();
        coder.add(span.draft(ws.session().id(), ctx.rater().id(), cb, code), k -> {
            messages.status("Coded " + code.label() + "  " + TimeCodes.clockTenths(k.startMs()) + "\u2013"
                    + TimeCodes.clockTenths(k.endMs()) + "  \u00b7 saved");
            status.show(AssignmentStatus.IN_PROGRESS);
        });
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
        ifOwnSelected(coder::delete);
    }

    void noteOnSelected() {
        ifOwnSelected(k -> NoteDialog.ask(ctx.frame(), k).ifPresent(typed -> coder.update(k, k.withTypedNote(typed))));
    }

    private void ifOwnSelected(Consumer<Coding> action) {
        Coding k = model.selected();
        if (k == null) messages.status("Select a coding first (click its bar on the timeline or its row in Codings).");
        else if (!model.isOwn(k)) messages.status("That coding belongs to another rater and is read-only.");
        else action.accept(k);
    }

    void undo() {
        if (!coder.canUndo()) return;
        coder.undo();
        messages.status("Undone.");
    }

    void redo() {
        if (!coder.canRedo()) return;
        coder.redo();
        messages.status("Redone.");
    }

    @Override
    public void edit(Coding k) {
        Codebook cb = ws.codebooks().stream().filter(c -> c.id().equals(k.codebookId())).findFirst().orElse(null);
        try {
            EditCodingDialog.ask(ctx.frame(), k, cb).ifPresent(changed -> coder.update(k, changed));
        } catch (IllegalArgumentException e) {
            messages.error("Coding not changed: " + e.getMessage());
        }
    }

    @Override
    public void retimeStart(Coding k) {
        coder.update(k, k.withStartAt(playback.time()));
    }

    @Override
    public void retimeEnd(Coding k) {
        coder.update(k, k.withEndAt(playback.time()));
    }

    @Override
    public void delete(Coding k) {
        coder.delete(k);
    }
}
