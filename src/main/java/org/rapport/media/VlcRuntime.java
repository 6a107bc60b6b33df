package org.rapport.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.factory.discovery.NativeDiscovery;

/**
 * libVLC for the whole app: found once, one {@link MediaPlayerFactory}, released last (after every player).
 * The libVLC arguments are chosen here and nowhere else.
 */
public final class VlcRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VlcRuntime.class);

    /** How to get libVLC, for the banner of transcript-only mode. */
    public static final String INSTALL_HINT = "install VLC 3 (Debian/Ubuntu: sudo apt install vlc; macOS/Windows:"
            + " videolan.org) and restart Rapport";

    private final MediaPlayerFactory factory;
    private final String libraryPath;
    private final List<VlcjPlayer> players = new java.util.concurrent.CopyOnWriteArrayList<>();

    private VlcRuntime(MediaPlayerFactory factory, String libraryPath) {
        this.factory = factory;
        this.libraryPath = libraryPath;
    }

    /**
     * Finds libVLC. Empty when it is absent (or simulated absent with -Drapport.libvlc=absent or
     * RAPPORT_LIBVLC=absent, which is how tests and users check transcript-only mode).
     */
    public static Optional<VlcRuntime> discover() {
        if (simulatedAbsent()) return Optional.empty();
        try {
            NativeDiscovery discovery = new NativeDiscovery();
            if (!discovery.discover()) return Optional.empty();
            MediaPlayerFactory f = new MediaPlayerFactory(arguments());
            return Optional.of(new VlcRuntime(f, discovery.discoveredPath()));
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("libVLC found but not usable: {}", e.toString());
            return Optional.empty();
        }
    }

    private static boolean simulatedAbsent() {
        return "absent".equalsIgnoreCase(System.getProperty("rapport.libvlc"))
                || "absent".equalsIgnoreCase(System.getenv("RAPPORT_LIBVLC"));
    }

    /**
     * The libVLC arguments: safe on a desktop and under Xvfb. Video is rendered through callbacks, so no
     * {@code --vout} is given; sound goes to the dummy output only when asked (RAPPORT_AUDIO=dummy, or
     * -Drapport.audio=dummy as the tests do) so a user keeps their real audio device. One decoder thread: with
     * several, which pictures a paused seek shows varies from run to run, so frames could not be counted;
     * 100 ms of file caching instead of 300: a frame step needs that much media read ahead, so with more the last
     * frames of a recording cannot be stepped to (docs/decisions/0010).
     */
    static String[] arguments() {
        List<String> args = new ArrayList<>(List.of("--no-sub-autodetect-file", "--no-video-title-show",
                "--avcodec-hw=none", "--avcodec-threads=1", "--file-caching=100", "--no-disable-screensaver", "--quiet"));
        if ("dummy".equalsIgnoreCase(System.getenv("RAPPORT_AUDIO"))
                || "dummy".equalsIgnoreCase(System.getProperty("rapport.audio"))) {
            args.add("--aout=dummy");
        }
        return args.toArray(String[]::new);
    }

    /** Where libVLC was found, for the about box and logs. */
    public String libraryPath() {
        return libraryPath;
    }

    /** A player for one media file; events arrive on {@code events}, frames in {@code frames}. */
    public Player open(Path media, Executor events, VideoFrames frames) {
        VlcjPlayer p = new VlcjPlayer(factory, media, events, frames);
        players.add(p);
        return p;
    }

    /** Releases in a fixed order: every player (waiting until each is released), then the factory. */
    @Override
    public void close() {
        for (VlcjPlayer p : players) {
            p.close();
            if (!p.awaitReleased(3_000)) LOG.warn("a media player did not release within 3 s");
        }
        players.clear();
        factory.release();
    }
}
