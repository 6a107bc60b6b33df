package org.rapport.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Settings of the app itself (not of a project): theme, recent projects, remapped keys. Tests point it at their
 * own node with -Drapport.prefs=NODE so they never touch a user's settings. A change is in memory at once and
 * written to disk on a thread of its own, so the event thread never waits on the file.
 */
public final class Prefs {
    private static final int MAX_RECENT = 8;
    private static final ExecutorService FLUSHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rapport-prefs");
        t.setDaemon(true);
        return t;
    });
    private final Preferences node;

    public Prefs(Preferences node) {
        this.node = node;
    }

    public static Prefs user() {
        return new Prefs(Preferences.userRoot().node(System.getProperty("rapport.prefs", "org/rapport/app")));
    }

    public boolean dark() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDark(boolean dark) {
        node.putBoolean("theme.dark", dark);
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
        try {
            for (String k : node.keys()) if (k.startsWith("key.")) node.remove(k);
        } catch (BackingStoreException e) {
            // the defaults stay in place
        }
        flush();
    }

    private void flush() {
        FLUSHER.execute(() -> {
            try {
                node.flush();
            } catch (BackingStoreException | IllegalStateException e) {
                // preferences are a convenience (and a removed node has nothing to write): not worth an error dialog
            }
        });
    }
}
