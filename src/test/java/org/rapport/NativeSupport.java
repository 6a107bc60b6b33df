package org.rapport;

import java.awt.GraphicsEnvironment;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.rapport.media.VlcRuntime;

/**
 * The one rule for tests that need a display, libVLC or PostgreSQL: without them the test is skipped with a message, unless
 * RAPPORT_REQUIRE_NATIVE=1 (as CI sets it), in which case their absence fails the test.
 */
public final class NativeSupport {
    private NativeSupport() {
    }

    public static boolean required() {
        return "1".equals(System.getenv("RAPPORT_REQUIRE_NATIVE"));
    }

    public static void assumeDisplay() {
        need(!GraphicsEnvironment.isHeadless(), "no display (run under xvfb-run -a -s \"-screen 0 1280x800x24\")");
    }

    public static void assumeLibVlc() {
        boolean found;
        try {
            var vlc = VlcRuntime.discover();
            found = vlc.isPresent();
            vlc.ifPresent(VlcRuntime::close);
        } catch (LinkageError e) {
            found = false;
        }
        need(found, "libVLC not found (apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output)");
    }

    /** Server-project tests need PostgreSQL's server binaries (initdb, pg_ctl) from the machine's packages. */
    public static void assumePostgres(boolean installed) {
        need(installed, "PostgreSQL not found under /usr/lib/postgresql (apt-get install postgresql)");
    }

    /** R with the given packages (Debian: r-base-core, r-cran-psych), for tests that check against R itself. */
    public static void assumeR(String... packages) {
        need(RScript.has(packages), "R (Rscript)" + (packages.length == 0 ? "" : " with package(s) "
                + String.join(", ", packages)) + " not found (apt-get install r-base-core r-cran-psych)");
    }

    /** A program on the PATH (pspp, Rscript), else skipped or failed like libVLC. */
    public static void assumeProgram(String program, String debianPackage) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))) found = true;
        }
        need(found, program + " not found (apt-get install " + debianPackage + ")");
    }

    private static void need(boolean present, String what) {
        if (present) return;
        if (required()) Assertions.fail(what + ", and RAPPORT_REQUIRE_NATIVE=1 requires it");
        Assumptions.abort("skipped: " + what);
    }
}
