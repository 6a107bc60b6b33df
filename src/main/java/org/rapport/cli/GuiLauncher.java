package org.rapport.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

import org.rapport.ui.RapportApp;

/** Opens the desktop app, or explains how to use the command line when there is no display. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static int launch() {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("rapport: no display available for the desktop app; use the command line instead"
                    + " (rapport --help).");
            return RapportCommand.BAD_INPUT;
        }
        String project = System.getProperty("rapport.project");
        try {
            RapportApp.run(project == null || project.isBlank() ? null : Path.of(project));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return RapportCommand.OK;
    }
}
