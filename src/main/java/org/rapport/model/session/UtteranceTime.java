package org.rapport.model.session;

/** Where an utterance lies in its session, without its text (what alignment by utterance needs). */
public record UtteranceTime(int index, long startMs, long endMs) {
}
