package org.rapport.ui.session;

import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;

import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.model.BadInputException;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Theme;
import org.slf4j.LoggerFactory;

/**
 * What the session view tells the coder: a banner about the recording, a banner for warnings and errors, and a
 * status line saying what was just done.
 */
final class SessionMessages {
    private final Banner media = new Banner();
    private final Banner banner = new Banner();
    private final JLabel status = new JLabel(" ");

    SessionMessages() {
        status.setBorder(BorderFactory.createEmptyBorder(4, 14, 6, 14));
        Theme.mute(status);
        status.setName("status");
    }

    Banner mediaBanner() {
        return media;
    }

    Banner banner() {
        return banner;
    }

    JLabel statusLine() {
        return status;
    }

    /** Something about the recording: missing, changed, or no libVLC to play it. */
    void media(String warning) {
        media.show(Banner.Kind.WARNING, warning);
    }

    /** Something to know about the recording that needs nothing done: it plays without sound, say. */
    void mediaNote(String note) {
        media.show(Banner.Kind.INFO, note);
    }

    void warn(String text) {
        banner.show(Banner.Kind.WARNING, text);
    }

    void info(String text) {
        banner.show(Banner.Kind.INFO, text);
    }

    void error(String text) {
        banner.show(Banner.Kind.ERROR, text);
    }

    void status(String text) {
        status.setText(text);
    }

    /** A refused or failed action: bad input as it is, anything else as a failure that lost nothing shown as saved. */
    void failed(Throwable e) {
        if (e instanceof BadInputException) {
            error(e.getMessage());
            return;
        }
        error("Something went wrong: " + e.getMessage() + " (nothing shown as saved was lost)");
        LoggerFactory.getLogger(SessionView.class).warn("session view", e);
    }

    /** The banners' text, as the coder reads it. */
    String text() {
        return (media.message() + " " + banner.message()).strip();
    }

    /** What to know when a session opens: codings whose code left the codebook, and code keys that collide. */
    void warnOnOpen(SessionWorkspace ws, List<String> sharedKeys) {
        List<String> warnings = new ArrayList<>();
        if (!ws.removedCodeCodings().isEmpty()) {
            warnings.add(ws.removedCodeCodings().size() + " coding(s) refer to codes no longer in the codebook in use."
                    + " They are kept and marked \u26a0 in the Codings tab.");
        }
        if (!sharedKeys.isEmpty()) {
            warnings.add("Codes of different codebooks share keys (" + String.join("; ", sharedKeys.subList(0,
                    Math.min(3, sharedKeys.size()))) + (sharedKeys.size() > 3 ? "; \u2026" : "") + "): a key applies the"
                    + " first code listed. Assign one codebook to this session, or remap the keys in Help (F1).");
        }
        if (!warnings.isEmpty()) warn(String.join(" ", warnings));
    }
}
