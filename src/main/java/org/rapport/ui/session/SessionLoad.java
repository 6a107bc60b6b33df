package org.rapport.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.app.workspace.WorkspaceService;
import org.rapport.media.VlcRuntime;
import org.rapport.model.coding.Rating;

/**
 * What opening a session reads, all of it off the event thread: the session as the viewer may see it, where they
 * were and how the panes were, libVLC (once its search has finished) and whether the recording is where the store
 * says it is.
 *
 * @param positionMs where the viewer was in this session, or null
 * @param layout     the viewer's pane layout, or null
 * @param mediaFound true when the session has a recording and the file is there
 * @param everyRatersRatings with others' work shown (a supervisor), every rater's ratings of the session, else empty
 */
public record SessionLoad(SessionWorkspace workspace, Long positionMs, String layout, Optional<VlcRuntime> vlc,
                          boolean mediaFound, List<Rating> everyRatersRatings) {
    static final String LAYOUT_KEY = "layout.splits";

    static String positionKey(long sessionId) {
        return "position." + sessionId;
    }

    /** Reads it all (the store, the recording's file, the libVLC search): call it off the event thread. */
    public static SessionLoad read(AppContext ctx, long sessionId, boolean includeOthers) {
        Optional<VlcRuntime> vlc = ctx.vlcSearch().join();
        WorkspaceService w = ctx.project().workspace();
        SessionWorkspace ws = w.open(ctx.rater(), sessionId, includeOthers);
        String media = ws.session().mediaPath();
        boolean found = media != null && !media.isBlank() && Files.isRegularFile(Path.of(media));
        Long position = w.state(ctx.rater(), positionKey(sessionId)).map(Long::parseLong).orElse(null);
        List<Rating> all = includeOthers ? ctx.project().codings().ratings(ctx.rater(), sessionId, true) : List.of();
        return new SessionLoad(ws, position, w.state(ctx.rater(), LAYOUT_KEY).orElse(null), vlc, found, all);
    }
}
