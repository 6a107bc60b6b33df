package org.rapport.app.search;

/** The state of a project's search index: what it holds and which store revision it reflects. */
public record IndexStatus(String folder, String language, int utterances, long revision, boolean rebuilt) {
}
