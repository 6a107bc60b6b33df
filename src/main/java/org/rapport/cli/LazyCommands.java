package org.rapport.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds the subcommands of a command line, building in full only those the arguments name. Picocli builds a
 * command's model by reflection over every option of it and of its subcommands, which is most of the start-up of a
 * short command: the others get an outline (their name, aliases and the description the help list shows, read from
 * their {@code @Command}), enough for {@code rapport help} and for "did you mean" suggestions.
 */
final class LazyCommands {
    private LazyCommands() {
    }

    /**
     * The model of a top-level command with picocli's standard help options (what {@code mixinStandardHelpOptions}
     * gives), its name, description and version provider read from its {@code @Command}, without inspecting it:
     * its only options are the standard ones, and its subcommands are added by {@link #add}.
     */
    static CommandSpec top(Object command) {
        Command about = about(command.getClass());
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(about.name()).aliases(about.aliases())
                .scopeType(about.scope());
        spec.usageMessage().description(about.description()).header(about.header());
        spec.versionProvider(versionProvider(about));
        // picocli's own help mixin, inherited by every subcommand when the command says so (scope = INHERIT)
        spec.mixinStandardHelpOptions(true);
        return spec;
    }

    private static CommandLine.IVersionProvider versionProvider(Command about) {
        try {
            return about.versionProvider().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the version provider " + about.versionProvider(), e);
        }
    }

    /**
     * Adds the commands the arguments need. When they start with a command other than {@code help}, that command
     * alone, in full: nothing else is asked for. Otherwise (help, a mistyped command, no command) every command:
     * in full those the arguments name, as an outline the others.
     *
     * @return true when the first argument named one command and it alone was built
     */
    static boolean add(CommandLine parent, List<Class<?>> commands, String... args) {
        Set<String> named = new HashSet<>(Arrays.asList(args));
        List<Command> abouts = new ArrayList<>();
        for (Class<?> c : commands) abouts.add(about(c));
        if (args.length > 0 && !args[0].equals("help")) {
            for (int i = 0; i < commands.size(); i++) {
                if (isNamed(abouts.get(i), Set.of(args[0]))) {
                    parent.addSubcommand(new CommandLine(commands.get(i)));
                    return true;
                }
            }
        }
        for (int i = 0; i < commands.size(); i++) {
            Command about = abouts.get(i);
            if (isNamed(about, named)) parent.addSubcommand(new CommandLine(commands.get(i)));
            else parent.addSubcommand(about.name(), new CommandLine(outline(about)), about.aliases());
        }
        return false;
    }

    private static boolean isNamed(Command about, Set<String> named) {
        if (named.contains(about.name())) return true;
        for (String alias : about.aliases()) if (named.contains(alias)) return true;
        return false;
    }

    /** True when {@code word} is the name or an alias of one of the commands. */
    static boolean namesACommand(List<Class<?>> commands, String word) {
        for (Class<?> c : commands) if (isNamed(about(c), Set.of(word))) return true;
        return false;
    }

    /** Adds every command in full (what {@link #add} stands for, for tests that compare the two). */
    static void addAll(CommandLine parent, List<Class<?>> commands) {
        for (Class<?> c : commands) parent.addSubcommand(new CommandLine(c));
    }

    private static CommandSpec outline(Command about) {
        CommandSpec spec = CommandSpec.create().name(about.name()).aliases(about.aliases());
        spec.usageMessage().description(about.description()).header(about.header()).hidden(about.hidden());
        return spec;
    }

    private static Command about(Class<?> c) {
        Command about = c.getAnnotation(Command.class);
        if (about == null) throw new IllegalArgumentException(c + " is not a picocli @Command");
        return about;
    }
}
