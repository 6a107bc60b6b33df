package org.rapport.ui.shell;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

/** Opens the desktop app when there is a display. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /**
     * Runs the desktop app until its window closes; the project named by {@code -Drapport.project} opens first.
     *
     * @return false, at once, when there is no display to open it on
     */
    public static boolean launch() throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) return false;
        String project = System.getProperty("rapport.project");
        RapportApp.run(project == null || project.isBlank() ? null : Path.of(project));
        return true;
    }
}
