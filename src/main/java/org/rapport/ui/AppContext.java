package org.rapport.ui;

import java.util.Optional;

import javax.swing.JFrame;

import org.rapport.app.Project;
import org.rapport.media.VlcRuntime;
import org.rapport.model.Rater;

/** What every view of an open project shares: the project's services, who is coding, the writer, libVLC, keys. */
record AppContext(Project project, Rater rater, Tasks tasks, Optional<VlcRuntime> vlc, Prefs prefs, Keys keys,
                  JFrame frame) {
}
