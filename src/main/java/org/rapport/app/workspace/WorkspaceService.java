package org.rapport.app.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.app.codebook.CodebookService;
import org.rapport.app.coding.CodingService;
import org.rapport.app.rater.RaterService;
import org.rapport.app.session.MediaCheck;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.SessionSummary;
import org.rapport.media.MediaProbe;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Rating;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.store.ProjectStore;

/**
 * What the desktop workspace needs beyond single coding actions: the rater's session list, a session loaded for
 * viewing, the recording's health, and the per-rater state (last session, position, layout) that makes reopening
 * restore the workspace.
 */
public final class WorkspaceService {
    private final ProjectStore store;
    private final SessionService sessions;
    private final CodebookService codebooks;
    private final CodingService codings;
    private final RaterService raters;

    public WorkspaceService(ProjectStore store, SessionService sessions, CodebookService codebooks, CodingService codings,
                     RaterService raters) {
        this.store = store;
        this.sessions = sessions;
        this.codebooks = codebooks;
        this.codings = codings;
        this.raters = raters;
    }

    /**
     * Every session with the rater's assignments to it; on a team's project (a server, or protected roles) an
     * observer's list holds only the sessions assigned to them.
     */
    public List<SessionRow> sessionRows(Rater rater) {
        Map<Long, List<Assignment>> byS = new HashMap<>();
        for (Assignment a : codings.assignments(rater)) byS.computeIfAbsent(a.sessionId(), k -> new ArrayList<>()).add(a);
        boolean assignedOnly = assignedOnly(rater);
        List<SessionRow> rows = new ArrayList<>();
        for (SessionSummary s : sessions.list()) {
            List<Assignment> mine = byS.getOrDefault(s.session().id(), List.of());
            if (!assignedOnly || !mine.isEmpty()) rows.add(new SessionRow(s, mine));
        }
        return rows;
    }

    private boolean assignedOnly(Rater rater) {
        return !rater.role().canSeeOthers() && raters.teamRules();
    }

    /**
     * Loads a session for a viewer; others' codings only when a supervisor asks (enforced by CodingService). On a
     * team's project an observer opens only sessions assigned to them.
     */
    public SessionWorkspace open(Rater viewer, long sessionId, boolean includeOthers) {
        Session session = sessions.byId(sessionId);
        if (assignedOnly(viewer) && codings.assignments(viewer, sessionId).isEmpty()) {
            throw new org.rapport.model.BadInputException(session.name() + " is not assigned to " + viewer.name()
                    + "; observers open only the sessions assigned to them (a supervisor assigns them)");
        }
        Transcript transcript = sessions.transcript(sessionId);
        List<Coding> visible = codings.codings(viewer, sessionId, includeOthers);
        List<Rating> ratings = codings.ratings(viewer, sessionId, false);
        List<Assignment> assigned = codings.assignments(viewer, sessionId);
        Map<String, Codebook> current = new LinkedHashMap<>();
        for (Codebook cb : codebooks.current()) current.put(cb.id(), cb);
        List<Codebook> inUse = new ArrayList<>();
        for (Assignment a : assigned) {
            Codebook cb = current.get(a.codebookId());
            if (cb != null && !inUse.contains(cb)) inUse.add(cb);
        }
        if (inUse.isEmpty()) inUse.addAll(current.values());
        Set<Long> removed = new HashSet<>();
        for (Coding k : visible) {
            Codebook cb = current.get(k.codebookId());
            if (cb == null || cb.code(k.codeId()).isEmpty()) removed.add(k.id());
        }
        Map<Long, String> names = new HashMap<>();
        for (Rater r : raters.list()) {
            if (r.id() == viewer.id() || includeOthers) names.put(r.id(), r.name());
        }
        return new SessionWorkspace(session, transcript, viewer, includeOthers, inUse, visible, ratings, assigned,
                removed, names);
    }

    /** Checks the recording: there, moved, or changed since import (reads the whole file: call it off the UI thread). */
    public MediaCheck checkMedia(Session session) {
        if (session.mediaPath() == null || session.mediaPath().isBlank()) {
            return new MediaCheck(MediaCheck.Status.NONE, "This session has no recording: code it from the transcript.");
        }
        Path media = Path.of(session.mediaPath());
        if (!Files.isRegularFile(media)) {
            return new MediaCheck(MediaCheck.Status.MISSING, "Recording not found at " + media
                    + " (moved or deleted). You can still code from the transcript.");
        }
        if (session.mediaSha256() != null) {
            try {
                if (!MediaProbe.sha256(media).equalsIgnoreCase(session.mediaSha256())) {
                    return new MediaCheck(MediaCheck.Status.CHANGED, "The recording at " + media
                            + " differs from the one imported (SHA-256 changed): check that it is the same session.");
                }
            } catch (IOException e) {
                return new MediaCheck(MediaCheck.Status.MISSING, "Cannot read the recording " + media + ": "
                        + e.getMessage());
            }
        }
        return new MediaCheck(MediaCheck.Status.OK, "");
    }

    /** A value of the rater's workspace state (e.g. "session.last", "layout.split"). */
    public Optional<String> state(Rater rater, String key) {
        return store.read(tx -> tx.workspaceState().get(rater.id(), key));
    }

    public void saveState(Rater rater, String key, String value) {
        store.inTransaction(tx -> {
            tx.workspaceState().put(rater.id(), key, value);
            return null;
        });
    }
}
