package org.rapport.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short kill torture (docs/kill-torture.sh runs the long one): each kind of large import is killed with SIGKILL
 * a few times, early, halfway and near the end, and every killed project must be unchanged or hold the whole import.
 */
class KillTortureTest {
    @TempDir
    Path dir;

    @Test
    void importsKilledAtRandomMomentsLeaveTheProjectUnchangedOrWhole() throws Exception {
        KillTorture torture = new KillTorture(dir, 20260302L);
        torture.prepare();
        for (KillTorture.Kind kind : KillTorture.Kind.values()) {
            KillTorture.Figures f = torture.run(kind, 3, 6_000);
            assertEquals(3, f.runs());
            assertTrue(f.damaged().isEmpty(), f.toString());
        }
    }
}
