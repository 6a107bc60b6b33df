package org.rapport.ui.keys;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.KeyStroke;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.ui.common.Prefs;

/**
 * The workspace keys: defaults, a user's remappings (kept in {@link Prefs}), and the codebook's code hotkeys.
 * Every key is listed in the help overlay (F1) and can be changed there.
 */
public final class Keys {
    /** A workspace action with its default key. */
    public record Action(String id, String label, String defaultKey) {
    }

    public static final List<Action> WORKSPACE = List.of(
            new Action("play-pause", "Play / pause", "SPACE"),
            new Action("back-5s", "Back 5 seconds", "LEFT"),
            new Action("forward-5s", "Forward 5 seconds", "RIGHT"),
            new Action("frame-back", "One frame back", "COMMA"),
            new Action("frame-forward", "One frame forward", "PERIOD"),
            new Action("slower", "Slower (down to 0.5\u00d7)", "OPEN_BRACKET"),
            new Action("faster", "Faster (up to 2\u00d7)", "CLOSE_BRACKET"),
            new Action("previous-coding", "Jump to previous coding", "P"),
            new Action("next-coding", "Jump to next coding", "N"),
            new Action("mark-in", "Mark in", "I"),
            new Action("mark-out", "Mark out", "O"),
            new Action("clear-marks", "Clear in/out marks", "ESCAPE"),
            new Action("delete-coding", "Delete selected coding", "DELETE"),
            new Action("note", "Note on selected coding", "ctrl E"),
            new Action("undo", "Undo", "ctrl Z"),
            new Action("redo", "Redo", "ctrl shift Z"),
            new Action("find", "Find in transcript", "ctrl F"),
            new Action("help", "Keys and help", "F1"));

    private final Prefs prefs;

    public Keys(Prefs prefs) {
        this.prefs = prefs;
    }

    public KeyStroke stroke(Action a) {
        return parse(prefs.key(a.id()).orElse(a.defaultKey()));
    }

    /** The key of a code: the user's remapping, else the codebook's hotkey, else none. */
    public KeyStroke stroke(Codebook cb, Code code) {
        String remapped = prefs.key(codeActionId(cb, code)).orElse(null);
        if (remapped != null) return remapped.isEmpty() ? null : parse(remapped);
        return code.hotkey() == null || code.hotkey().isBlank() ? null : parse(code.hotkey());
    }

    public static String codeActionId(Codebook cb, Code code) {
        return "code." + cb.id() + "." + code.id();
    }

    public void remap(String actionId, KeyStroke stroke) {
        prefs.setKey(actionId, stroke == null ? "" : stroke.toString().replace("pressed ", ""));
    }

    public void resetAll() {
        prefs.resetKeys();
    }

    /** "1" to VK_1, "q" to VK_Q, "F5", "ctrl Z" ... as a key-pressed stroke; null when unreadable. */
    static KeyStroke parse(String key) {
        if (key == null || key.isBlank()) return null;
        String k = key.trim();
        if (k.length() == 1) k = k.toUpperCase(Locale.ROOT);
        else {
            int sp = k.lastIndexOf(' ');
            String last = k.substring(sp + 1);
            if (last.length() == 1) k = k.substring(0, sp + 1) + last.toUpperCase(Locale.ROOT);
        }
        return KeyStroke.getKeyStroke(k);
    }

    /** "Ctrl+Z", "Space", "[" : a key as the help overlay shows it. */
    public static String display(KeyStroke s) {
        if (s == null) return "\u2014";
        String mods = KeyEvent.getModifiersExText(s.getModifiers());
        String key = switch (s.getKeyCode()) {
            case KeyEvent.VK_OPEN_BRACKET -> "[";
            case KeyEvent.VK_CLOSE_BRACKET -> "]";
            case KeyEvent.VK_COMMA -> ",";
            case KeyEvent.VK_PERIOD -> ".";
            case KeyEvent.VK_LEFT -> "\u2190";
            case KeyEvent.VK_RIGHT -> "\u2192";
            case KeyEvent.VK_ESCAPE -> "Esc";
            default -> KeyEvent.getKeyText(s.getKeyCode());
        };
        return mods.isEmpty() ? key : mods + "+" + key;
    }

    /** All workspace actions with their current keys, in help order. */
    public Map<Action, KeyStroke> all() {
        Map<Action, KeyStroke> m = new LinkedHashMap<>();
        for (Action a : WORKSPACE) m.put(a, stroke(a));
        return m;
    }

    /**
     * Keys that codes of different codebooks share, each as "1: w-denial (3rs), d-shift (demo)". Only the first
     * codebook's code gets such a key, so the workspace says so instead of leaving the coder to find out.
     */
    public List<String> codeCollisions(List<Codebook> codebooks) {
        Map<KeyStroke, List<String>> byKey = new LinkedHashMap<>();
        Map<KeyStroke, java.util.Set<String>> books = new LinkedHashMap<>();
        for (Codebook cb : codebooks) {
            for (Code c : cb.codes()) {
                KeyStroke s = stroke(cb, c);
                if (s == null) continue;
                byKey.computeIfAbsent(s, k -> new ArrayList<>()).add(c.id() + " (" + cb.id() + ")");
                books.computeIfAbsent(s, k -> new java.util.LinkedHashSet<>()).add(cb.id());
            }
        }
        List<String> out = new ArrayList<>();
        byKey.forEach((s, codes) -> {
            if (books.get(s).size() > 1) out.add(display(s) + ": " + String.join(", ", codes));
        });
        return out;
    }

    /** Workspace actions whose current keys collide with another action or code key. */
    public List<String> conflicts(List<KeyStroke> codeKeys) {
        List<String> out = new ArrayList<>();
        Map<KeyStroke, String> seen = new LinkedHashMap<>();
        for (Action a : WORKSPACE) {
            KeyStroke s = stroke(a);
            if (s == null) continue;
            if (seen.containsKey(s)) out.add(a.label() + " and " + seen.get(s));
            seen.put(s, a.label());
        }
        for (KeyStroke s : codeKeys) if (s != null && seen.containsKey(s)) out.add("a code and " + seen.get(s));
        return out;
    }
}
