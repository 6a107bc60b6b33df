package org.rapport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the build: runs the common commands once, in one process, on a throw-away copy of the demo
 * project, so that the JVM can list the classes they load. The build turns that list into the class-data archive
 * the {@code rapport} launcher starts with (docs/decisions/0017-start-up-and-speed.md). Usage:
 * {@code java -XX:DumpLoadedClassList=LIST -cp rapport.jar org.rapport.cli.StartupTraining SAMPLE_SESSIONS_DIR}.
 * A command that fails here fails the build: the archive would otherwise miss what it loads.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) throw new IllegalArgumentException("usage: StartupTraining SAMPLE_SESSIONS_DIR");
        Path work = Files.createTempDirectory("rapport-training");
        try {
            for (List<String> command : commands(Path.of(args[0]), work)) run(command);
            for (List<String> command : laterCommands(work)) run(command);
            // a search from the shell stamps an index only once the store has been left alone for a moment
            // (docs/decisions/0022-search-from-the-shell.md); the second search answers from the index alone
            Thread.sleep(2_500);
            for (int i = 0; i < 2; i++) run(List.of("search", "--project", work.resolve("demo").toString(), "\"don't know\""));
        } finally {
            deleteRecursively(work);
        }
    }

    private static List<List<String>> commands(Path samples, Path work) throws IOException {
        String project = work.resolve("demo").toString();
        String corpus = work.resolve("corpus").toString();
        Path longFile = Files.writeString(work.resolve("long.csv"),
                "unit,rater,value\nu1,a,1\nu1,b,1\nu2,a,2\nu2,b,1\nu3,a,2\nu3,b,2\nu4,a,3\nu4,b,\n");
        Path wideFile = Files.writeString(work.resolve("wide.csv"), "a,b,c\n1,1,2\n2,2,2\nNA,3,3\n1,2,1\n");
        List<List<String>> c = new ArrayList<>();
        c.add(List.of("--help"));
        c.add(List.of("help"));
        for (Class<?> command : RapportCommand.COMMANDS) {
            c.add(List.of("help", command.getAnnotation(picocli.CommandLine.Command.class).name()));
        }
        c.add(List.of("demo", "--dir", project, "--samples", samples.toString()));
        c.add(List.of("sessions", "--project", project));
        c.add(List.of("sessions", "--project", project, "--json"));
        c.add(List.of("raters", "--project", project));
        c.add(List.of("search", "--project", project, "\"don't know\" AND role:client"));
        c.add(List.of("search", "--project", project, "--json", "know"));
        c.add(List.of("search", "--project", project, "--lexicon", "3rs"));
        c.add(List.of("agree", "--project", project, "--codebook", "3rs"));
        c.add(List.of("export", "transcript", "--project", project, "--session", "s01-withdrawal", "--format", "srt",
                "--out", work.resolve("t.srt").toString()));
        c.add(List.of("export", "codings", "--project", project, "--format", "csv", "--out", work.resolve("c.csv").toString()));
        for (String statistic : List.of("krippendorff-alpha", "fleiss-kappa", "cohen-kappa", "icc")) {
            c.add(List.of("agree", "--data", longFile.toString(), "--statistic", statistic));
        }
        for (String statistic : List.of("krippendorff-alpha", "fleiss-kappa", "icc")) {
            c.add(List.of("agree", "--data", wideFile.toString(), "--statistic", statistic, "--json"));
        }
        c.add(List.of("generate-corpus", "--sessions", "2", "--seed", "1", "--out", corpus));
        return c;
    }

    /** What needs the files the first commands wrote. */
    private static List<List<String>> laterCommands(Path work) throws IOException {
        String project = work.resolve("demo").toString();
        List<List<String>> c = new ArrayList<>();
        try (Stream<Path> files = Files.list(work.resolve("corpus").resolve("sessions"))) {
            Path vtt = files.filter(p -> p.toString().endsWith(".vtt")).sorted().findFirst().orElseThrow();
            c.add(List.of("import", "session", "--project", project, "--name", "training", "--transcript", vtt.toString()));
        }
        c.add(List.of("index", "--project", project));
        return c;
    }

    private static void run(List<String> command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RapportCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), command.toArray(String[]::new));
        if (code != RapportCommand.OK) {
            throw new IllegalStateException("training command failed (exit " + code + "): rapport "
                    + String.join(" ", command) + "\n" + err);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
