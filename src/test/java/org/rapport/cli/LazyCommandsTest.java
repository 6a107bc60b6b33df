package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line built lazily (only what the arguments name, the rest as outlines) behaves exactly like the whole
 * command line picocli builds from the annotations: same output, same errors, same exit codes.
 */
class LazyCommandsTest {

    private static List<String[]> commandLines() {
        List<String[]> lines = new ArrayList<>();
        for (String[] a : new String[][] {{}, {"--help"}, {"-h"}, {"help"}, {"--version"}, {"-V"}, {"-hV"},
                {"sesions"}, {"--bogus"}, {"help", "bogus"}, {"help", "import", "session"}, {"import", "bogus"},
                {"import", "session", "--help"}, {"codebook"}, {"export", "--help"}, {"agree", "--version"},
                {"sessions", "--project"}, {"help", "help"}}) {
            lines.add(a);
        }
        for (Class<?> c : RapportCommand.COMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            lines.add(new String[] {"help", name});
            lines.add(new String[] {name, "--help"});
            lines.add(new String[] {name, "--no-such-option"});
            lines.add(new String[] {"--help", name});
        }
        return lines;
    }

    @Test
    void everyCommandLineGivesWhatTheWholeCommandLineGives() {
        for (String[] args : commandLines()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = RapportCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            StringWriter fullOut = new StringWriter();
            StringWriter fullErr = new StringWriter();
            int fullCode = RapportCommand.runFullCommandLine(new PrintWriter(fullOut, true), new PrintWriter(fullErr, true), args);
            String what = "rapport " + String.join(" ", args);
            assertEquals(fullCode, code, what);
            assertEquals(fullOut.toString(), out.toString(), what);
            assertEquals(fullErr.toString(), err.toString(), what);
        }
    }

    @Test
    void aCommandIsBuiltAloneWhenItComesFirst() {
        CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.create().name("rapport"));
        LazyCommands.add(cl, RapportCommand.COMMANDS, "sessions", "--project", "p", "help");
        assertEquals(List.of("sessions"), List.copyOf(cl.getSubcommands().keySet()));
        assertTrue(cl.getSubcommands().get("sessions").getCommandSpec().findOption("--project") != null);
    }

    @Test
    void helpListsEveryCommandAndBuildsOnlyTheOneItIsAskedAbout() {
        CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.create().name("rapport"));
        LazyCommands.add(cl, RapportCommand.COMMANDS, "help", "search");
        assertEquals(RapportCommand.COMMANDS.size(), cl.getSubcommands().size());
        assertTrue(cl.getSubcommands().get("search").getCommandSpec().findOption("--project") != null);
        assertFalse(cl.getSubcommands().get("agree").getCommandSpec().findOption("--data") != null, "agree is an outline");
        assertTrue(cl.getSubcommands().get("agree").getCommandSpec().usageMessage().description()[0]
                .startsWith("Compute an inter-rater reliability statistic."));
    }
}
