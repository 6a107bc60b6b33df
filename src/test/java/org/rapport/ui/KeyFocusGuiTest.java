package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JToggleButton;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.ui.session.SessionView;

/**
 * Keys never go astray (issue #11): code keys are never typed into a text field, text typed into a field never
 * becomes a coding, and the keys come back to the workspace when the coder leaves the field. Key and mouse events go
 * through the real event queue and component tree of the app under Xvfb.
 */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class KeyFocusGuiTest {
    @TempDir
    Path dir;

    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }

    private SessionView openSession() throws Exception {
        NativeSupport.assumeDisplay();
        app = GuiFixture.open(TestSessions.project(dir.resolve("project")), "Ana");
        SessionView v = app.openFirstSession();
        app.onEdt(() -> {
            v.seek(5_500);
            return null;
        });
        return v;
    }

    /** The focus owner; on the event thread. */
    private static Component focus() {
        return java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    }

    private void pressCtrl(int keyCode) throws Exception {
        app.press(keyCode, KeyEvent.CHAR_UNDEFINED, KeyEvent.CTRL_DOWN_MASK);
    }

    private void awaitFocus(Class<?> kind, String what) throws Exception {
        try {
            app.waitFor(() -> kind.isInstance(focus()), 5_000);
        } catch (IllegalStateException e) {
            throw new AssertionError(what + ": the focus is on " + app.focusOwner());
        }
    }

    @Test
    void textTypedIntoTheFindBoxNeverCodesAndEscHandsTheKeysBack() throws Exception {
        SessionView v = openSession();
        JTextField find = (JTextField) app.onEdt(() -> Screenshots.find(v, "find"));
        pressCtrl(KeyEvent.VK_F);
        awaitFocus(JTextField.class, "Ctrl+F");
        app.press(KeyEvent.VK_1, '1', 0);
        app.press(KeyEvent.VK_2, '2', 0);
        app.waitFor(() -> find.getText().equals("12"), 5_000);
        assertTrue(app.onEdt(() -> v.codingModel().own().isEmpty()), "typing in the find box codes nothing");

        app.press(KeyEvent.VK_ESCAPE, KeyEvent.CHAR_UNDEFINED, 0);
        app.waitFor(() -> focus() == v.transcriptPanel().utteranceList(), 5_000);
        app.press(KeyEvent.VK_1, '1', 0);
        app.waitFor(() -> v.codingModel().own().size() == 1, 10_000);
        assertEquals("12", app.onEdt(find::getText), "the code key after Esc is not typed into the find box");
    }

    @Test
    void clickingTheVideoOrTheTranscriptTakesTheKeysOutOfTheFindBox() throws Exception {
        SessionView v = openSession();
        for (String target : new String[] {"video", "transcript", "timeline"}) {
            pressCtrl(KeyEvent.VK_F);
            awaitFocus(JTextField.class, "Ctrl+F before clicking the " + target);
            Component c = app.onEdt(() -> Screenshots.find(v, target));
            app.click(c, 40, 10);
            try {
                app.waitFor(() -> !(focus() instanceof JTextComponent), 5_000);
            } catch (IllegalStateException e) {
                throw new AssertionError("after clicking the " + target + " the focus is on " + app.focusOwner());
            }
        }
        int before = app.onEdt(() -> v.codingModel().own().size());
        app.press(KeyEvent.VK_2, '2', 0);
        app.waitFor(() -> v.codingModel().own().size() == before + 1, 10_000);
        assertEquals("", app.onEdt(() -> ((JTextField) Screenshots.find(v, "find")).getText()));
    }

    @Test
    void theNoteDialogOpensWithItsTextFieldFocused() throws Exception {
        SessionView v = openSession();
        app.focusOn(app.onEdt(() -> v.transcriptPanel().utteranceList()));
        app.press(KeyEvent.VK_1, '1', 0);
        app.waitFor(() -> v.codingModel().own().size() == 1, 10_000);
        pressCtrl(KeyEvent.VK_E);
        awaitFocus(JTextArea.class, "Ctrl+E");
        app.press(KeyEvent.VK_3, '3', 0);
        JTextArea area = (JTextArea) app.focusOwner();
        app.waitFor(() -> area.getText().equals("3"), 5_000);
        Window dialog = app.onEdt(() -> javax.swing.SwingUtilities.getWindowAncestor(area));
        assertTrue(dialog instanceof JDialog, "the note is typed in its dialog: " + dialog);
        app.onEdt(() -> {
            dialog.dispose();
            return null;
        });
        assertEquals(1, app.onEdt(() -> v.codingModel().own().size()), "the 3 typed into the note coded nothing");
    }

    @Test
    void theSessionListHasTheFocusAndEnterOpensTheSelectedSession() throws Exception {
        NativeSupport.assumeDisplay();
        app = GuiFixture.open(TestSessions.project(dir.resolve("project")), "Ana");
        app.waitFor(() -> focus() == Screenshots.find(app.window.getContentPane(), "sessions"), 10_000);
        app.press(KeyEvent.VK_ENTER, '\n', 0);
        app.waitFor(() -> app.window.sessionView() != null && app.window.sessionView().isShowing(), 30_000);
    }

    @Test
    void numberKeysRateTheFocusedItemOfAFormReachedWithAltAndADigit() throws Exception {
        SessionView v = openSession();
        JTabbedPane tabs = (JTabbedPane) app.onEdt(() -> Screenshots.find(v, "coding-tabs"));
        int segmentTab = app.onEdt(() -> tabs.indexOfTab("Segment"));
        assertTrue(segmentTab > 0, "the 3RS has a segment form");
        app.press(KeyEvent.VK_1 + segmentTab, KeyEvent.CHAR_UNDEFINED, KeyEvent.ALT_DOWN_MASK);
        awaitFocus(JPanel.class, "Alt+" + (segmentTab + 1));
        String first = app.onEdt(() -> focus().getName());
        assertTrue(first.startsWith("item-"), "a rating item has the focus: " + first);
        app.press(KeyEvent.VK_3, '3', 0);
        String item = first.substring("item-".length());
        app.waitFor(() -> ((JToggleButton) Screenshots.find(v, "rate-" + item + "-3")).isSelected(), 10_000);
        app.press(KeyEvent.VK_DOWN, KeyEvent.CHAR_UNDEFINED, 0);
        app.waitFor(() -> focus() != null && focus().getName() != null && focus().getName().startsWith("item-")
                && !focus().getName().equals(first), 5_000);
        String second = app.onEdt(() -> focus().getName()).substring("item-".length());
        app.press(KeyEvent.VK_2, '2', 0);
        app.waitFor(() -> ((JToggleButton) Screenshots.find(v, "rate-" + second + "-2")).isSelected(), 10_000);
        assertTrue(app.onEdt(() -> v.codingModel().own().isEmpty()), "the number keys rated, they did not code");

        app.click(app.onEdt(() -> Screenshots.find(v, "video")), 40, 40);
        app.waitFor(() -> focus() == v.transcriptPanel().utteranceList(), 5_000);
        app.press(KeyEvent.VK_1, '1', 0);
        app.waitFor(() -> v.codingModel().own().size() == 1, 10_000);
    }

    @Test
    void markCompleteAndBackToSessionsWorkFromTheKeyboard() throws Exception {
        SessionView v = openSession();
        app.press(KeyEvent.VK_M, KeyEvent.CHAR_UNDEFINED, KeyEvent.ALT_DOWN_MASK);
        app.waitFor(() -> v.bannerText().contains("seg-withdrawal"), 10_000);

        JButton back = (JButton) app.onEdt(() -> Screenshots.find(v, "back"));
        assertTrue(app.onEdt(back::isFocusable), "Tab reaches ← Sessions");
        app.focusOn(back);
        app.press(KeyEvent.VK_ENTER, '\n', 0);
        app.waitFor(() -> app.window.sessionView() == null, 10_000);

        app.waitFor(() -> focus() == Screenshots.find(app.window.getContentPane(), "sessions"), 10_000);
        app.press(KeyEvent.VK_ENTER, '\n', 0);
        app.waitFor(() -> app.window.sessionView() != null && app.window.sessionView().isShowing(), 30_000);
        app.press(KeyEvent.VK_S, KeyEvent.CHAR_UNDEFINED, KeyEvent.ALT_DOWN_MASK);
        app.waitFor(() -> app.window.sessionView() == null, 10_000);
    }
}
