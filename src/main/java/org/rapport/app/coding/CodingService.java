package org.rapport.app.coding;

import java.util.ArrayList;
import java.util.List;

import org.rapport.app.codebook.CodebookService;
import org.rapport.app.identity.Identity;
import org.rapport.app.session.SessionService;
import org.rapport.model.BadInputException;
import org.rapport.model.Limits;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Scale;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Completion;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.store.Transaction;

/**
 * Coding and rating as a rater does it. Every call is one committed transaction with its audit row.
 * Blinding lives here, not in the view: an observer never receives another rater's codings or ratings.
 */
public final class CodingService {
    private final ProjectStore store;
    private final CodebookService codebooks;
    private final SessionService sessions;
    private final Identity identity;

    /** @param identity who opened the project: assigning and reopening sessions is for those who see everyone's work */
    public CodingService(ProjectStore store, CodebookService codebooks, SessionService sessions, Identity identity) {
        this.store = store;
        this.codebooks = codebooks;
        this.sessions = sessions;
        this.identity = identity;
    }

    /** The codings a viewer may see in a session: their own, or everyone's for a supervisor who asks. */
    public List<Coding> codings(Rater viewer, long sessionId, boolean includeOthers) {
        checkMaySeeOthers(viewer, includeOthers);
        return store.read(tx -> tx.codings().forSession(sessionId, includeOthers ? null : viewer.id()));
    }

    /** The ratings a viewer may see in a session, with the same blinding as codings. */
    public List<Rating> ratings(Rater viewer, long sessionId, boolean includeOthers) {
        checkMaySeeOthers(viewer, includeOthers);
        return store.read(tx -> tx.ratings().forSession(sessionId, includeOthers ? null : viewer.id()));
    }

    private static void checkMaySeeOthers(Rater viewer, boolean includeOthers) {
        if (includeOthers && !viewer.role().canSeeOthers()) {
            throw new BadInputException("rater '" + viewer.name() + "' is an observer: observers code blind and see"
                    + " only their own codings and ratings");
        }
    }

    /** Applies a code of the codebook in use to a stretch of a session. */
    public Coding add(Rater rater, long sessionId, String codebookId, String codeId, long startMs, long endMs,
                      Integer firstUtterance, Integer lastUtterance, Double value, String note) {
        Codebook cb = codebooks.current(codebookId);
        Code code = cb.code(codeId).orElseThrow(() -> new BadInputException("codebook " + cb.id() + " v" + cb.version()
                + " has no code '" + codeId + "'"));
        if (startMs < 0 || endMs < startMs) {
            throw new BadInputException("coding " + code.id() + ": end " + endMs + " ms is before start " + startMs + " ms");
        }
        Limits.checkText(null, null, "the note", note, Limits.NOTE, true);
        Coding draft = new Coding(0, sessionId, rater.id(), cb.id(), cb.version(), code.id(), startMs, endMs,
                firstUtterance, lastUtterance, value, note, null, null);
        return store.inTransaction(tx -> {
            checkOpen(tx, rater, sessionId, cb.id(), rater);
            Coding stored = tx.codings().insert(draft, rater.id());
            tx.assignments().markInProgress(sessionId, rater.id(), cb.id());
            return stored;
        });
    }

    /** Puts back a coding exactly as it was (undo of a delete); it gets a new id. */
    public Coding restore(Rater rater, Coding deleted) {
        checkOwner(rater, deleted);
        return store.inTransaction(tx -> {
            checkOpen(tx, rater, deleted.sessionId(), deleted.codebookId(), rater);
            return tx.codings().insert(deleted, rater.id());
        });
    }

    /**
     * Changes code, times, span, value or note of a coding: the rater's own, or as a supervisor anyone's. A change made
     * from a copy someone else has changed since it was read is refused as a conflict (nothing is written).
     */
    public Coding update(Rater rater, Coding changed) {
        Limits.checkText(null, null, "the note", changed.note(), Limits.NOTE, true);
        return store.inTransaction(tx -> {
            Coding current = tx.codings().byId(changed.id())
                    .orElseThrow(() -> new BadInputException("coding " + changed.id() + " no longer exists"));
            checkMayEdit(rater, current);
            checkOpen(tx, rater, current.sessionId(), current.codebookId(), ownerOf(tx, current, rater));
            if (!changed.codeId().equals(current.codeId())) {
                Codebook cb = codebooks.current(current.codebookId());
                if (cb.code(changed.codeId()).isEmpty()) {
                    throw new BadInputException("codebook " + cb.id() + " has no code '" + changed.codeId() + "'");
                }
            }
            return tx.codings().update(changed, rater.id());
        });
    }

    public void delete(Rater rater, long codingId) {
        store.inTransaction(tx -> {
            Coding current = tx.codings().byId(codingId)
                    .orElseThrow(() -> new BadInputException("coding " + codingId + " no longer exists"));
            checkMayEdit(rater, current);
            checkOpen(tx, rater, current.sessionId(), current.codebookId(), ownerOf(tx, current, rater));
            tx.codings().delete(codingId, rater.id());
            return null;
        });
    }

    private static void checkOwner(Rater rater, Coding coding) {
        if (coding.raterId() != rater.id()) {
            throw new BadInputException("coding " + coding.id() + " belongs to another rater; others' codings are read-only");
        }
    }

    /** A coder changes their own codings; a supervisor may correct anyone's (audited, and checked for conflicts). */
    private static void checkMayEdit(Rater rater, Coding coding) {
        if (rater.role() != RaterRole.SUPERVISOR) checkOwner(rater, coding);
    }

    private static Rater ownerOf(Transaction tx, Coding coding, Rater acting) {
        if (coding.raterId() == acting.id()) return acting;
        return tx.raters().byId(coding.raterId()).orElse(acting);
    }

    /**
     * A session the owner has marked complete is read-only for them until a supervisor reopens it; a supervisor may
     * still correct it.
     */
    private static void checkOpen(Transaction tx, Rater acting, long sessionId, String codebookId, Rater owner) {
        if (acting.role() == RaterRole.SUPERVISOR && acting.id() != owner.id()) return;
        boolean complete = !tx.assignments().in(Selection.ALL.session(sessionId).rater(owner.id()).codebook(codebookId),
                AssignmentStatus.COMPLETE).isEmpty();
        if (complete) {
            String session = tx.sessions().byId(sessionId).map(Session::name).orElse("session " + sessionId);
            throw new BadInputException(session + " is marked complete for " + owner.name() + " (" + codebookId
                    + "): it is read-only until a supervisor reopens it");
        }
    }

    /** Sets the rater's value of a scale item for a segment (null = the whole session). */
    public Rating rate(Rater rater, long sessionId, String codebookId, String itemId, Integer segment, double value) {
        Codebook cb = codebooks.current(codebookId);
        Scale scale = cb.scale(itemId).orElseThrow(() -> new BadInputException("codebook " + cb.id()
                + " has no scale item '" + itemId + "'"));
        if (!scale.accepts(value)) {
            throw new BadInputException(scale.id() + ": value " + value + " outside " + scale.min() + ".." + scale.max());
        }
        if (scale.unit().isWholeSession() != (segment == null)) {
            throw new BadInputException(scale.id() + " is rated per " + (scale.unit().isWholeSession()
                    ? "whole session: give no segment" : scale.unit().segmentMinutes() + "-minute segment: give a segment"));
        }
        Rating draft = new Rating(0, sessionId, rater.id(), cb.id(), cb.version(), itemId, segment, value, null);
        return store.inTransaction(tx -> {
            checkOpen(tx, rater, sessionId, cb.id(), rater);
            Rating stored = tx.ratings().put(draft, rater.id());
            tx.assignments().markInProgress(sessionId, rater.id(), cb.id());
            return stored;
        });
    }

    public void clearRating(Rater rater, long ratingId) {
        store.inTransaction(tx -> {
            tx.ratings().byId(ratingId).ifPresent(r -> checkOpen(tx, rater, r.sessionId(), r.codebookId(), rater));
            tx.ratings().delete(ratingId, rater.id());
            return null;
        });
    }

    /** The scale items (with segment, null = whole session) the rater has not rated yet in a session. */
    public List<String> missingRatings(Rater rater, long sessionId, String codebookId) {
        Codebook cb = codebooks.current(codebookId);
        return Completion.missingRatings(cb, durationOf(sessionId), ratingsOf(rater, sessionId));
    }

    /** Marks the session complete for the rater; refused while a rating is missing. */
    public void markComplete(Rater rater, long sessionId, String codebookId) {
        markComplete(rater, sessionId, List.of(codebookId));
    }

    /**
     * Marks the session complete for the rater under every codebook given, all or none: while any rating of any of
     * them is missing nothing changes, and the message lists the missing ratings of each codebook.
     */
    public void markComplete(Rater rater, long sessionId, List<String> codebookIds) {
        List<Codebook> toComplete = codebookIds.stream().map(codebooks::current).toList();
        Completion completion = Completion.check(toComplete, durationOf(sessionId), ratingsOf(rater, sessionId));
        if (!completion.isComplete()) throw new BadInputException(completion.refusal());
        store.inTransaction(tx -> {
            for (String id : codebookIds) {
                tx.assignments().put(new Assignment(sessionId, rater.id(), id, AssignmentStatus.COMPLETE));
            }
            return null;
        });
    }

    private long durationOf(long sessionId) {
        Session s = sessions.byId(sessionId);
        return s.durationMs() != null ? s.durationMs() : sessions.transcript(sessionId).endMs();
    }

    private List<Rating> ratingsOf(Rater rater, long sessionId) {
        return store.read(tx -> tx.ratings().forSession(sessionId, rater.id()));
    }

    /**
     * Reopens a session the rater had marked complete, so they may change their work there again: a supervisor's
     * decision (and, on a file project with protected roles, only a supervisor's).
     */
    public void reopen(long sessionId, Rater rater, String codebookId) {
        identity.checkMaySeeOthers("reopen a rater's complete session");
        if (identity.rater() != null && identity.rater().role() != RaterRole.SUPERVISOR) {
            throw new BadInputException("only a supervisor reopens a complete session; " + identity.rater().name()
                    + " is a " + identity.rater().role().key());
        }
        codebooks.current(codebookId);
        store.inTransaction(tx -> {
            boolean complete = !tx.assignments().in(Selection.ALL.session(sessionId).rater(rater.id())
                    .codebook(codebookId), AssignmentStatus.COMPLETE).isEmpty();
            if (!complete) {
                throw new BadInputException("nothing to reopen: " + rater.name() + " has not marked it complete ("
                        + codebookId + ")");
            }
            tx.assignments().put(new Assignment(sessionId, rater.id(), codebookId, AssignmentStatus.IN_PROGRESS));
            return null;
        });
    }

    public void assign(long sessionId, Rater rater, String codebookId) {
        identity.checkMaySeeOthers("assign sessions");
        codebooks.current(codebookId);
        store.inTransaction(tx -> {
            tx.assignments().addIfAbsent(new Assignment(sessionId, rater.id(), codebookId, AssignmentStatus.NOT_STARTED));
            return null;
        });
    }

    public List<Assignment> assignments(Rater rater) {
        return store.read(tx -> tx.assignments().in(Selection.ALL.rater(rater.id()), null));
    }

    /** The rater's assignments to one session, by codebook. */
    public List<Assignment> assignments(Rater rater, long sessionId) {
        return store.read(tx -> tx.assignments().in(Selection.ALL.session(sessionId).rater(rater.id()), null));
    }

    /** Codings whose code is not in the codebook version in use (the codebook changed since): shown, never dropped. */
    public List<Coding> codingsWithRemovedCodes(List<Coding> codings) {
        java.util.Map<String, Codebook> inUse = new java.util.HashMap<>();
        for (Codebook cb : codebooks.current()) inUse.put(cb.id(), cb);
        List<Coding> out = new ArrayList<>();
        for (Coding k : codings) {
            Codebook cb = inUse.get(k.codebookId());
            if (cb == null || cb.code(k.codeId()).isEmpty()) out.add(k);
        }
        return out;
    }
}
