package org.rapport.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rapport.model.InputFile;
import java.util.Locale;
import java.util.Optional;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Facts about a media file without libVLC: its SHA-256 (to notice a moved or changed file) and, for MP4/M4A/MOV
 * and WAV, its duration read from the container header. Other formats learn their length from the player.
 */
public final class MediaProbe {
    private MediaProbe() {
    }

    /** The SHA-256 of an ordinary file (a device or pipe is refused before it is read: it might never end). */
    public static String sha256(Path file) throws IOException {
        InputFile.check(file, file.toString(), Long.MAX_VALUE, "media");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** Duration in ms from the container header, when the format is one we can read. */
    public static Optional<Long> durationMs(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".mp4") || name.endsWith(".m4a") || name.endsWith(".mov") || name.endsWith(".m4v")) {
                return mp4Duration(file);
            }
            if (name.endsWith(".wav")) {
                AudioFileFormat f = AudioSystem.getAudioFileFormat(file.toFile());
                if (f.getFrameLength() > 0 && f.getFormat().getFrameRate() > 0) {
                    return Optional.of(Math.round(f.getFrameLength() * 1000.0 / f.getFormat().getFrameRate()));
                }
            }
        } catch (IOException | UnsupportedAudioFileException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Walks top-level boxes to moov/mvhd and reads timescale and duration. */
    private static Optional<Long> mp4Duration(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Mp4Boxes.Box moov = Mp4Boxes.find(ch, 0, ch.size(), "moov");
            if (moov == null) return Optional.empty();
            Mp4Boxes.Box mvhd = Mp4Boxes.find(ch, moov.payload(), moov.end(), "mvhd");
            if (mvhd == null) return Optional.empty();
            ByteBuffer b = Mp4Boxes.read(ch, mvhd.payload(), 32);
            int version = b.get() & 0xff;
            b.position(b.position() + 3);
            long timescale;
            long duration;
            if (version == 1) {
                b.position(b.position() + 16);
                timescale = Integer.toUnsignedLong(b.getInt());
                duration = b.getLong();
            } else {
                b.position(b.position() + 8);
                timescale = Integer.toUnsignedLong(b.getInt());
                duration = Integer.toUnsignedLong(b.getInt());
            }
            return timescale == 0 ? Optional.empty() : Optional.of(Math.round(duration * 1000.0 / timescale));
        }
    }
}
