package org.rapport.transcript.coding;

/**
 * One coding as a row of the long coding CSV ({@code session,rater,codebook,code,start_ms,end_ms,value,note}).
 *
 * @param codebook codebook id, or null when not given
 * @param value    optional numeric value (an intensity), or null
 * @param note     optional note, or null
 */
public record CodingRow(String session, String rater, String codebook, String code, long startMs, long endMs,
                        Double value, String note) {
    public CodingRow {
        session = requireText(session, "session");
        rater = requireText(rater, "rater");
        code = requireText(code, "code");
        codebook = emptyToNull(codebook);
        note = emptyToNull(note);
        if (startMs < 0) throw new IllegalArgumentException("start_ms is negative: " + startMs);
        if (endMs < startMs) throw new IllegalArgumentException("end_ms " + endMs + " is before start_ms " + startMs);
        if (value != null && !Double.isFinite(value)) throw new IllegalArgumentException("value is not a finite number");
    }

    static String requireText(String s, String column) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(column + " is empty");
        return s.trim();
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
