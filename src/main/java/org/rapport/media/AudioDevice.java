package org.rapport.media;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whether this computer has anywhere to play sound. Without one, libVLC's ALSA output retries all the time and
 * alsa-lib writes about 200 lines a second to standard error ("ALSA lib pcm.c … Unknown PCM default"), which no
 * libVLC option silences; so Rapport plays to libVLC's dummy output instead and says so once, quietly.
 * On Linux a sound server (PulseAudio or PipeWire: {@code PULSE_SERVER}, or their socket in
 * {@code $XDG_RUNTIME_DIR}) or an ALSA playback device ({@code /dev/snd/pcmC*D*p}) counts; other systems always have
 * an output as far as Rapport can tell. {@code RAPPORT_AUDIO=dummy} (or {@code -Drapport.audio=dummy}) asks for no
 * sound outright, {@code RAPPORT_AUDIO=device} for the device even when none is seen.
 */
public final class AudioDevice {
    /** What the sound does: played on the device, or not played (asked for, or no device found). */
    public enum Output { DEVICE, DUMMY_ASKED, DUMMY_NO_DEVICE }

    private AudioDevice() {
    }

    /** The output for this process. */
    static Output choose() {
        String asked = System.getProperty("rapport.audio", System.getenv("RAPPORT_AUDIO"));
        return choose(asked, System.getProperty("os.name", ""), System.getenv(), Path.of("/dev/snd"));
    }

    static Output choose(String asked, String osName, Map<String, String> env, Path alsaDevices) {
        if ("dummy".equalsIgnoreCase(asked)) return Output.DUMMY_ASKED;
        if ("device".equalsIgnoreCase(asked)) return Output.DEVICE;
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) return Output.DEVICE;
        return soundServer(env) || alsaPlayback(alsaDevices) ? Output.DEVICE : Output.DUMMY_NO_DEVICE;
    }

    private static boolean soundServer(Map<String, String> env) {
        String pulse = env.get("PULSE_SERVER");
        if (pulse != null && !pulse.isBlank()) return true;
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime == null || runtime.isBlank()) return false;
        Path dir = Path.of(runtime);
        return Files.exists(dir.resolve("pulse/native")) || Files.exists(dir.resolve("pipewire-0"));
    }

    private static boolean alsaPlayback(Path devices) {
        if (!Files.isDirectory(devices)) return false;
        try (DirectoryStream<Path> pcm = Files.newDirectoryStream(devices, "pcmC*D*p")) {
            return pcm.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
