package org.rapport.transcript.coding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.rapport.transcript.EafDocument;
import org.rapport.transcript.Output;

/**
 * Writes one session's codings as an ELAN EAF 3.0 file: one tier per rater and code group, named "rater – group"
 * (en dash) and sorted by rater then group; each annotation carries the code id and, if any, " | note". Overlapping
 * codings of one tier go to extra tiers "rater – group (2)" ..., since an ELAN tier cannot hold overlaps; a point
 * coding (start = end) is given 1 ms so ELAN shows it.
 */
public final class CodingEaf {
    /** The group of codes not found in the code-to-group map. */
    public static final String UNGROUPED = "ungrouped";

    private CodingEaf() {
    }

    /**
     * @param rows        codings of one session
     * @param codeToGroup code id to code group id
     * @param mediaOrNull the session recording to link in the EAF header, or null
     * @throws IllegalArgumentException when the rows come from more than one session
     */
    public static void write(List<CodingRow> rows, Map<String, String> codeToGroup, Path mediaOrNull, Path out)
            throws IOException {
        write(rows, codeToGroup, mediaOrNull, Output.file(out));
    }

    /** As {@link #write(List, Map, Path, Path)}, to a file or a stream. */
    public static void write(List<CodingRow> rows, Map<String, String> codeToGroup, Path mediaOrNull, Output out)
            throws IOException {
        long sessions = rows.stream().map(CodingRow::session).distinct().count();
        if (sessions > 1) throw new IllegalArgumentException("an EAF file holds one session; rows span " + sessions);
        EafDocument doc = new EafDocument(mediaOrNull, out.file().orElse(null));
        List<CodingRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(CodingRow::rater).thenComparing(r -> group(r, codeToGroup)));
        for (CodingRow r : sorted) {
            String tier = r.rater() + " \u2013 " + group(r, codeToGroup);
            // ELAN cannot show an annotation of no length: a point coding lasts 1 ms there (the CSV keeps it exact)
            long end = Math.max(r.endMs(), r.startMs() + 1);
            doc.annotate(tier, r.rater(), r.startMs(), end, r.note() == null ? r.code() : r.code() + " | " + r.note());
        }
        out.write(doc::write);
    }

    private static String group(CodingRow row, Map<String, String> codeToGroup) {
        return codeToGroup.getOrDefault(row.code(), UNGROUPED);
    }
}
