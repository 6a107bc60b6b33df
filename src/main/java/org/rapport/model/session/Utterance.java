package org.rapport.model.session;

import java.util.Objects;

/**
 * One turn of talk, time-aligned to the recording.
 *
 * @param index   position in the transcript, from 0
 * @param startMs start time in milliseconds from the start of the media
 * @param endMs   end time in milliseconds, never before startMs
 * @param speaker the participant label
 * @param text    what was said
 */
public record Utterance(int index, long startMs, long endMs, String speaker, String text) {
    public Utterance {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        if (startMs < 0) throw new IllegalArgumentException("start before 0: " + startMs);
        if (endMs < startMs) throw new IllegalArgumentException("end " + endMs + " before start " + startMs);
    }

    public long durationMs() {
        return endMs - startMs;
    }

    public Utterance withIndex(int newIndex) {
        return new Utterance(newIndex, startMs, endMs, speaker, text);
    }
}
