package org.rapport.transcript;

import java.util.List;

import org.rapport.model.session.Transcript;

/**
 * A transcript as read from a file, with what the reader did that the user should know: which tiers became speech
 * and which were left out, times that were sorted or clamped, speakers found in "NAME:" prefixes.
 */
public record TranscriptRead(Transcript transcript, List<String> notes) {
    public TranscriptRead {
        notes = List.copyOf(notes);
    }
}
