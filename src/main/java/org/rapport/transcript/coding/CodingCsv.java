package org.rapport.transcript.coding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.transcript.LongCsv;
import org.rapport.transcript.Output;

/**
 * The long CSV of codings, one row per coding: header
 * {@code session,rater,codebook,codebook_version,code,start_ms,end_ms,first_utterance,last_utterance,value,note}.
 * The utterance span (indexes from 0, both ends included) is empty for a coding of a free interval. Reading accepts
 * the columns in any order; session, rater, code, start_ms and end_ms are required, the rest optional (files of
 * earlier versions, without codebook_version and the span, read as they always did); a single {@code utterance}
 * column ({@code 12} or {@code 12-14}) may stand for the span; other columns are ignored. Every row is checked
 * before anything is returned.
 */
public final class CodingCsv {
    public static final List<String> HEADER = List.of("session", "rater", "codebook", "codebook_version", "code",
            "start_ms", "end_ms", "first_utterance", "last_utterance", "value", "note");
    private static final List<String> REQUIRED = List.of("session", "rater", "code", "start_ms", "end_ms");
    private static final String UTTERANCE = "utterance";

    private CodingCsv() {
    }

    public static List<CodingRow> read(Path file) throws IOException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String column : HEADER) aliases.put(column, List.of(column));
        aliases.put(UTTERANCE, List.of(UTTERANCE));
        return LongCsv.read(file, aliases, REQUIRED, f -> {
            if (f.get("start_ms").isEmpty() || f.get("end_ms").isEmpty()) {
                throw new IllegalArgumentException("start_ms or end_ms is empty");
            }
            Integer[] span = span(f.get("first_utterance"), f.get("last_utterance"), f.get(UTTERANCE));
            return new CodingRow(f.get("session"), f.get("rater"), f.get("codebook"), f.get("codebook_version"),
                    f.get("code"), LongCsv.parseLong(f.get("start_ms"), "start_ms"),
                    LongCsv.parseLong(f.get("end_ms"), "end_ms"), span[0], span[1],
                    LongCsv.parseOptionalDouble(f.get("value"), "value"), f.get("note"));
        });
    }

    /** The span from first_utterance and last_utterance, or from one utterance column ("12", "12-14"). */
    private static Integer[] span(String first, String last, String utterance) {
        Integer[] columns = {optionalIndex(first, "first_utterance"), optionalIndex(last, "last_utterance")};
        if (utterance.isEmpty() || utterance.equalsIgnoreCase("NA")) return columns;
        if (columns[0] != null || columns[1] != null) {
            throw new IllegalArgumentException("give the span in utterance or in first_utterance and last_utterance,"
                    + " not both");
        }
        String[] ends = utterance.split("-", -1);
        if (ends.length > 2) throw new IllegalArgumentException("utterance '" + utterance + "' is not N or N-M");
        Integer[] span = Arrays.stream(ends).map(e -> LongCsv.parseInt(e.strip(), "utterance")).toArray(Integer[]::new);
        return new Integer[] {span[0], span[span.length - 1]};
    }

    private static Integer optionalIndex(String text, String column) {
        return text.isEmpty() || text.equalsIgnoreCase("NA") ? null : LongCsv.parseInt(text, column);
    }

    /** Writes the rows atomically; a missing codebook, version, span, value or note is an empty field. */
    public static void write(List<CodingRow> rows, Path out) throws IOException {
        write(rows, Output.file(out));
    }

    /** As {@link #write(List, Path)}, to a file or a stream. */
    public static void write(List<CodingRow> rows, Output out) throws IOException {
        LongCsv.write(out, HEADER, cells(rows));
    }

    /** The rows' fields as written, in {@link #HEADER} order; what is not known is an empty field. */
    public static List<List<Object>> cells(List<CodingRow> rows) {
        List<List<Object>> records = new ArrayList<>(rows.size());
        for (CodingRow r : rows) {
            records.add(List.of(r.session(), r.rater(), LongCsv.orEmpty(r.codebook()),
                    LongCsv.orEmpty(r.codebookVersion()), r.code(), r.startMs(), r.endMs(), orEmpty(r.firstUtterance()),
                    orEmpty(r.lastUtterance()), LongCsv.formatNumber(r.value()), LongCsv.orEmpty(r.note())));
        }
        return records;
    }

    private static Object orEmpty(Integer index) {
        return index == null ? "" : index;
    }
}
