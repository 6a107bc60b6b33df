package org.rapport.ui.session;

import java.util.List;
import javax.swing.KeyStroke;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.ui.keys.HelpDialog;
import org.rapport.ui.keys.Keys;

/**
 * The keys of an open session bound to what they do: the workspace actions first, then the codes in codebook order
 * (a key already taken stays with its first action). Remapping a key in Help (F1) binds them again.
 */
final class SessionKeys {
    private final AppContext ctx;
    private final List<Codebook> codebooks;
    private final Playback playback;
    private final CodingController coding;
    private final TranscriptPanel transcript;
    private final HotkeyDispatcher hotkeys;

    SessionKeys(AppContext ctx, List<Codebook> codebooks, Playback playback, CodingController coding,
                TranscriptPanel transcript) {
        this.ctx = ctx;
        this.codebooks = codebooks;
        this.playback = playback;
        this.coding = coding;
        this.transcript = transcript;
        this.hotkeys = new HotkeyDispatcher(ctx.frame());
        bind();
    }

    private void bind() {
        Keys keys = ctx.keys();
        for (Keys.Action a : Keys.WORKSPACE) {
            Runnable r = switch (a.id()) {
                case "play-pause" -> playback::togglePlay;
                case "back-5s" -> () -> playback.skip(-Playback.SKIP_MS);
                case "forward-5s" -> () -> playback.skip(Playback.SKIP_MS);
                case "frame-back" -> () -> playback.frameStep(-1);
                case "frame-forward" -> () -> playback.frameStep(1);
                case "slower" -> () -> playback.changeRate(-0.25f);
                case "faster" -> () -> playback.changeRate(0.25f);
                case "previous-coding" -> coding::jumpToPrevious;
                case "next-coding" -> coding::jumpToNext;
                case "mark-in" -> coding::markIn;
                case "mark-out" -> coding::markOut;
                case "clear-marks" -> coding::clearMarks;
                case "delete-coding" -> coding::deleteSelected;
                case "note" -> coding::noteOnSelected;
                case "undo" -> coding::undo;
                case "redo" -> coding::redo;
                case "find" -> () -> transcript.findField().requestFocusInWindow();
                case "help" -> () -> HelpDialog.show(ctx.frame(), keys, codebooks, this::rebind);
                default -> null;
            };
            if (r != null) hotkeys.bind(keys.stroke(a), r);
        }
        hotkeys.bind(KeyStroke.getKeyStroke("ctrl Y"), coding::redo);
        for (Codebook cb : codebooks) {
            for (Code c : cb.codes()) hotkeys.bind(keys.stroke(cb, c), () -> coding.apply(cb, c));
        }
    }

    private void rebind() {
        hotkeys.clear();
        bind();
    }

    void install() {
        hotkeys.install();
    }

    void uninstall() {
        hotkeys.uninstall();
    }
}
