package org.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The XDG base directory specification, and $HOME before the password file's home. */
class UserFoldersTest {
    @Test
    void linuxUsesTheXdgFoldersWhenSet() {
        UserFolders f = UserFolders.of(Map.of("HOME", "/home/ana", "XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data",
                "XDG_STATE_HOME", "/state", "XDG_CACHE_HOME", "/cache"), "Linux", "/etc-passwd-home");

        assertEquals(new UserFolders(Path.of("/cfg/rapport"), Path.of("/data/rapport"), Path.of("/state/rapport"),
                Path.of("/cache/rapport")), f);
    }

    @Test
    void linuxFallsBackToTheSpecificationsDefaultsUnderHome() {
        UserFolders f = UserFolders.of(Map.of("HOME", "/home/ana"), "Linux", "/etc-passwd-home");

        assertEquals(new UserFolders(Path.of("/home/ana/.config/rapport"), Path.of("/home/ana/.local/share/rapport"),
                Path.of("/home/ana/.local/state/rapport"), Path.of("/home/ana/.cache/rapport")), f);
    }

    @Test
    void relativeOrEmptyXdgValuesAreIgnoredAsTheSpecificationSays() {
        UserFolders f = UserFolders.of(Map.of("HOME", "/home/ana", "XDG_CONFIG_HOME", "relative/cfg",
                "XDG_DATA_HOME", " "), "Linux", null);

        assertEquals(Path.of("/home/ana/.config/rapport"), f.config());
        assertEquals(Path.of("/home/ana/.local/share/rapport"), f.data());
    }

    @Test
    void homeComesFromTheEnvironmentNotThePasswordFile() {
        assertEquals(Path.of("/home/ana"), UserFolders.home(Map.of("HOME", "/home/ana"), "/root"));
        assertEquals(Path.of("/root"), UserFolders.home(Map.of(), "/root"), "only without HOME");
    }

    @Test
    void macOsAndWindowsUseTheirOwnPlaces() {
        UserFolders mac = UserFolders.of(Map.of("HOME", "/Users/ana"), "Mac OS X", null);
        assertEquals(Path.of("/Users/ana/Library/Application Support/Rapport"), mac.config());
        assertEquals(Path.of("/Users/ana/Library/Logs/Rapport"), mac.state());

        UserFolders win = UserFolders.of(Map.of("HOME", "/users/ana", "APPDATA", "/users/ana/AppData/Roaming",
                "LOCALAPPDATA", "/users/ana/AppData/Local"), "Windows 11", null);
        assertEquals(Path.of("/users/ana/AppData/Roaming/Rapport"), win.config());
        assertEquals(Path.of("/users/ana/AppData/Local/Rapport/logs"), win.state());
    }
}
