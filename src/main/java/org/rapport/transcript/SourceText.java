package org.rapport.transcript;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapport.model.BadInputException;

/**
 * The checked text of an input file: no larger than {@link #MAX_BYTES}, not empty, strictly valid UTF-8 (a leading
 * byte-order mark is dropped). A Latin-1 or Windows-1252 file is refused with the line of the first bad byte rather
 * than silently mis-decoded.
 */
public final class SourceText {
    /** Largest input file read: 50 MiB, far above a 3-hour transcript (about 1 MB). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final String name;
    private final String text;

    private SourceText(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Reads a file, refusing it before reading when it is larger than the limit. */
    public static byte[] readBytes(Path file) throws IOException {
        String name = nameOf(file);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, null, "file not found: " + file);
        }
        checkSize(name, size);
        if (Files.isDirectory(file)) throw new BadInputException(name, null, "is a folder, not a file");
        return Files.readAllBytes(file);
    }

    public static SourceText read(Path file) throws IOException {
        return decode(nameOf(file), readBytes(file));
    }

    /** Decodes content as strict UTF-8, naming the line of the first invalid byte. */
    public static SourceText decode(String name, byte[] content) {
        checkSize(name, content.length);
        int start = hasBom(content) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw invalidUtf8(name, content, in.position());
        result = decoder.flush(out);
        if (result.isError()) throw invalidUtf8(name, content, in.position());
        String text = out.flip().toString();
        if (text.isBlank()) throw new BadInputException(name, null, "file is empty");
        return new SourceText(name, text);
    }

    /** A source whose text is not held here (parsed by another reader); it only names errors. */
    static SourceText nameOnly(String name) {
        return new SourceText(name, "");
    }

    static boolean hasBom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    private static BadInputException invalidUtf8(String name, byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) if (content[i] == '\n') line++;
        return new BadInputException(name, line, String.format(Locale.ROOT,
                "not valid UTF-8 (byte 0x%02X); the file may be Latin-1 or Windows-1252: save it as UTF-8 and try again",
                content[position] & 0xFF));
    }

    static void checkSize(String name, long size) {
        if (size > MAX_BYTES) {
            throw new BadInputException(name, null, String.format(Locale.ROOT,
                    "file is %.1f MB, larger than the limit of %d MB for transcripts and coding files",
                    size / 1048576.0, MAX_BYTES / 1048576));
        }
    }

    static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The lines, split at CRLF, LF or CR, without their line ends; index 0 is line 1. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(from, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                from = i + 1;
            }
        }
        if (from < n) lines.add(text.substring(from));
        return lines;
    }

    /** A bad-input error at a line of this file. */
    public BadInputException error(Integer line, String problem) {
        return new BadInputException(name, line, problem);
    }
}
