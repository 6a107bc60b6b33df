package org.rapport.transcript;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.rapport.model.BadInputException;

/** PROVISIONAL (replaced by the transcripts branch). */
public final class CodingEaf {
    private CodingEaf() {
    }

    public static void write(List<CodingRow> rows, Map<String, String> codeToGroup, Path media, Path out) {
        throw new BadInputException("PROVISIONAL");
    }
}
