package org.rapport.search.query;

/** A neighbouring utterance shown as context around a hit. */
public record UtteranceRef(int utterance, long startMs, long endMs, String speaker, String role, String text) {
}
