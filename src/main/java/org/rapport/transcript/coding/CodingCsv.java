package org.rapport.transcript.coding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.transcript.LongCsv;
import org.rapport.transcript.Output;

/**
 * The long CSV of codings: header {@code session,rater,codebook,code,start_ms,end_ms,value,note}, one row per coding.
 * Reading accepts the columns in any order; session, rater, code, start_ms and end_ms are required, the rest optional;
 * other columns are ignored. Every row is checked before anything is returned.
 */
public final class CodingCsv {
    public static final List<String> HEADER = List.of("session", "rater", "codebook", "code", "start_ms", "end_ms",
            "value", "note");
    private static final List<String> REQUIRED = List.of("session", "rater", "code", "start_ms", "end_ms");

    private CodingCsv() {
    }

    public static List<CodingRow> read(Path file) throws IOException {
        Map<String, List<String>> aliases = new java.util.LinkedHashMap<>();
        for (String column : HEADER) aliases.put(column, List.of(column));
        return LongCsv.read(file, aliases, REQUIRED, f -> {
            if (f.get("start_ms").isEmpty() || f.get("end_ms").isEmpty()) {
                throw new IllegalArgumentException("start_ms or end_ms is empty");
            }
            return new CodingRow(f.get("session"), f.get("rater"), f.get("codebook"), f.get("code"),
                    LongCsv.parseLong(f.get("start_ms"), "start_ms"), LongCsv.parseLong(f.get("end_ms"), "end_ms"),
                    LongCsv.parseOptionalDouble(f.get("value"), "value"), f.get("note"));
        });
    }

    /** Writes the rows atomically; missing codebook, value and note are empty fields. */
    public static void write(List<CodingRow> rows, Path out) throws IOException {
        write(rows, Output.file(out));
    }

    /** As {@link #write(List, Path)}, to a file or a stream. */
    public static void write(List<CodingRow> rows, Output out) throws IOException {
        List<List<Object>> records = new ArrayList<>(rows.size());
        for (CodingRow r : rows) {
            records.add(List.of(r.session(), r.rater(), LongCsv.orEmpty(r.codebook()), r.code(), r.startMs(), r.endMs(),
                    LongCsv.formatNumber(r.value()), LongCsv.orEmpty(r.note())));
        }
        LongCsv.write(out, HEADER, records);
    }
}
