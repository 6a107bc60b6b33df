package org.rapport.transcript.coding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.transcript.LongCsv;
import org.rapport.transcript.Output;

/**
 * The long CSV of ratings: header
 * {@code session,rater,codebook,codebook_version,item,subscale,segment,value,reverse_keyed,scored}, one row per
 * rating. segment is a 0-based segment index, or empty for a whole-session rating (R reads the empty field as NA);
 * reverse_keyed is 1 or 0 and scored the value as it counts toward subscale means and totals. Reading accepts the
 * columns in any order; session, rater, item and value are required; subscale, reverse_keyed and scored are ignored
 * (the codebook says them). Every row is checked before anything is returned.
 */
public final class RatingCsv {
    public static final List<String> HEADER = List.of("session", "rater", "codebook", "codebook_version", "item",
            "subscale", "segment", "value", "reverse_keyed", "scored");
    private static final List<String> READ = List.of("session", "rater", "codebook", "codebook_version", "item",
            "segment", "value");
    private static final List<String> REQUIRED = List.of("session", "rater", "item", "value");

    private RatingCsv() {
    }

    public static List<RatingRow> read(Path file) throws IOException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String column : READ) aliases.put(column, List.of(column));
        return LongCsv.read(file, aliases, REQUIRED, f -> {
            Double value = LongCsv.parseOptionalDouble(f.get("value"), "value");
            if (value == null) throw new IllegalArgumentException("value is empty");
            String segment = f.get("segment");
            Integer index = segment.isEmpty() || segment.equalsIgnoreCase("NA") ? null
                    : LongCsv.parseInt(segment, "segment");
            return new RatingRow(f.get("session"), f.get("rater"), f.get("codebook"), f.get("codebook_version"),
                    f.get("item"), null, index, value, null, null);
        });
    }

    /** Writes the rows atomically; a whole-session rating has an empty segment field. */
    public static void write(List<RatingRow> rows, Path out) throws IOException {
        write(rows, Output.file(out));
    }

    /** As {@link #write(List, Path)}, to a file or a stream. */
    public static void write(List<RatingRow> rows, Output out) throws IOException {
        LongCsv.write(out, HEADER, cells(rows));
    }

    /** The rows' fields as written, in {@link #HEADER} order; what is not known is an empty field. */
    public static List<List<Object>> cells(List<RatingRow> rows) {
        List<List<Object>> records = new ArrayList<>(rows.size());
        for (RatingRow r : rows) {
            records.add(List.of(r.session(), r.rater(), LongCsv.orEmpty(r.codebook()),
                    LongCsv.orEmpty(r.codebookVersion()), r.item(), LongCsv.orEmpty(r.subscale()),
                    r.segment() == null ? "" : r.segment(), LongCsv.formatNumber(r.value()),
                    r.reverseKeyed() == null ? "" : r.reverseKeyed() ? 1 : 0, LongCsv.formatNumber(r.scored())));
        }
        return records;
    }
}
