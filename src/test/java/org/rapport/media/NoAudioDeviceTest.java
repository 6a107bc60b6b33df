package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;

/**
 * On a machine without an audio device, a recording plays to the dummy output and standard error stays clean:
 * before, alsa-lib wrote about 200 lines a second there ("ALSA lib pcm.c … Unknown PCM default"). Real libVLC
 * plays a real sample for two seconds in a child process, whose standard error is read whole.
 */
class NoAudioDeviceTest {
    @TempDir
    Path dir;

    @Test
    void playingWithoutAnAudioDeviceWritesNothingToStandardError() throws Exception {
        NativeSupport.assumeLibVlc();
        Assumptions.assumeTrue(AudioDevice.choose(null, System.getProperty("os.name"), System.getenv(),
                Path.of("/dev/snd")) == AudioDevice.Output.DUMMY_NO_DEVICE, "this machine has an audio device");
        Path err = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PlayBriefly.class.getName(),
                Path.of("sample-sessions/s01-withdrawal.mp4").toAbsolutePath().toString())
                .redirectError(err.toFile()).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child finished");

        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("no audio device: true"), out);
        long played = Long.parseLong(out.lines().filter(l -> l.startsWith("played ms: ")).findFirst().orElseThrow()
                .substring("played ms: ".length()));
        assertTrue(played >= 1000, "the clock ran without sound: " + played + " ms");
        List<String> alsa = Files.readAllLines(err).stream().filter(l -> l.contains("ALSA lib")).toList();
        assertEquals(List.of(), alsa.subList(0, Math.min(5, alsa.size())), alsa.size() + " ALSA lines");
    }

    /** The child: plays a recording for two seconds, as the workspace would, with no audio option given. */
    public static final class PlayBriefly {
        public static void main(String[] args) throws Exception {
            System.clearProperty("rapport.audio");
            try (VlcRuntime vlc = VlcRuntime.discover().orElseThrow()) {
                Player p = vlc.open(Path.of(args[0]), Runnable::run, new CapturedFrames());
                p.play();
                Thread.sleep(2_000);
                System.out.println("played ms: " + p.time());
                System.out.println("no audio device: " + vlc.noAudioDevice());
            }
            System.exit(0);
        }
    }
}
