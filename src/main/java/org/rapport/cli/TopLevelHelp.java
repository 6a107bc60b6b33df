package org.rapport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Help.Ansi;

/**
 * {@code rapport help} (and {@code --help}, {@code -h}) as text rendered at build time: the build runs
 * {@link #main} after compiling, which stores what the whole command line prints, plain and in colour, among the
 * classes; the command then prints the stored text without building the command line (docs/decisions/0017).
 * {@code TopLevelHelpTest} checks the stored text against a fresh rendering.
 */
public final class TopLevelHelp {
    private TopLevelHelp() {
    }

    static boolean isAskedFor(String... args) {
        return args.length == 1 && (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"));
    }

    /** The stored help for this terminal (in colour when picocli would colour it), or null when none is stored. */
    static String stored() {
        boolean colour = Ansi.AUTO.enabled();
        try (InputStream in = TopLevelHelp.class.getResourceAsStream(resource(colour))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** What the whole command line prints for {@code rapport help}, plain or in colour. */
    static String render(boolean colour) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RapportCommand.runFullCommandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                colour ? Ansi.ON : Ansi.OFF, "help");
        if (code != RapportCommand.OK || !err.toString().isEmpty()) {
            throw new IllegalStateException("rapport help failed (" + code + "): " + err);
        }
        return out.toString();
    }

    static String resource(boolean colour) {
        return colour ? "top-level-help-ansi.txt" : "top-level-help.txt";
    }

    /** Stores both renderings under the classes folder given (the build's target/classes). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0], TopLevelHelp.class.getPackageName().replace('.', '/'));
        Files.createDirectories(folder);
        for (boolean colour : new boolean[] {false, true}) {
            Files.writeString(folder.resolve(resource(colour)), render(colour), StandardCharsets.UTF_8);
        }
    }
}
