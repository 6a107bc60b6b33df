package org.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsReadBackExactlyWhateverTheCharacters() throws Exception {
        Path file = dir.resolve("config/rapport/settings.properties");
        SettingsFile s = SettingsFile.load(file);
        assertTrue(s.isEmpty());
        s.put("projects.recent", "/lab/Zoë's study\n/lab/a=b:c #d\n");
        s.put("key.code.3rs.W1", "shift F9");
        s.put("theme.dark", "true");
        s.save();

        SettingsFile again = SettingsFile.load(file);
        assertEquals("/lab/Zoë's study\n/lab/a=b:c #d\n", again.get("projects.recent", null));
        assertEquals("shift F9", again.get("key.code.3rs.W1", null));
        assertEquals(Set.of("projects.recent", "key.code.3rs.W1", "theme.dark"), again.keys());
        assertFalse(Files.exists(file.resolveSibling("settings.properties.new")), "the new file was moved into place");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.indexOf("key.code") < text.indexOf("projects.recent") && text.indexOf("projects") < text.indexOf(
                "theme.dark"), "sorted, so the file changes only where a setting did:\n" + text);
    }

    @Test
    void removingASettingRemovesItFromTheFile() {
        Path file = dir.resolve("settings.properties");
        SettingsFile s = SettingsFile.load(file);
        s.put("a", "1");
        s.put("b", "2");
        s.remove("a");
        s.save();
        assertEquals(Set.of("b"), SettingsFile.load(file).keys());
    }

    @Test
    void aDamagedFileGivesTheDefaultsNotAnError() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme.dark=\\uZZZZ\n"); // a malformed escape: Properties.load refuses it
        SettingsFile s = SettingsFile.load(file);
        assertEquals("fallback", s.get("theme.dark", "fallback"));
    }

    @Test
    void aFileThatCannotBeWrittenIsLoggedNotThrown() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        SettingsFile s = SettingsFile.load(blocked.resolve("settings.properties"));
        s.put("a", "1");
        s.save(); // the folder cannot be made: nothing thrown
        assertEquals("1", s.get("a", null), "the setting holds for this run");
    }
}
