package org.rapport.transcript.coding;

/**
 * One coding as a row of the long coding CSV (docs/transcript-formats.md, "Long CSV of codings").
 *
 * @param codebook        codebook id, or null when not given
 * @param codebookVersion the codebook version it was made under, or null when not given (the version in use)
 * @param firstUtterance  index (from 0) of the first utterance it was coded on, or null for a free interval
 * @param lastUtterance   index of the last utterance it was coded on, or null for a free interval
 * @param value           optional numeric value (an intensity), or null
 * @param note            optional note, or null
 */
public record CodingRow(String session, String rater, String codebook, String codebookVersion, String code,
                        long startMs, long endMs, Integer firstUtterance, Integer lastUtterance, Double value,
                        String note) {
    public CodingRow {
        session = requireText(session, "session");
        rater = requireText(rater, "rater");
        code = requireText(code, "code");
        codebook = emptyToNull(codebook);
        codebookVersion = emptyToNull(codebookVersion);
        note = emptyToNull(note);
        if (startMs < 0) throw new IllegalArgumentException("start_ms is negative: " + startMs);
        if (endMs < startMs) throw new IllegalArgumentException("end_ms " + endMs + " is before start_ms " + startMs);
        if (value != null && !Double.isFinite(value)) throw new IllegalArgumentException("value is not a finite number");
        if ((firstUtterance == null) != (lastUtterance == null)) {
            throw new IllegalArgumentException("first_utterance and last_utterance go together: give both or neither");
        }
        if (firstUtterance != null && firstUtterance < 0) {
            throw new IllegalArgumentException("first_utterance is negative: " + firstUtterance);
        }
        if (firstUtterance != null && lastUtterance < firstUtterance) {
            throw new IllegalArgumentException("last_utterance " + lastUtterance + " is before first_utterance "
                    + firstUtterance);
        }
    }

    /** A coding of a free interval, without codebook version. */
    public CodingRow(String session, String rater, String codebook, String code, long startMs, long endMs, Double value,
                     String note) {
        this(session, rater, codebook, null, code, startMs, endMs, null, null, value, note);
    }

    static String requireText(String s, String column) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(column + " is empty");
        return s.trim();
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
