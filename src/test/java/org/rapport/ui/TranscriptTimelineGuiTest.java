package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.app.Project;
import org.rapport.model.coding.Coding;
import org.rapport.ui.common.Theme;
import org.rapport.ui.session.SessionView;

/**
 * The transcript and timeline an ELAN user expects (issue #11 item 5) and coding the right utterance (item 4), driven
 * with key and mouse events through the real component tree of the app under Xvfb with real libVLC.
 */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class TranscriptTimelineGuiTest {
    @TempDir
    Path dir;

    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }

    /** The test project plus "s02-long": the same 20-second video with 80 short utterances, so the list scrolls. */
    private SessionView open(String session) throws Exception {
        NativeSupport.assumeDisplay();
        Path project = TestSessions.project(dir.resolve("project"));
        try (Project p = Project.open(project)) {
            var s = TestSessions.addSession(p, "s02-long", TestSessions.sampleVideo(), TestSessions.transcript(80, 20_000),
                    20_000L);
            p.codings().assign(s.id(), p.raters().byName("Ana"), "3rs");
        }
        app = GuiFixture.open(project, "Ana");
        long id = app.onEdt(app.window::project).sessions().byName(session).id();
        SwingUtilities.invokeAndWait(() -> app.window.openSessionAt(id, 0));
        app.waitFor(() -> app.window.sessionView() != null && app.window.sessionView().isShowing(), 30_000);
        SessionView v = app.onEdt(app.window::sessionView);
        app.waitFor(() -> v.player().length() > 0, 20_000);
        return v;
    }

    private static Component focus() {
        return java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }

    private static JViewport viewport(Component c) {
        return (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
    }

    @Test
    void withFollowOffTheTranscriptStaysWhereTheCoderScrolledWhilePlaying() throws Exception {
        SessionView v = open("s02-long");
        JList<?> list = v.transcriptPanel().utteranceList();
        JToggleButton follow = (JToggleButton) app.onEdt(() -> Screenshots.find(v, "follow"));
        app.click(list, 40, 10);
        app.click(follow, 5, 5);
        app.waitFor(() -> !follow.isSelected(), 5_000);
        app.onEdt(() -> {
            viewport(list).setViewPosition(new java.awt.Point(0, 0));
            return null;
        });
        app.press(KeyEvent.VK_SPACE, ' ', 0);
        // 250 ms an utterance: by 7 s the one being spoken is the 28th, far below the first screenful
        app.waitFor(() -> v.player().time() > 7_000, 20_000);
        assertEquals(0, app.onEdt(() -> viewport(list).getViewPosition().y), "no scrolling while Follow is off");
        assertTrue(app.onEdt(() -> v.transcriptPanel().current()) >= 24, "the highlight still moves");

        app.click(follow, 5, 5);
        app.waitFor(() -> follow.isSelected(), 5_000);
        app.waitFor(() -> {
            int i = v.transcriptPanel().current();
            Rectangle cell = list.getCellBounds(i, i);
            return viewport(list).getViewPosition().y > 0 && list.getVisibleRect().intersects(cell);
        }, 10_000);
        app.press(KeyEvent.VK_SPACE, ' ', 0);
    }

    @Test
    void theTranscriptRewrapsWhenThePaneNarrows() throws Exception {
        SessionView v = open("s01-withdrawal");
        JList<?> list = v.transcriptPanel().utteranceList();
        // "I suppose. Sometimes I feel you push me to talk about things I'm not ready for."
        int before = app.onEdt(() -> list.getCellBounds(9, 9).height);
        int width = app.onEdt(() -> list.getWidth());
        // drag the divider between player and transcript far to the right, as a coder making room for the video
        app.onEdt(() -> {
            javax.swing.JSplitPane main = (javax.swing.JSplitPane) SwingUtilities.getAncestorOfClass(
                    javax.swing.JSplitPane.class, SwingUtilities.getAncestorOfClass(javax.swing.JSplitPane.class, list));
            main.setDividerLocation(main.getWidth() - 300);
            return null;
        });
        try {
            app.waitFor(() -> list.getWidth() < width - 100 && list.getCellBounds(9, 9).height > before, 10_000);
        } catch (IllegalStateException e) {
            throw new AssertionError("width " + width + " -> " + app.onEdt(list::getWidth) + ", row height " + before
                    + " -> " + app.onEdt(() -> list.getCellBounds(9, 9).height));
        }
        assertTrue(app.onEdt(() -> list.getWidth() <= viewport(list).getWidth()),
                "the rows follow the pane's width instead of running out of it");
    }

    @Test
    void aSearchHitIsSelectedInTheTranscriptWithItsWordsMarked() throws Exception {
        SessionView first = open("s01-withdrawal");
        SwingUtilities.invokeAndWait(() -> ((JButton) Screenshots.find(first, "back")).doClick());
        app.waitFor(() -> app.window.sessionView() == null, 10_000);
        JTabbedPane home = (JTabbedPane) app.onEdt(() -> Screenshots.find(app.window.getContentPane(), "home"));
        app.onEdt(() -> {
            home.setSelectedIndex(home.indexOfTab("Search"));
            return null;
        });
        JTextField q = (JTextField) app.onEdt(() -> Screenshots.find(app.window.getContentPane(), "query"));
        app.focusOn(q);
        for (char c : "ready".toCharArray()) app.press(KeyEvent.getExtendedKeyCodeForChar(c), c, 0);
        app.press(KeyEvent.VK_ENTER, '\n', 0);
        JTable results = (JTable) app.onEdt(() -> Screenshots.find(app.window.getContentPane(), "results"));
        app.waitFor(() -> results.getRowCount() > 0, 30_000);
        // the last hit in s02-long: utterance 69 of 80, far below the first screenful of the transcript
        int row = app.onEdt(() -> {
            int last = -1;
            for (int r = 0; r < results.getRowCount(); r++) if ("s02-long".equals(results.getValueAt(r, 0))) last = r;
            return last;
        });
        assertTrue(row >= 0, "s02-long has hits");
        assertTrue(String.valueOf(app.onEdt(() -> results.getValueAt(row, 3))).contains("background:"),
                "the matched word is marked in the result");
        Rectangle cell = app.onEdt(() -> results.getCellRect(row, 3, true));
        app.onEdt(() -> {
            results.scrollRectToVisible(cell);
            return null;
        });
        app.doubleClick(results, cell.x + 20, cell.y + 5);
        app.waitFor(() -> app.window.sessionView() != null && app.window.sessionView().isShowing(), 30_000);
        SessionView v = app.onEdt(app.window::sessionView);
        JList<?> list = v.transcriptPanel().utteranceList();
        // "I suppose. Sometimes I feel you push me to talk about things I'm not ready for." is utterance 9 + 12 k
        try {
            app.waitFor(() -> list.getSelectedIndex() == 69
                    && list.getVisibleRect().contains(list.getCellBounds(69, 69)), 10_000);
        } catch (IllegalStateException e) {
            throw new AssertionError("selected " + app.onEdt(list::getSelectedIndex) + ", visible "
                    + app.onEdt(list::getVisibleRect) + ", cell " + app.onEdt(() -> list.getCellBounds(69, 69)));
        }
        assertEquals(java.util.List.of("ready"), app.onEdt(() -> v.transcriptPanel().markedWords()));
    }

    @Test
    void aKeyInAPauseSaysWhichUtteranceItTookAndTheBarCarriesTheCodeName() throws Exception {
        SessionView v = open("s01-withdrawal");
        // utterance 1 (client) runs 1666–3182 ms, utterance 2 (therapist) from 3332 ms: 3232 is in the pause
        app.onEdt(() -> {
            v.seek(3_232);
            return null;
        });
        app.waitFor(() -> v.player().time() > 3_182 && v.player().time() < 3_332, 5_000);
        app.focusOn(app.onEdt(() -> v.transcriptPanel().utteranceList()));
        app.press(KeyEvent.VK_1, '1', 0);
        app.waitFor(() -> v.codingModel().own().size() == 1, 10_000);
        String said = app.onEdt(v::statusText);
        assertTrue(said.contains("in a pause: took Client's utterance at 00:01.6") && said.endsWith("saved"), said);
        Coding k = app.onEdt(() -> v.codingModel().own().get(0));
        assertEquals(1, k.firstUtterance(), "the client's utterance, not the therapist's after the pause");
        app.onEdt(() -> {
            v.repaint();
            return null;
        });
        app.waitFor(() -> v.timelineBarLabels().contains("Denial: Denial"), 10_000);
    }

    @Test
    void deletingACodingWithANoteAsksAndEscKeepsIt() throws Exception {
        SessionView v = open("s01-withdrawal");
        app.onEdt(() -> {
            v.seek(5_500);
            return null;
        });
        app.focusOn(app.onEdt(() -> v.transcriptPanel().utteranceList()));
        app.press(KeyEvent.VK_1, '1', 0);
        app.waitFor(() -> v.codingModel().own().size() == 1, 10_000);
        app.press(KeyEvent.VK_E, KeyEvent.CHAR_UNDEFINED, KeyEvent.CTRL_DOWN_MASK);
        app.waitFor(() -> focus() instanceof JTextArea, 5_000);
        app.press(KeyEvent.VK_X, 'x', 0);
        JTextArea area = (JTextArea) app.focusOwner();
        app.waitFor(() -> area.getText().equals("x"), 5_000);
        JButton ok = app.onEdt(() -> Screenshots.button(SwingUtilities.getWindowAncestor(area), "OK"));
        app.click(ok, 5, 5);
        app.waitFor(() -> v.statusText().startsWith("Note saved") && v.statusText().endsWith("saved"), 10_000);

        try {
            app.waitFor(() -> focus() == v.transcriptPanel().utteranceList(), 5_000);
        } catch (IllegalStateException e) {
            throw new AssertionError("after the note the focus is on " + app.focusOwner());
        }
        app.press(KeyEvent.VK_DELETE, KeyEvent.CHAR_UNDEFINED, 0);
        app.waitFor(() -> Screenshots.dialogTitled("Delete coding") != null, 5_000);
        app.press(KeyEvent.VK_ESCAPE, KeyEvent.CHAR_UNDEFINED, 0);
        app.waitFor(() -> "Not deleted.".equals(v.statusText()), 5_000);
        assertEquals(1, app.onEdt(() -> v.codingModel().own().size()));

        app.waitFor(() -> focus() == v.transcriptPanel().utteranceList(), 5_000);
        app.press(KeyEvent.VK_DELETE, KeyEvent.CHAR_UNDEFINED, 0);
        app.waitFor(() -> Screenshots.dialogTitled("Delete coding") != null, 5_000);
        JButton yes = app.onEdt(() -> Screenshots.button(Screenshots.dialogTitled("Delete coding"), "OK"));
        app.click(yes, 5, 5);
        app.waitFor(() -> v.codingModel().own().isEmpty() && v.statusText().startsWith("Deleted"), 10_000);
    }

    @Test
    void aCodingSelectedInTheListIsBroughtIntoTheTimelinesView() throws Exception {
        SessionView v = open("s01-withdrawal");
        app.onEdt(() -> {
            v.seek(1_800);
            return null;
        });
        app.focusOn(app.onEdt(() -> v.transcriptPanel().utteranceList()));
        app.press(KeyEvent.VK_1, '1', 0);
        app.waitFor(() -> v.codingModel().own().size() == 1, 10_000);
        // zoom in (5 s shown) and look at the end of the session
        Component timeline = app.onEdt(() -> Screenshots.find(v, "timeline"));
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> timeline.dispatchEvent(new java.awt.event.MouseWheelEvent(timeline,
                    java.awt.event.MouseEvent.MOUSE_WHEEL, System.currentTimeMillis(), KeyEvent.CTRL_DOWN_MASK,
                    timeline.getWidth() - 20, 40, 0, false, java.awt.event.MouseWheelEvent.WHEEL_UNIT_SCROLL, 1, -1)));
        }
        app.waitFor(() -> !v.timelineShows(1_700), 5_000);
        JTabbedPane tabs = (JTabbedPane) app.onEdt(() -> Screenshots.find(v, "coding-tabs"));
        int codings = app.onEdt(() -> tabs.indexOfTab("Codings"));
        app.press(KeyEvent.VK_1 + codings, KeyEvent.CHAR_UNDEFINED, KeyEvent.ALT_DOWN_MASK);
        app.waitFor(() -> Screenshots.find(v, "codings") != null && Screenshots.find(v, "codings").isShowing(), 5_000);
        JTable table = (JTable) app.onEdt(() -> Screenshots.find(v, "codings"));
        SwingUtilities.invokeAndWait(table::clearSelection);
        Rectangle cell = app.onEdt(() -> table.getCellRect(0, 2, true));
        app.click(table, cell.x + 5, cell.y + 5);
        Coding k = app.onEdt(() -> v.codingModel().own().get(0));
        app.waitFor(() -> v.timelineShows(k.startMs()) && v.timelineShows(k.endMs()), 5_000);

        // the start and end columns hold a time past an hour without cutting it
        for (int c = 0; c < 2; c++) {
            int col = c;
            int[] widths = app.onEdt(() -> new int[] {table.getColumnModel().getColumn(col).getWidth(),
                    table.getFontMetrics(table.getFont()).stringWidth("1:23:45.6") + 16});
            assertTrue(widths[0] >= widths[1], "column " + col + " is " + widths[0] + " px, h:mm:ss.t needs " + widths[1]);
        }
    }

    @Test
    void theSegmentOverviewShowsARatedSegmentAndTheSpeakerLaneWhoSpeaks() throws Exception {
        SessionView v = open("s01-withdrawal");
        javax.swing.JComponent timeline = (javax.swing.JComponent) app.onEdt(() -> Screenshots.find(v, "timeline"));
        assertTrue(app.onEdt(() -> tip(timeline, v.timelinePoint(2_000, "rated"))).endsWith("0 of 3 items rated"));
        JTabbedPane tabs = (JTabbedPane) app.onEdt(() -> Screenshots.find(v, "coding-tabs"));
        int segment = app.onEdt(() -> tabs.indexOfTab("Segment"));
        app.press(KeyEvent.VK_1 + segment, KeyEvent.CHAR_UNDEFINED, KeyEvent.ALT_DOWN_MASK);
        app.waitFor(() -> focus() != null && focus().getName() != null && focus().getName().startsWith("item-"), 5_000);
        app.press(KeyEvent.VK_3, '3', 0);
        app.waitFor(() -> tip(timeline, v.timelinePoint(2_000, "rated")).endsWith("1 of 3 items rated"), 10_000);

        // utterance 1 (the client's) runs 1666–3182 ms
        java.awt.Point speech = app.onEdt(() -> v.timelinePoint(2_500, "speech"));
        assertTrue(app.onEdt(() -> tip(timeline, speech)).contains("<b>Client</b> 00:01.6"));
        app.click(timeline, speech.x, speech.y);
        app.waitFor(() -> Math.abs(v.player().time() - 2_500) < 300, 5_000);
    }

    private static String tip(javax.swing.JComponent c, java.awt.Point p) {
        return String.valueOf(c.getToolTipText(new java.awt.event.MouseEvent(c, java.awt.event.MouseEvent.MOUSE_MOVED,
                System.currentTimeMillis(), 0, p.x, p.y, 0, false)));
    }

    @Test
    void bannersAreReadableInTheDarkThemeAndLightAgainAfterSwitchingBack() throws Exception {
        SessionView v = open("s01-withdrawal");
        app.press(KeyEvent.VK_M, KeyEvent.CHAR_UNDEFINED, KeyEvent.ALT_DOWN_MASK);
        app.waitFor(() -> v.bannerText().contains("seg-withdrawal"), 10_000);
        Component banner = app.onEdt(() -> visibleBanner(v));
        try {
            SwingUtilities.invokeAndWait(() -> Theme.switchTo(true));
            assertTrue(app.onEdt(() -> luminance(banner.getBackground())) < 0.1, "a dark banner in the dark theme");
            assertTrue(app.onEdt(() -> contrast(banner)) > 4.5, "its text is readable");
        } finally {
            SwingUtilities.invokeAndWait(() -> Theme.switchTo(false));
        }
        assertTrue(app.onEdt(() -> luminance(banner.getBackground())) > 0.5, "a light banner again");
        assertTrue(app.onEdt(() -> contrast(banner)) > 4.5, "its text is readable");
        assertEquals(UIManager.getColor("Label.disabledForeground"),
                app.onEdt(() -> Screenshots.find(v, "status").getForeground()), "the status line is grey again");
        assertFalse(app.onEdt(Theme::isDark));
    }

    private static Component visibleBanner(Container root) {
        for (Component c : root.getComponents()) {
            if ("banner".equals(c.getName()) && c.isVisible()) return c;
            if (c instanceof Container box) {
                Component found = visibleBanner(box);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static double contrast(Component banner) {
        Component text = ((Container) banner).getComponent(0);
        double a = luminance(banner.getBackground());
        double b = luminance(text.getForeground());
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Relative luminance (WCAG). */
    private static double luminance(Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
