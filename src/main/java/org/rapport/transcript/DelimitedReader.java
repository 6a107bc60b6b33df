package org.rapport.transcript;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.model.session.Transcript;
import org.rapport.model.time.TimeCodes;

/**
 * Reads CSV or TSV transcripts with columns start, end, speaker, text. A header row names the columns (any order,
 * a few common synonyms); without one, the first four columns are taken in that order. Times are seconds
 * ({@code 12.5}) or {@code hh:mm:ss(.mmm)}; plain numbers are milliseconds when the column name says so
 * ({@code start_ms}), when they can only be milliseconds (whole numbers that as seconds would pass 24 hours), or when
 * the options say so.
 */
final class DelimitedReader {
    static final List<String> COLUMNS = List.of("start", "end", "speaker", "text");
    private static final List<String> START = List.of("start", "begin", "start_time", "onset", "from", "start_s", "start_sec");
    private static final List<String> END = List.of("end", "stop", "end_time", "offset", "to", "end_s", "end_sec");
    private static final Map<String, List<String>> ALIASES = Map.of(
            "start", withMilliseconds(START),
            "end", withMilliseconds(END),
            "speaker", List.of("speaker", "participant", "who", "name", "talker"),
            "text", List.of("text", "utterance", "transcript", "content", "words"));
    /** Whole numbers above this many seconds (24 hours) cannot be a session's times in seconds. */
    private static final long MAX_SECONDS = 86_400;

    private DelimitedReader() {
    }

    static Transcript read(Reading reading, char delimiter) {
        SourceText source = reading.source();
        List<CsvTable.Row> rows = CsvTable.parse(source, delimiter);
        CsvTable.Row first = rows.get(0);
        boolean headerless = looksLikeTime(first.get(0));
        CsvColumns columns = headerless ? null : CsvColumns.of(source, first, ALIASES, COLUMNS);
        List<CsvTable.Row> data = headerless ? rows : rows.subList(1, rows.size());
        List<String[]> values = new ArrayList<>(data.size());
        for (CsvTable.Row row : data) values.add(fields(reading, row, columns, delimiter));
        boolean milliseconds = milliseconds(reading, columns, values);
        TimelineBuilder timeline = reading.timeline();
        for (int r = 0; r < data.size(); r++) {
            String[] v = values.get(r);
            int line = data.get(r).line();
            if (v == null) continue;
            if (v[0].isEmpty() || v[1].isEmpty()) {
                reading.problems().add(line, "start or end time is missing");
                continue;
            }
            Long start = time(reading, v[0], line, milliseconds);
            Long end = time(reading, v[1], line, milliseconds);
            if (start == null || end == null) continue;
            String speaker = v[2].isEmpty() ? CueText.UNKNOWN_SPEAKER : v[2];
            timeline.add(line, start, end, speaker, CueText.join(List.of(v[3])));
        }
        return timeline.build();
    }

    /** start, end, speaker, text of a row; null, with the problem noted, for a row that cannot be read. */
    private static String[] fields(Reading reading, CsvTable.Row row, CsvColumns columns, char delimiter) {
        String[] v = new String[4];
        if (columns == null) {
            if (row.values().size() < 4) {
                reading.problems().add(row.line(), "expected 4 columns (start, end, speaker, text), found "
                        + row.values().size() + " (truncated?)");
                return null;
            }
            for (int c = 0; c < 3; c++) v[c] = row.get(c);
            // without a header the text is everything after the speaker, unquoted delimiters included
            v[3] = String.join(String.valueOf(delimiter), row.values().subList(3, row.values().size()));
            return v;
        }
        String tooWide = columns.widthProblem(row);
        if (tooWide != null) {
            reading.problems().add(row.line(), tooWide);
            return null;
        }
        for (int c = 0; c < 4; c++) v[c] = columns.get(row, COLUMNS.get(c));
        return v;
    }

    /** Whether plain-number times are milliseconds: as the options say, else as the header or the numbers show. */
    private static boolean milliseconds(Reading reading, CsvColumns columns, List<String[]> values) {
        switch (reading.options().timeUnit()) {
            case SECONDS: return false;
            case MILLISECONDS: return true;
            default: break;
        }
        if (columns != null) {
            String named = columns.headerName("start");
            if (isMillisecondName(named) || isMillisecondName(columns.headerName("end"))) {
                reading.note("times read as milliseconds: the header names the column '" + named + "'");
                return true;
            }
        }
        long largest = -1;
        for (String[] v : values) {
            if (v == null) continue;
            for (int c = 0; c < 2; c++) {
                if (!isWholeNumber(v[c])) {
                    if (!v[c].isEmpty()) return false; // a decimal or clock time: seconds as documented
                    continue;
                }
                largest = Math.max(largest, v[c].length() > 15 ? Long.MAX_VALUE : Long.parseLong(v[c]));
            }
        }
        if (largest <= MAX_SECONDS) return false;
        reading.note("times read as milliseconds: they are whole numbers up to " + largest + ", which as seconds"
                + " would be over 24 hours (--time-unit s reads them as seconds)");
        return true;
    }

    private static Long time(Reading reading, String text, int line, boolean milliseconds) {
        if (milliseconds && text.indexOf(':') < 0) {
            try {
                return new BigDecimal(text.trim()).setScale(0, RoundingMode.HALF_UP).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                reading.problems().add(line, "invalid time '" + text.trim() + "' (expected whole milliseconds)");
                return null;
            }
        }
        return reading.time(text, line);
    }

    private static boolean isWholeNumber(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static boolean isMillisecondName(String headerName) {
        return headerName != null && (headerName.endsWith("_ms") || headerName.endsWith("(ms)"));
    }

    private static List<String> withMilliseconds(List<String> names) {
        List<String> all = new ArrayList<>(names);
        for (String n : names) {
            if (n.endsWith("_s") || n.endsWith("_sec")) continue;
            all.add(n + "_ms");
            all.add(n + "(ms)");
            all.add(n + "_(ms)");
        }
        return all;
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
