package org.rapport.cli.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.rapport.app.search.LexiconResults;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SessionHits;
import org.rapport.search.query.UtteranceRef;

/** The JSON of {@code rapport search --json} (docs/search.md): every key is always present (null when absent). */
final class SearchJson {
    private SearchJson() {
    }

    @JsonPropertyOrder({"total", "hits", "per_session", "took_ms"})
    record Results(long total, List<Hit> hits, @JsonProperty("per_session") List<PerSession> perSession,
                   @JsonProperty("took_ms") long tookMs) {
        static Results of(SearchResults r) {
            return new Results(r.total(), Hit.all(r.hits()), PerSession.all(r.perSession()), r.tookMs());
        }
    }

    /** A matching utterance with the words that matched and its neighbours (null at a session's start or end). */
    @JsonPropertyOrder({"session", "utterance", "start_ms", "end_ms", "speaker", "role", "text", "highlights", "previous",
            "next"})
    record Hit(String session, int utterance, @JsonProperty("start_ms") long startMs, @JsonProperty("end_ms") long endMs,
               String speaker, String role, String text, List<String> highlights, Neighbour previous, Neighbour next) {
        static List<Hit> all(List<SearchHit> hits) {
            return hits.stream().map(h -> new Hit(h.session(), h.utterance(), h.startMs(), h.endMs(), h.speaker(),
                    h.role(), h.text(), h.highlightedWords(), Neighbour.of(h.previous()), Neighbour.of(h.next()))).toList();
        }
    }

    @JsonPropertyOrder({"utterance", "start_ms", "speaker", "role", "text"})
    record Neighbour(int utterance, @JsonProperty("start_ms") long startMs, String speaker, String role, String text) {
        static Neighbour of(UtteranceRef u) {
            return u == null ? null : new Neighbour(u.utterance(), u.startMs(), u.speaker(), u.role(), u.text());
        }
    }

    @JsonPropertyOrder({"session", "hits"})
    record PerSession(String session, int hits) {
        static List<PerSession> all(List<SessionHits> list) {
            return list.stream().map(s -> new PerSession(s.session(), s.hits())).toList();
        }
    }

    /** {@code --lexicon}: per code, what each of its saved searches flags. */
    @JsonPropertyOrder({"codebook", "version", "note", "codes"})
    record Lexicon(String codebook, String version, String note, List<Code> codes) {
        static final String NOTE = "candidate moments for a human coder, not codings";

        static Lexicon of(LexiconResults r) {
            return new Lexicon(r.codebookId(), r.codebookVersion(), NOTE, r.codes().stream().map(Code::of).toList());
        }
    }

    @JsonPropertyOrder({"code", "label", "group", "total", "searches"})
    record Code(String code, String label, String group, long total, List<Search> searches) {
        static Code of(LexiconResults.CodeFlags c) {
            return new Code(c.codeId(), c.label(), c.group(), c.total(), c.searches().stream().map(Search::of).toList());
        }
    }

    @JsonPropertyOrder({"query", "description", "total", "per_session", "moments"})
    record Search(String query, String description, long total,
                  @JsonProperty("per_session") List<PerSession> perSession, List<Hit> moments) {
        static Search of(LexiconResults.SearchFlags s) {
            return new Search(s.query(), s.description(), s.total(), PerSession.all(s.perSession()), Hit.all(s.moments()));
        }
    }
}
