package org.rapport.cli;

import java.awt.GraphicsEnvironment;

/** Opens the desktop app, or explains how to use the command line when there is no display. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static int launch() {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("rapport: no display available; use the command line instead (rapport --help).");
            return RapportCommand.BAD_INPUT;
        }
        System.err.println("rapport: the desktop app is not built yet; use the command line (rapport --help).");
        return RapportCommand.BAD_INPUT;
    }
}
