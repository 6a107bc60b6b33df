package org.rapport.app.deidentify;

import java.util.List;

/**
 * A text with its identifiers replaced, and where: so that offsets into the original (search highlights) can be
 * carried over to the new text.
 */
public record Redacted(String text, List<Edit> edits) {
    /** The original span [start, end) became [newStart, newEnd). Edits are in order and do not overlap. */
    public record Edit(int start, int end, int newStart, int newEnd) {
    }

    public Redacted {
        edits = List.copyOf(edits);
    }

    /**
     * Where an offset of the original text is in the new one. An offset inside a replaced span goes to the start of
     * its replacement (for a start) or its end (for an end), so a highlight covers the whole replacement.
     */
    public int map(int offset, boolean isEnd) {
        int delta = 0;
        for (Edit e : edits) {
            if (offset <= e.start()) return offset + delta;
            if (offset >= e.end()) {
                delta += (e.newEnd() - e.newStart()) - (e.end() - e.start());
                continue;
            }
            return isEnd ? e.newEnd() : e.newStart();
        }
        return offset + delta;
    }
}
