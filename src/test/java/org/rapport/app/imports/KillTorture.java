package org.rapport.app.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.rapport.Main;
import org.rapport.app.Project;
import org.rapport.app.export.CodingExport;
import org.rapport.app.integrity.CheckReport;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.store.Selection;
import org.rapport.transcript.Output;

/**
 * Kills {@code rapport import codings} (100k rows) and {@code rapport import session} (150k utterances) with SIGKILL
 * at random moments and checks each killed project: it must open, pass {@code rapport check}, read in full through
 * every repository, and hold either nothing of the import or all of it. Run by {@link KillTortureTest} (a few kills)
 * and by docs/kill-torture.sh (at least 30 per kind).
 */
public final class KillTorture {
    /** What is killed. */
    public enum Kind { CODINGS, SESSION }

    /** The figures of one kind's runs. */
    public record Figures(Kind kind, int runs, int unchanged, int whole, int finished, List<String> damaged) {
        @Override
        public String toString() {
            return String.format("%-8s runs %d: damaged %d, unchanged %d, whole import %d (of which the child had"
                    + " finished %d)%s", kind, runs, damaged.size(), unchanged, whole, finished,
                    damaged.isEmpty() ? "" : "\n  " + String.join("\n  ", damaged));
        }
    }

    static final int CODING_ROWS = 100_000;
    static final int UTTERANCES = 150_000;
    private static final String BIG_SESSION = "big";

    private final Path work;
    private final Random random;
    private Path template;
    private Path codingsCsv;
    private Path transcript;
    private int baseCodings;

    public KillTorture(Path work, long seed) {
        this.work = work;
        this.random = new Random(seed);
    }

    /** The project every run starts from and the files it imports. */
    void prepare() throws IOException {
        template = work.resolve("template");
        Path shortVtt = work.resolve("s1.vtt");
        Files.writeString(shortVtt, "WEBVTT\n\n00:00:00.000 --> 03:00:00.000\n<v Client>A long session.\n");
        try (Project p = Project.init(template)) {
            p.imports().importSession(SessionImport.of("s1", shortVtt));
            p.raters().create("Ana", RaterRole.OBSERVER);
            baseCodings = p.store().read(tx -> tx.codings().in(Selection.ALL)).size();
        }
        codingsCsv = work.resolve("codings.csv");
        String[] codes = {"w-denial", "w-minimal", "w-abstract"};
        try (Writer w = Files.newBufferedWriter(codingsCsv, StandardCharsets.UTF_8)) {
            w.write("session,rater,codebook,code,start_ms,end_ms,value,note\n");
            for (int i = 0; i < CODING_ROWS; i++) {
                w.write("s1,Ana,3rs," + codes[i % 3] + "," + i * 100L + "," + (i * 100L + 50) + ",,\n");
            }
        }
        transcript = work.resolve("big.vtt");
        try (Writer w = Files.newBufferedWriter(transcript, StandardCharsets.UTF_8)) {
            w.write("WEBVTT\n\n");
            for (int i = 0; i < UTTERANCES; i++) {
                long t = i * 500L;
                w.write(org.rapport.model.time.TimeCodes.formatVtt(t) + " --> "
                        + org.rapport.model.time.TimeCodes.formatVtt(t + 400) + "\n<v "
                        + (i % 2 == 0 ? "Therapist" : "Client") + ">utterance " + i + " of the long session\n\n");
            }
        }
    }

    /**
     * Runs an import in a child process and kills it after a random delay below maxDelayMs.
     */
    Figures run(Kind kind, int runs, long maxDelayMs) throws Exception {
        int unchanged = 0;
        int whole = 0;
        int finished = 0;
        List<String> damaged = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path project = work.resolve(kind.name().toLowerCase() + "-" + i);
            copy(template, project);
            long delay = (long) (random.nextDouble() * maxDelayMs);
            int exit = runAndKill(kind, project, delay);
            if (exit == 0) finished++;
            String verdict = verify(kind, project);
            switch (verdict) {
                case "unchanged" -> unchanged++;
                case "whole" -> whole++;
                default -> damaged.add("run " + i + " (killed after " + delay + " ms): " + verdict);
            }
            if (verdict.equals("unchanged") || verdict.equals("whole")) delete(project);
        }
        return new Figures(kind, runs, unchanged, whole, finished, damaged);
    }

    private int runAndKill(Kind kind, Path project, long delayMs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "import"));
        if (kind == Kind.CODINGS) {
            cmd.addAll(List.of("codings", "--project", project.toString(), codingsCsv.toString()));
        } else {
            cmd.addAll(List.of("session", "--project", project.toString(), "--name", BIG_SESSION, "--transcript",
                    transcript.toString()));
        }
        Process child = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (child.waitFor(delayMs, TimeUnit.MILLISECONDS)) return child.exitValue();
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no closing of the store
        child.waitFor();
        return -9;
    }

    /** "unchanged", "whole" or what is wrong with the project after the kill. */
    private String verify(Kind kind, Path project) {
        try (Project p = Project.open(project)) {
            CheckReport check = p.integrity().check();
            if (!check.problems().isEmpty()) return "check: " + String.join("; ", check.problems());
            List<Coding> codings = p.store().read(tx -> tx.codings().in(Selection.ALL));
            int audit = p.store().read(tx -> tx.audit().all()).size();
            p.exports().codings(CodingExport.longCsv(null), Output.file(project.resolveSibling(project.getFileName() + "-export.csv")));
            if (kind == Kind.CODINGS) {
                int added = codings.size() - baseCodings;
                if (added == 0) return audit == 0 ? "unchanged" : "audit rows without codings: " + audit;
                if (added == CODING_ROWS) return audit == CODING_ROWS ? "whole" : "audit rows " + audit;
                return "partial import: " + added + " of " + CODING_ROWS + " codings visible";
            }
            Session big = p.store().read(tx -> tx.sessions().byName(BIG_SESSION)).orElse(null);
            int sessions = p.sessions().list().size();
            if (big == null) return sessions == 1 ? "unchanged" : sessions + " sessions listed";
            int utterances = p.sessions().transcript(big.id()).utterances().size();
            return utterances == UTTERANCES ? "whole" : "partial session: " + utterances + " utterances";
        } catch (RuntimeException e) {
            return "cannot be read: " + e;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target); else Files.copy(f, target);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.delete(f);
        }
    }

    /**
     * docs/kill-torture.sh: {@code KillTorture WORKDIR RUNS_PER_KIND [SEED]}; prints the figures and exits 1 when a
     * project was damaged.
     */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        Files.createDirectories(work);
        KillTorture torture = new KillTorture(work, seed);
        torture.prepare();
        System.out.println("seed " + seed + ", " + runs + " runs per kind, kills at random moments");
        boolean damaged = false;
        for (Kind kind : Kind.values()) {
            long full = torture.timeFullImport(kind);
            Figures f = torture.run(kind, runs, full + full / 5);
            System.out.println(f + " [a whole import takes " + full + " ms here]");
            damaged |= !f.damaged().isEmpty();
        }
        System.exit(damaged ? 1 : 0);
    }

    /** How long the import takes when nobody kills it, so kills spread over all of it (and a little after). */
    long timeFullImport(Kind kind) throws Exception {
        Path project = work.resolve("timing");
        delete(project);
        copy(template, project);
        long t0 = System.nanoTime();
        int exit = runAndKill(kind, project, TimeUnit.MINUTES.toMillis(10));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (exit != 0) throw new IllegalStateException("the import failed on its own: exit " + exit);
        delete(project);
        return ms;
    }
}
