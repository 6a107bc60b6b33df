package org.rapport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an R script of the test resources with Rscript, so that a statistic can be checked against R computing it
 * from the same data. Scripts print {@code key=value} lines; anything else they print is ignored.
 */
public final class RScript {
    private static final long TIMEOUT_S = 300;

    private RScript() {
    }

    /** True when Rscript runs and loads every package named. */
    static boolean has(String... packages) {
        StringBuilder expr = new StringBuilder("invisible(TRUE)");
        for (String p : packages) expr.append(";suppressMessages(library(").append(p).append("))");
        try {
            return exec(List.of("Rscript", "--vanilla", "-e", expr.toString())).exit == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs the script with the arguments and returns its key=value lines; a failing script fails the test. */
    public static Map<String, String> run(Path script, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("Rscript", "--vanilla", script.toString()));
        cmd.addAll(List.of(args));
        Result r = exec(cmd);
        if (r.exit != 0) throw new IllegalStateException(script.getFileName() + " failed (" + r.exit + "):\n" + r.output);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : r.output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.substring(0, eq).contains(" ")) values.put(line.substring(0, eq), line.substring(eq + 1).trim());
        }
        return values;
    }

    /** A script in src/test/resources/r. */
    public static Path script(String name) {
        try {
            return Path.of(RScript.class.getResource("/r/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no R script " + name + " in src/test/resources/r", e);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result exec(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Rscript did not finish within " + TIMEOUT_S + " s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
