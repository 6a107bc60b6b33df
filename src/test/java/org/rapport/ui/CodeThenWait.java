package org.rapport.ui;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.SwingUtilities;

import org.rapport.ui.session.SessionView;

/**
 * For the kill -9 test: opens the app on a project as Ana, codes the current utterance with three hotkeys, prints
 * "SHOWN n" once the view shows them as saved, then waits to be killed.
 */
public final class CodeThenWait {
    private CodeThenWait() {
    }

    public static void main(String[] args) throws Exception {
        SwingThreadCheck.install();
        GuiFixture app = GuiFixture.open(Path.of(args[0]), "Ana");
        SessionView v = app.openFirstSession();
        int[] keys = {KeyEvent.VK_1, KeyEvent.VK_Q, KeyEvent.VK_A};
        for (int i = 0; i < keys.length; i++) {
            long at = 2_000L + i * 5_000L;
            int key = keys[i];
            SwingUtilities.invokeAndWait(() -> {
                v.seek(at);
                v.transcriptPanel().utteranceList().requestFocusInWindow();
                java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(new KeyEvent(
                        v.transcriptPanel().utteranceList(), KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0, key,
                        KeyEvent.CHAR_UNDEFINED));
            });
            int expected = i + 1;
            app.waitFor(() -> v.codingModel().own().size() == expected, 10_000);
        }
        var offEdt = SwingThreadCheck.violations();
        System.out.println("SHOWN " + app.onEdt(() -> v.codingModel().own().size()) + (offEdt.isEmpty() ? ""
                : " but Swing was touched off the event thread: " + SwingThreadCheck.stack(offEdt.get(0))));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
