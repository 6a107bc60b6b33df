package org.rapport.app.search;

/** Everything search reads from a project, in one object for wiring; each part of search asks for only its piece. */
public interface SearchSources extends TranscriptSource, SearchSettings, CodingSource, CodebookSource, RaterLookup {
}
