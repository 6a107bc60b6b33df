package org.rapport.transcript;

import java.nio.file.Path;
import java.util.Locale;

import org.rapport.model.BadInputException;

/** PROVISIONAL (replaced by the transcripts branch). */
public enum TranscriptFormat {
    VTT, SRT, CSV, TSV, EAF, TXT;

    public static TranscriptFormat fromExtension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return fromKey(dot < 0 ? "" : n.substring(dot + 1));
    }

    public static TranscriptFormat fromKey(String key) {
        for (TranscriptFormat f : values()) if (f.name().equalsIgnoreCase(key)) return f;
        throw new BadInputException("unknown transcript format '" + key + "'");
    }
}
