package org.rapport.model.coding;

import java.time.Instant;

/**
 * One application of a code to a session by a rater.
 *
 * @param firstUtterance index of the first utterance it spans, or null
 * @param lastUtterance  index of the last utterance it spans, or null
 * @param value          an optional numeric value (an intensity), or null
 * @param codebookVersion the version of the codebook it was made under
 * @param version        how many times the stored coding has been written (1 once inserted); an update made from a
 *                       copy whose version is no longer the stored one is refused as a conflict. 0: not read from a
 *                       store (a draft), so an update of it is not checked
 */
public record Coding(long id, long sessionId, long raterId, String codebookId, String codebookVersion, String codeId,
                     long startMs, long endMs, Integer firstUtterance, Integer lastUtterance, Double value,
                     String note, Instant created, Instant updated, int version) {
    public Coding {
        if (startMs < 0) throw new IllegalArgumentException("start before 0: " + startMs);
        if (endMs < startMs) throw new IllegalArgumentException("end " + endMs + " before start " + startMs);
    }

    /** A coding whose stored version is not known (a draft, or a change not checked against the store). */
    public Coding(long id, long sessionId, long raterId, String codebookId, String codebookVersion, String codeId,
                  long startMs, long endMs, Integer firstUtterance, Integer lastUtterance, Double value, String note,
                  Instant created, Instant updated) {
        this(id, sessionId, raterId, codebookId, codebookVersion, codeId, startMs, endMs, firstUtterance,
                lastUtterance, value, note, created, updated, 0);
    }

    /** The same coding, made by another rater (an import, before it is stored). */
    public Coding byRater(long newRaterId) {
        return new Coding(id, sessionId, newRaterId, codebookId, codebookVersion, codeId, startMs, endMs,
                firstUtterance, lastUtterance, value, note, created, updated, version);
    }

    public Coding withTimes(long newStart, long newEnd) {
        return new Coding(id, sessionId, raterId, codebookId, codebookVersion, codeId, newStart, newEnd,
                firstUtterance, lastUtterance, value, note, created, updated, version);
    }

    /** The same coding as of another stored version (an undo puts old content back over the latest version). */
    public Coding withVersion(int newVersion) {
        return new Coding(id, sessionId, raterId, codebookId, codebookVersion, codeId, startMs, endMs,
                firstUtterance, lastUtterance, value, note, created, updated, newVersion);
    }

    public Coding withNote(String newNote) {
        return new Coding(id, sessionId, raterId, codebookId, codebookVersion, codeId, startMs, endMs,
                firstUtterance, lastUtterance, value, newNote, created, updated, version);
    }

    public Coding withCode(String newCodeId) {
        return new Coding(id, sessionId, raterId, codebookId, codebookVersion, newCodeId, startMs, endMs,
                firstUtterance, lastUtterance, value, note, created, updated, version);
    }

    /** Moves the start to a moment; past the end, that end becomes the start, so the coding stays the same way round. */
    public Coding withStartAt(long ms) {
        return withTimes(Math.min(ms, endMs), Math.max(ms, endMs));
    }

    /** Moves the end to a moment; before the start, that start becomes the end. */
    public Coding withEndAt(long ms) {
        return withTimes(Math.min(ms, startMs), Math.max(ms, startMs));
    }

    /** The note as a coder typed it: surrounding space dropped, and nothing typed is no note. */
    public Coding withTypedNote(String typed) {
        String n = typed == null ? "" : typed.strip();
        return withNote(n.isEmpty() ? null : n);
    }

    /**
     * The coding as the edit form leaves it: another code, times and note.
     *
     * @throws IllegalArgumentException when the end is before the start
     */
    public Coding edited(String newCodeId, long newStart, long newEnd, String typedNote) {
        if (newEnd < newStart) throw new IllegalArgumentException("the end is before the start");
        return withCode(newCodeId).withTimes(newStart, newEnd).withTypedNote(typedNote);
    }
}
