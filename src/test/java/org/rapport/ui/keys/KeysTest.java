package org.rapport.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.swing.KeyStroke;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.SettingsFile;
import org.rapport.codebook.CodebookLoader;
import org.rapport.model.codebook.Codebook;
import org.rapport.ui.common.Prefs;

/** Keys that codes of different codebooks share are found, so the workspace can say which code a key applies. */
class KeysTest {
    @TempDir
    static Path dir;
    private final Keys keys = new Keys(new Prefs(SettingsFile.load(dir.resolve(UUID.randomUUID() + ".properties"))));
    private final Codebook threeRs = CodebookLoader.load(Path.of("codebooks/3rs.yaml"));
    private final Codebook demo = CodebookLoader.load(Path.of("codebooks/demo.yaml"));

    @Test
    void oneCodebookHasNoSharedKeys() {
        assertEquals(List.of(), keys.codeCollisions(List.of(threeRs)));
    }

    @Test
    void the3rsAndDemoCodebooksShareTheirNumberKeys() {
        List<String> shared = keys.codeCollisions(List.of(threeRs, demo));
        assertTrue(shared.stream().anyMatch(s -> s.startsWith("1: ") && s.contains("(3rs)") && s.contains("(demo)")), shared.toString());
    }

    @Test
    void remappingAKeyEndsTheCollision() {
        List<String> before = keys.codeCollisions(List.of(threeRs, demo));
        var demoCode = demo.codes().stream().filter(c -> "1".equals(c.hotkey())).findFirst().orElseThrow();
        keys.remap(Keys.codeActionId(demo, demoCode), KeyStroke.getKeyStroke("F9"));
        List<String> after = keys.codeCollisions(List.of(threeRs, demo));
        assertEquals(before.size() - 1, after.size(), before + " then " + after);
    }
}
