package org.rapport.transcript;

import java.util.List;
import java.util.Map;

import org.rapport.model.session.Transcript;
import org.rapport.model.time.TimeCodes;

/**
 * Reads CSV or TSV transcripts with columns start, end, speaker, text. A header row names the columns (any order,
 * a few common synonyms); without one, the first four columns are taken in that order. Times are seconds
 * ({@code 12.5}) or {@code hh:mm:ss(.mmm)}.
 */
final class DelimitedReader {
    static final List<String> COLUMNS = List.of("start", "end", "speaker", "text");
    private static final Map<String, List<String>> ALIASES = Map.of(
            "start", List.of("start", "begin", "start_time", "onset", "from", "start_s", "start_sec"),
            "end", List.of("end", "stop", "end_time", "offset", "to", "end_s", "end_sec"),
            "speaker", List.of("speaker", "participant", "who", "name", "talker"),
            "text", List.of("text", "utterance", "transcript", "content", "words"));

    private DelimitedReader() {
    }

    static Transcript read(SourceText source, char delimiter) {
        List<CsvTable.Row> rows = CsvTable.parse(source, delimiter);
        CsvTable.Row first = rows.get(0);
        boolean headerless = looksLikeTime(first.get(0));
        CsvColumns columns = headerless ? null : CsvColumns.of(source, first, ALIASES, COLUMNS);
        TimelineBuilder timeline = new TimelineBuilder(source);
        for (CsvTable.Row row : headerless ? rows : rows.subList(1, rows.size())) {
            String[] v = new String[4];
            if (headerless) {
                if (row.values().size() < 4) {
                    throw source.error(row.line(), "expected 4 columns (start, end, speaker, text), found "
                            + row.values().size() + " (truncated?)");
                }
                for (int c = 0; c < 3; c++) v[c] = row.get(c);
                // without a header the text is everything after the speaker, unquoted delimiters included
                v[3] = String.join(String.valueOf(delimiter), row.values().subList(3, row.values().size()));
            } else {
                columns.checkWidth(row);
                for (int c = 0; c < 4; c++) v[c] = columns.get(row, COLUMNS.get(c));
            }
            if (v[0].isEmpty() || v[1].isEmpty()) throw source.error(row.line(), "start or end time is missing");
            long start = TimeCodes.parse(v[0], source.name(), row.line());
            long end = TimeCodes.parse(v[1], source.name(), row.line());
            String speaker = v[2].isEmpty() ? CueText.UNKNOWN_SPEAKER : v[2];
            timeline.add(row.line(), start, end, speaker, CueText.join(List.of(v[3])));
        }
        return timeline.build();
    }

    private static boolean looksLikeTime(String s) {
        try {
            TimeCodes.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return s.trim().startsWith("-") && s.trim().length() > 1 && Character.isDigit(s.trim().charAt(1));
        }
    }
}
