package org.rapport.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.media.AudioDevice.Output;

class AudioDeviceTest {
    @TempDir
    Path dir;

    @Test
    void withoutSoundServerOrAlsaPlaybackDeviceThereIsNoDevice() throws Exception {
        Path snd = Files.createDirectories(dir.resolve("snd"));
        Files.createFile(snd.resolve("controlC0"));
        Files.createFile(snd.resolve("pcmC0D0c")); // a capture device plays nothing
        assertEquals(Output.DUMMY_NO_DEVICE, AudioDevice.choose(null, "Linux", Map.of(), snd));
        assertEquals(Output.DUMMY_NO_DEVICE, AudioDevice.choose(null, "Linux", Map.of(), dir.resolve("absent")));
    }

    @Test
    void anAlsaPlaybackDeviceOrASoundServerCounts() throws Exception {
        Path snd = Files.createDirectories(dir.resolve("snd"));
        Files.createFile(snd.resolve("pcmC0D0p"));
        assertEquals(Output.DEVICE, AudioDevice.choose(null, "Linux", Map.of(), snd));

        Path runtime = Files.createDirectories(dir.resolve("run/user/1000"));
        Files.createFile(runtime.resolve("pipewire-0"));
        assertEquals(Output.DEVICE, AudioDevice.choose(null, "Linux", Map.of("XDG_RUNTIME_DIR", runtime.toString()),
                dir.resolve("absent")));
        assertEquals(Output.DEVICE, AudioDevice.choose(null, "Linux", Map.of("PULSE_SERVER", "tcp:host"),
                dir.resolve("absent")));
    }

    @Test
    void whatTheUserAsksForWinsAndOtherSystemsAreTakenToHaveSound() {
        Path none = dir.resolve("absent");
        assertEquals(Output.DUMMY_ASKED, AudioDevice.choose("dummy", "Linux", Map.of("PULSE_SERVER", "x"), none));
        assertEquals(Output.DEVICE, AudioDevice.choose("device", "Linux", Map.of(), none));
        assertEquals(Output.DEVICE, AudioDevice.choose(null, "Mac OS X", Map.of(), none));
    }
}
