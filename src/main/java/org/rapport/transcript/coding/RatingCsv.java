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
 * The long CSV of ratings: header {@code session,rater,codebook,item,segment,value}, one row per rating. segment is
 * a 0-based segment index, or empty for a whole-session rating (R reads the empty field as NA). Reading accepts the
 * columns in any order; session, rater, item and value are required. Every row is checked before anything is returned.
 */
public final class RatingCsv {
    public static final List<String> HEADER = List.of("session", "rater", "codebook", "item", "segment", "value");
    private static final List<String> REQUIRED = List.of("session", "rater", "item", "value");

    private RatingCsv() {
    }

    public static List<RatingRow> read(Path file) throws IOException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String column : HEADER) aliases.put(column, List.of(column));
        return LongCsv.read(file, aliases, REQUIRED, f -> {
            Double value = LongCsv.parseOptionalDouble(f.get("value"), "value");
            if (value == null) throw new IllegalArgumentException("value is empty");
            String segment = f.get("segment");
            Integer index = segment.isEmpty() || segment.equalsIgnoreCase("NA") ? null
                    : LongCsv.parseInt(segment, "segment");
            return new RatingRow(f.get("session"), f.get("rater"), f.get("codebook"), f.get("item"), index, value);
        });
    }

    /** Writes the rows atomically; a whole-session rating has an empty segment field. */
    public static void write(List<RatingRow> rows, Path out) throws IOException {
        write(rows, Output.file(out));
    }

    /** As {@link #write(List, Path)}, to a file or a stream. */
    public static void write(List<RatingRow> rows, Output out) throws IOException {
        List<List<Object>> records = new ArrayList<>(rows.size());
        for (RatingRow r : rows) {
            records.add(List.of(r.session(), r.rater(), LongCsv.orEmpty(r.codebook()), r.item(),
                    r.segment() == null ? "" : r.segment(), LongCsv.formatNumber(r.value())));
        }
        LongCsv.write(out, HEADER, records);
    }
}
