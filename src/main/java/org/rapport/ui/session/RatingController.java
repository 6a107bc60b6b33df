package org.rapport.ui.session;

import java.util.List;
import java.util.function.Consumer;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Rating;

/**
 * Rating the session's scales and marking the session complete: each one committed write, shown once the store
 * has it. What completion needs is checked by the service ({@link org.rapport.model.coding.Completion}).
 */
final class RatingController {
    private final AppContext ctx;
    private final SessionWorkspace ws;
    private final SessionMessages messages;
    private final StatusChip status;
    private final SegmentProgress progress;

    RatingController(AppContext ctx, SessionWorkspace ws, SessionMessages messages, StatusChip status,
                     SegmentProgress progress) {
        this.ctx = ctx;
        this.ws = ws;
        this.messages = messages;
        this.status = status;
        this.progress = progress;
    }

    /** Commits a value of a scale item (segment null = the whole session); {@code stored} shows it once stored. */
    void rate(Codebook cb, Scale scale, Integer segment, int value, Consumer<Rating> stored) {
        long sessionId = ws.session().id();
        ctx.tasks().write(() -> ctx.project().codings().rate(ctx.rater(), sessionId, cb.id(), scale.id(), segment,
                value), r -> {
                    stored.accept(r);
                    progress.rated(r);
                    status.show(AssignmentStatus.IN_PROGRESS);
                    messages.status("Rated " + scale.label() + " = " + value + "  \u00b7 saved");
                }, messages::failed);
    }

    void markComplete() {
        long sessionId = ws.session().id();
        List<String> codebooks = ws.codebooksToComplete();
        ctx.tasks().write(() -> ctx.project().codings().markComplete(ctx.rater(), sessionId, codebooks), () -> {
            status.show(AssignmentStatus.COMPLETE);
            messages.info("Session marked complete.");
        }, messages::failed);
    }
}
