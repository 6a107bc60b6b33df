package org.rapport;

import org.rapport.cli.RapportCommand;
import org.rapport.ui.shell.GuiLauncher;

/** Entry point: with no arguments the desktop app opens, otherwise the command line runs. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RapportCommand.run(GuiLauncher::launch, GuiLauncher::launchOnServer, args));
    }
}
