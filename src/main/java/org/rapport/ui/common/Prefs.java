package org.rapport.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.rapport.app.SettingsFile;
import org.rapport.app.UserFolders;

/**
 * Settings of the app itself (not of a project): theme, recent projects, remapped keys, in
 * {@code settings.properties} of the user's config folder ({@link UserFolders#config()}). Tests point it at a file of
 * their own with -Drapport.settings=FILE so they never touch a user's settings. A change is in memory at once and
 * written to disk on a thread of its own, so the event thread never waits on the file.
 */
public final class Prefs {
    private static final int MAX_RECENT = 8;
    private static final ExecutorService FLUSHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-prefs");
        t.setDaemon(true);
        return t;
    });
    /** Where earlier versions kept the settings (Java's preferences, under ~/.java): read once, on a first start. */
    private static final String OLD_NODE = "org/rapport/app";
    private static final Map<Path, SettingsFile> LOADED = new ConcurrentHashMap<>();
    private final SettingsFile node;

    public Prefs(SettingsFile node) {
        this.node = node;
    }

    /**
     * The user's settings, one copy per file in this process (as Java's preferences were), so what one part of the
     * app set another reads at once. The first call reads the file: make it off the event thread.
     */
    public static Prefs user() {
        String override = System.getProperty("rapport.settings");
        boolean usersOwn = override == null || override.isBlank();
        Path file = usersOwn ? UserFolders.current().config().resolve("settings.properties")
                : Path.of(override).toAbsolutePath();
        return new Prefs(LOADED.computeIfAbsent(file, f -> {
            SettingsFile settings = SettingsFile.load(f);
            if (usersOwn && settings.isEmpty()) takeOverOldSettings(settings);
            return settings;
        }));
    }

    private static void takeOverOldSettings(SettingsFile file) {
        // Java keeps them under user.home, which comes from the password file; the user's home is $HOME
        if (System.getProperty("java.util.prefs.userRoot") == null) {
            System.setProperty("java.util.prefs.userRoot", UserFolders.home().toString());
        }
        try {
            if (!Preferences.userRoot().nodeExists(OLD_NODE)) return;
            Preferences old = Preferences.userRoot().node(OLD_NODE);
            for (String key : old.keys()) {
                String value = old.get(key, null);
                if (value != null) file.put(key, value);
            }
            if (!file.isEmpty()) file.save();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            // the old settings stay where they are; the defaults apply
        }
    }

    public boolean dark() {
        return Boolean.parseBoolean(node.get("theme.dark", "false"));
    }

    public void setDark(boolean dark) {
        node.put("theme.dark", Boolean.toString(dark));
        flush();
    }

    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (String s : node.get("projects.recent", "").split("\n")) if (!s.isBlank()) out.add(Path.of(s));
        return out;
    }

    /** Puts a project first in the recent list. */
    public void opened(Path project) {
        List<Path> recent = recentProjects();
        Path p = project.toAbsolutePath().normalize();
        recent.remove(p);
        recent.add(0, p);
        StringBuilder sb = new StringBuilder();
        for (Path r : recent.subList(0, Math.min(MAX_RECENT, recent.size()))) sb.append(r).append('\n');
        node.put("projects.recent", sb.toString());
        flush();
    }

    /** Server projects opened lately, as URIs without any password (Rapport keeps none). */
    public List<String> recentServers() {
        List<String> out = new ArrayList<>();
        for (String s : node.get("servers.recent", "").split("\n")) if (!s.isBlank()) out.add(s);
        return out;
    }

    /** Puts a server project (its URI without password) first in its recent list. */
    public void openedServer(String uriWithoutPassword) {
        List<String> recent = recentServers();
        recent.remove(uriWithoutPassword);
        recent.add(0, uriWithoutPassword);
        node.put("servers.recent", String.join("\n", recent.subList(0, Math.min(MAX_RECENT, recent.size()))) + "\n");
        flush();
    }

    public Optional<String> lastRater(Path project) {
        return Optional.ofNullable(node.get("rater." + Integer.toHexString(project.toAbsolutePath().normalize()
                .toString().hashCode()), null));
    }

    public void setLastRater(Path project, String rater) {
        node.put("rater." + Integer.toHexString(project.toAbsolutePath().normalize().toString().hashCode()), rater);
        flush();
    }

    public Optional<String> key(String actionId) {
        return Optional.ofNullable(node.get("key." + actionId, null));
    }

    public void setKey(String actionId, String keyStroke) {
        node.put("key." + actionId, keyStroke);
        flush();
    }

    public void resetKeys() {
        for (String k : node.keys()) if (k.startsWith("key.")) node.remove(k);
        flush();
    }

    private void flush() {
        FLUSHER.execute(node::save); // a file that cannot be written is logged: settings are not worth an error dialog
    }
}
