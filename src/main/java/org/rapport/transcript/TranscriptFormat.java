package org.rapport.transcript;

import java.nio.file.Path;
import java.util.Locale;

import org.rapport.model.BadInputException;

/**
 * The transcript file formats Rapport reads, and which of them it writes. ZOOM and OTTER are text files (.txt) whose
 * shape is recognised when they are read as TXT; their keys force that reading.
 */
public enum TranscriptFormat {
    VTT(true), SRT(true), CSV(true), TSV(true), EAF(true), TXT(false), TEXTGRID(false), CHA(false), TRS(false),
    DOCX(false), ZOOM(false), OTTER(false);

    private final boolean writable;

    TranscriptFormat(boolean writable) {
        this.writable = writable;
    }

    /** The lower-case key used on the command line and as the file extension ("vtt", "eaf" ...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isWritable() {
        return writable;
    }

    /** The format named by a key such as "vtt" (case-insensitive). */
    public static TranscriptFormat fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        for (TranscriptFormat f : values()) if (f.key().equals(k)) return f;
        throw new BadInputException("unknown transcript format '" + key + "' (expected one of " + keys() + ")");
    }

    /** The format a file's extension names ("session.vtt" is VTT). */
    public static TranscriptFormat fromExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (TranscriptFormat f : values()) if (f.key().equals(ext)) return f;
        throw new BadInputException(name, null, "cannot tell the transcript format from the extension '"
                + ext + "' (expected one of " + keys() + ")");
    }

    private static String keys() {
        StringBuilder sb = new StringBuilder();
        for (TranscriptFormat f : values()) sb.append(sb.length() == 0 ? "" : ", ").append(f.key());
        return sb.toString();
    }
}
