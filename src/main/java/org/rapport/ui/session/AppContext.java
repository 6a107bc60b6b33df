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
 * What every view of an open project shares: the project's services, who is coding, the task runner, the search
 * for libVLC (wait for it off the event thread), keys. It lives beside the session view, not in shell, so that shell
 * depends on the views and never the other way round.
 */
public record AppContext(Project project, Rater rater, Tasks tasks, CompletableFuture<Optional<VlcRuntime>> vlcSearch,
                  Prefs prefs, Keys keys, JFrame frame) {
}
