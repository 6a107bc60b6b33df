package org.rapport.search.query;

/** Matched words in an utterance's text: characters [start, end) and the words themselves. */
public record Highlight(int start, int end, String words) {
}
