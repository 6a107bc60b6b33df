package org.rapport.ui.shell;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

import org.rapport.report.html.ReviewLink;

/** Opens the desktop app when there is a display. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /**
     * Runs the desktop app until its window closes; the project of {@code at} (a moment to open) or else the one
     * named by {@code -Drapport.project} opens first.
     *
     * @return false, at once, when there is no display to open it on
     */
    public static boolean launch(ReviewLink at) throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) return false;
        String project = System.getProperty("rapport.project");
        Path folder = at != null ? at.project() : project == null || project.isBlank() ? null : Path.of(project);
        RapportApp.run(folder, at);
        return true;
    }

    /** Runs the desktop app with its server dialog filled in with {@code uri}; false when there is no display. */
    public static boolean launchOnServer(String uri) throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) return false;
        RapportApp.runOnServer(uri);
        return true;
    }
}
