package org.rapport.ui.common;

import java.awt.Color;
import java.awt.Font;
import java.awt.Window;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import org.rapport.model.session.Role;

/**
 * The look: FlatLaf light or dark with a few theme properties (a calm accent, rounder corners, more air), and the
 * few colours the workspace draws itself (speaker roles, code groups, the timeline).
 */
public final class Theme {
    private Theme() {
    }

    public static void install(boolean dark) {
        FlatLaf.setGlobalExtraDefaults(java.util.Map.of(
                "@accentColor", dark ? "#6b9bd1" : "#3d6fa8",
                "Component.arc", "8",
                "Button.arc", "8",
                "TextComponent.arc", "8",
                "ScrollBar.width", "10",
                "ScrollBar.thumbArc", "999",
                "ScrollBar.thumbInsets", "2,2,2,2",
                "Table.rowHeight", "30",
                "TitlePane.unifiedBackground", "true"));
        if (dark) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
        UIManager.put("defaultFont", UIManager.getFont("defaultFont").deriveFont(Font.PLAIN, 13f));
    }

    /** Switches theme live in every open window. */
    public static void switchTo(boolean dark) {
        install(dark);
        FlatLaf.updateUI();
        for (Window w : Window.getWindows()) SwingUtilities.updateComponentTreeUI(w);
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    /** The colour of a speaker role: therapist blue, client amber, the rest grey-green. */
    public static Color role(Role role) {
        boolean dark = isDark();
        return switch (role) {
            case THERAPIST, CO_THERAPIST -> dark ? new Color(0x7fa7d9) : new Color(0x2f6199);
            case CLIENT, GROUP_MEMBER -> dark ? new Color(0xe0a86a) : new Color(0xa65d12);
            default -> dark ? new Color(0x9fb3a6) : new Color(0x5b6e62);
        };
    }

    /** Colour of a code group (withdrawal, confrontation, resolution), stable for any other group id. */
    public static Color group(String groupId) {
        boolean dark = isDark();
        String g = groupId == null ? "" : groupId;
        if (g.contains("withdraw")) return dark ? new Color(0x8f9fe0) : new Color(0x5663b8);
        if (g.contains("confront")) return dark ? new Color(0xe08a8a) : new Color(0xb8484a);
        if (g.contains("resol") || g.contains("repair")) return dark ? new Color(0x80c4a0) : new Color(0x2f8a5c);
        Color[] others = {new Color(0x9a7bb8), new Color(0x4f9aa8), new Color(0xb08a3c)};
        return others[Math.floorMod(g.hashCode(), others.length)];
    }

    /** A colour per rater for supervisor lanes. */
    public static Color rater(int index) {
        Color[] c = {new Color(0x4f7fb8), new Color(0xc07a3a), new Color(0x5a9a6a), new Color(0x9a6ab8),
                new Color(0xb85a6a)};
        return c[Math.floorMod(index, c.length)];
    }

    /**
     * Greys a label's text as a FlatLaf style, so it stays grey in either theme and through a switch (a colour set
     * once would be the old theme's, or be reset to the normal text colour).
     */
    public static void mute(javax.swing.JComponent c) {
        c.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
    }

    public static Color muted() {
        return UIManager.getColor("Label.disabledForeground");
    }

    /** Background of the utterance being spoken now. */
    public static Color currentLine() {
        return isDark() ? new Color(0x2e3b4d) : new Color(0xe6eef8);
    }

    /** The background that marks a search's matched words, in the transcript and in the results. */
    public static Color matchMark(boolean dark) {
        return dark ? new Color(0x7a6420) : new Color(0xffe28a);
    }

    public static Color panelAlt() {
        return isDark() ? new Color(0x2b2d30) : new Color(0xf6f7f9);
    }

    public static Color blend(Color a, Color b, double t) {
        return new Color((int) (a.getRed() * (1 - t) + b.getRed() * t), (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
    }
}
