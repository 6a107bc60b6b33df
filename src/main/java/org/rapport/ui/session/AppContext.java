package org.rapport.ui.session;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.swing.JFrame;

import org.rapport.app.Project;
import org.rapport.media.VlcRuntime;
import org.rapport.model.rater.Rater;
import org.rapport.ui.common.Prefs;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.keys.Keys;

/**
 * What the shell hands a session view of an open project: the project's services, who is coding, the writer, libVLC,
 * keys. It lives beside the view, not in shell, so that shell depends on the views and never the other way round.
 */
public record AppContext(Project project, Rater rater, Tasks tasks, CompletableFuture<Optional<VlcRuntime>> vlcSearch,
                  Prefs prefs, Keys keys, JFrame frame) {
    /** libVLC, once found (sessions are opened after the search has finished, off the event thread). */
    public Optional<VlcRuntime> vlc() {
        return vlcSearch.join();
    }
}
