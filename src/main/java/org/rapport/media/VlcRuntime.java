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
    private final AudioDevice.Output audio;
    private final List<VlcjPlayer> players = new java.util.concurrent.CopyOnWriteArrayList<>();

    private VlcRuntime(MediaPlayerFactory factory, String libraryPath, AudioDevice.Output audio) {
        this.factory = factory;
        this.libraryPath = libraryPath;
        this.audio = audio;
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
            AudioDevice.Output audio = AudioDevice.choose();
            if (audio == AudioDevice.Output.DUMMY_NO_DEVICE) LOG.info("no audio device found: playing without sound");
            MediaPlayerFactory f = new MediaPlayerFactory(arguments(audio));
            return Optional.of(new VlcRuntime(f, discovery.discoveredPath(), audio));
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
     * {@code --vout} is given; sound goes to the dummy output when asked (RAPPORT_AUDIO=dummy, or
     * -Drapport.audio=dummy as the tests do) or when there is no audio device ({@link AudioDevice}), so a user keeps
     * their real audio device and a machine without one keeps a clean terminal. One decoder thread: with
     * several, which pictures a paused seek shows varies from run to run, so frames could not be counted;
     * 100 ms of file caching instead of 300: a frame step needs that much media read ahead, so with more the last
     * frames of a recording cannot be stepped to (docs/decisions/0010).
     */
    static String[] arguments(AudioDevice.Output audio) {
        List<String> args = new ArrayList<>(List.of("--no-sub-autodetect-file", "--no-video-title-show",
                "--avcodec-hw=none", "--avcodec-threads=1", "--file-caching=100", "--no-disable-screensaver", "--quiet"));
        if (audio != AudioDevice.Output.DEVICE) args.add("--aout=dummy");
        return args.toArray(String[]::new);
    }

    /** True when recordings play without sound because no audio device was found (not because it was asked). */
    public boolean noAudioDevice() {
        return audio == AudioDevice.Output.DUMMY_NO_DEVICE;
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
