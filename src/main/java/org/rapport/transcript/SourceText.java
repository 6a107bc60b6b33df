package org.rapport.transcript;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapport.model.BadInputException;
import org.rapport.model.InputFile;

/**
 * The checked text of an input file: no larger than {@link #MAX_BYTES}, not empty, strictly decoded: UTF-8 unless a
 * UTF-16 byte-order mark or the caller says otherwise (a leading byte-order mark is dropped). A Latin-1 or
 * Windows-1252 file read as UTF-8 is refused with the line of the first bad byte rather than silently mis-decoded.
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
        InputFile.check(file, nameOf(file), MAX_BYTES, "transcripts and coding files");
        return Files.readAllBytes(file);
    }

    public static SourceText read(Path file) throws IOException {
        return decode(nameOf(file), readBytes(file));
    }

    /** Text made by another reader (the paragraphs of a .docx), named for errors. */
    static SourceText of(String name, String text) {
        if (text.isBlank()) throw new BadInputException(name, null, "file is empty");
        return new SourceText(name, text);
    }

    /** Decodes content as strict UTF-8, or as UTF-16 when it starts with a UTF-16 byte-order mark. */
    public static SourceText decode(String name, byte[] content) {
        return decode(name, content, null);
    }

    /**
     * Decodes content strictly, naming the line of the first invalid byte.
     *
     * @param encoding the encoding of a file without a byte-order mark, or null for UTF-8 (a UTF-8 or UTF-16
     *                 byte-order mark always wins: it says what the file is)
     */
    public static SourceText decode(String name, byte[] content, Charset encoding) {
        checkSize(name, content.length);
        Bom bom = Bom.of(content);
        Charset charset = bom.charset != null ? bom.charset : encoding != null ? encoding : StandardCharsets.UTF_8;
        if (encoding == null && bom == Bom.NONE && looksLikeUtf16(content)) {
            throw new BadInputException(name, null, "looks like UTF-16 without a byte-order mark (every other byte"
                    + " is 0): give its encoding with --encoding UTF-16LE (or UTF-16BE)");
        }
        int start = bom.length;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw invalid(name, content, start, in.position(), charset);
        result = decoder.flush(out);
        if (result.isError()) throw invalid(name, content, start, in.position(), charset);
        String text = out.flip().toString();
        if (text.isBlank()) throw new BadInputException(name, null, "file is empty");
        return new SourceText(name, text);
    }

    /** A source whose text is not held here (parsed by another reader); it only names errors. */
    static SourceText nameOnly(String name) {
        return new SourceText(name, "");
    }

    /** The byte-order marks Rapport recognises. */
    enum Bom {
        NONE(null, 0), UTF_8(StandardCharsets.UTF_8, 3), UTF_16LE(StandardCharsets.UTF_16LE, 2),
        UTF_16BE(StandardCharsets.UTF_16BE, 2);

        final Charset charset;
        final int length;

        Bom(Charset charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return UTF_8;
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return UTF_16LE;
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return UTF_16BE;
            return NONE;
        }
    }

    static boolean hasBom(byte[] content) {
        return Bom.of(content) != Bom.NONE;
    }

    /** Text in UTF-16 has a zero byte in every other place (for Latin script); UTF-8 text has none. */
    static boolean looksLikeUtf16(byte[] content) {
        int n = Math.min(content.length, 2000) & ~1;
        if (n < 4) return false;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (content[i] == 0) evenZeros++;
            if (content[i + 1] == 0) oddZeros++;
        }
        return Math.max(evenZeros, oddZeros) * 10 >= (n / 2) * 3;
    }

    private static BadInputException invalid(String name, byte[] content, int start, int position, Charset charset) {
        int line = 1;
        String before = new String(content, start, position - start, charset);
        for (int i = 0; i < before.length(); i++) if (before.charAt(i) == '\n') line++;
        String bytes = String.format(Locale.ROOT, "byte 0x%02X", content[Math.min(position, content.length - 1)] & 0xFF);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new BadInputException(name, line, "not valid UTF-8 (" + bytes + "); the file may be Latin-1 or"
                    + " Windows-1252: save it as UTF-8, or give its encoding (--encoding windows-1252)");
        }
        return new BadInputException(name, line, "not valid " + charset.name() + " (" + bytes
                + "): is --encoding right for this file?");
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
