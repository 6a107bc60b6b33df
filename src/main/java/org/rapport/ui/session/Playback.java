package org.rapport.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.rapport.app.session.MediaCheck;
import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.media.ClockPlayer;
import org.rapport.media.Player;
import org.rapport.media.PlayerListener;
import org.rapport.media.VlcRuntime;
import org.rapport.model.session.Session;
import org.rapport.model.time.TimeCodes;
import org.rapport.ui.common.Tasks;
import org.slf4j.LoggerFactory;

/**
 * The player of an open session and its clock: the libVLC player when the recording can play, else a running clock
 * (transcript-only mode, also when libVLC fails during the session). Play, pause, seek, skip, frame steps, speed and
 * volume go through here; every 40 ms, and at once after a seek, it tells its listeners where it is. The rater's
 * position is workspace state: restored when the session opens, saved every few seconds while it changes, on pause
 * and on close.
 */
final class Playback {
    static final long SKIP_MS = 5_000;
    private static final int TICK_MS = 40;
    private static final long SAVE_EVERY_MS = 5_000;

    /** What follows playback (transcript, timeline, transport, the segment form). Called on the event thread. */
    interface Listener {
        /** Where playback is: on every tick, and at once after a seek ({@code jumped}). */
        void moved(long ms, boolean playing, boolean jumped);

        /** The length to show once the recording's is known: it, or the transcript's end when that is later. */
        default void lengthKnown(long ms) {
        }

        default void rateChanged(float rate) {
        }
    }

    private final AppContext ctx;
    private final SessionLoad load;
    private final SessionWorkspace ws;
    private final Session session;
    private final VideoPanel video;
    private final SessionMessages messages;
    private final List<Listener> listeners = new ArrayList<>();
    private final Timer tick = new Timer(TICK_MS, e -> tick(false));
    private Player player;
    private Tasks.Task mediaCheck;
    private long lastSavedPosition = -1;
    private long lastSaveAt;
    private boolean closed;

    /** Opens the player (or the clock) for the loaded session; {@link #start()} starts the clock and restores. */
    Playback(AppContext ctx, SessionLoad load, VideoPanel video, SessionMessages messages) {
        this.ctx = ctx;
        this.load = load;
        this.ws = load.workspace();
        this.session = ws.session();
        this.video = video;
        this.messages = messages;
        openPlayer();
    }

    void addListener(Listener l) {
        listeners.add(l);
    }

    /** Starts the ticks and goes back to where the rater was. */
    void start() {
        tick.start();
        if (load.positionMs() != null) seek(load.positionMs());
    }

    private void openPlayer() {
        if (load.vlc().isEmpty()) {
            useClock("Transcript-only mode: libVLC (VLC 3) was not found, so recordings cannot play. To play them, "
                    + VlcRuntime.INSTALL_HINT + ". The clock runs, and you can code from the transcript.");
            return;
        }
        String mediaPath = session.mediaPath();
        if (mediaPath == null || mediaPath.isBlank()) {
            useClock("This session has no recording: the clock runs and you can code from the transcript.");
            return;
        }
        Path media = Path.of(mediaPath);
        if (!load.mediaFound()) {
            useClock("Recording not found at " + media + " (moved or deleted). You can still code from"
                    + " the transcript; re-import the session with the media's new place to play it.");
            return;
        }
        attach(load.vlc().get().open(media, SwingUtilities::invokeLater, video));
        video.setCaption("Audio only");
        if (load.vlc().get().noAudioDevice()) {
            messages.mediaNote("No audio device found: the recording plays without sound. Connect one and reopen"
                    + " Rapport to hear it.");
        }
        mediaCheck = ctx.tasks().background(progress -> ctx.project().workspace().checkMedia(session), check -> {
            if (check.status() == MediaCheck.Status.CHANGED) messages.media(check.message());
        }, messages::failed);
    }

    private void useClock(String why) {
        attach(new ClockPlayer(ws.durationMs(), SwingUtilities::invokeLater));
        video.setCaption("No recording\nTranscript-only mode");
        messages.media(why);
    }

    private void attach(Player p) {
        player = p;
        p.addListener(new PlayerListener() {
            @Override
            public void lengthKnown(long lengthMs) {
                if (p != player || closed) return;
                long transcriptEnd = ws.transcript().endMs();
                for (Listener l : listeners) l.lengthKnown(Math.max(lengthMs, transcriptEnd));
                if (p.hasMedia() && session.durationMs() == null) {
                    ctx.tasks().write(() -> ctx.project().sessions().recordDuration(session.id(), lengthMs),
                            messages::failed);
                }
                if (p.hasMedia() && transcriptEnd > lengthMs + 1_000) {
                    messages.warn("The transcript runs to " + TimeCodes.clock(transcriptEnd) + " but the recording ends"
                            + " at " + TimeCodes.clock(lengthMs) + ": later utterances can be coded but not played.");
                }
            }

            @Override
            public void failed(String message) {
                if (p != player || closed) return;
                long at = p.time();
                p.close();
                useClock(message + ". You can still code from the transcript.");
                player.seek(at);
            }
        });
    }

    Player player() {
        return player;
    }

    long time() {
        return player.time();
    }

    /** The length the transport shows: the recording's, or the session's when that is longer or still unknown. */
    long length() {
        return Math.max(player.length(), ws.durationMs());
    }

    void togglePlay() {
        player.toggle();
        savePosition(true);
    }

    void seek(long ms) {
        player.seek(ms);
        tick(true);
    }

    void skip(long deltaMs) {
        seek(player.time() + deltaMs);
    }

    void frameStep(int direction) {
        player.frameStep(direction);
    }

    void changeRate(float delta) {
        player.setRate(player.rate() + delta);
        for (Listener l : listeners) l.rateChanged(player.rate());
    }

    void setVolume(int volume) {
        player.setVolume(volume);
    }

    private void tick(boolean jumped) {
        if (closed) return;
        long t = player.time();
        boolean playing = player.isPlaying();
        for (Listener l : listeners) l.moved(t, playing, jumped);
        savePosition(false);
    }

    private void savePosition(boolean now) {
        long t = player.time();
        long clock = System.currentTimeMillis();
        if (t == lastSavedPosition || (!now && clock - lastSaveAt < SAVE_EVERY_MS)) return;
        lastSavedPosition = t;
        lastSaveAt = clock;
        String key = SessionLoad.positionKey(session.id());
        ctx.tasks().write(() -> ctx.project().workspace().saveState(ctx.rater(), key, Long.toString(t)),
                e -> LoggerFactory.getLogger(Playback.class).warn("could not save the position", e));
    }

    /** Saves the position, stops the clock and releases the player. */
    void close() {
        if (closed) return;
        savePosition(true);
        closed = true;
        tick.stop();
        if (mediaCheck != null) mediaCheck.cancel();
        player.close();
    }
}
