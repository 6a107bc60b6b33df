package org.rapport.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.rapport.app.Project;
import org.rapport.app.search.SearchRequest;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.SavedSearch;
import org.rapport.model.rater.Rater;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchSort;

/** The search panel over the project's transcript search (Lucene, through SearchService). */
public final class ServiceSearch implements SearchBackend {
    private final Project project;
    private final Rater viewer;

    public ServiceSearch(Project project, Rater viewer) {
        this.project = project;
        this.viewer = viewer;
    }

    /** The codebooks' saved searches (marker lexicons), one entry per search, named by its code. */
    @Override
    public List<Lexicon> lexicons() {
        List<Lexicon> out = new ArrayList<>();
        for (Codebook cb : project.codebooks().current()) {
            for (Code c : cb.codes()) {
                for (SavedSearch s : c.searches()) {
                    out.add(new Lexicon(c.label(), s.query().strip(), s.description() == null ? "" : s.description()));
                }
            }
        }
        return out;
    }

    @Override
    public List<Hit> search(String query, int limit) {
        List<Hit> out = new ArrayList<>();
        for (SearchHit h : project.search().search(new SearchRequest(query, SearchSort.TIME, limit, null), viewer).hits()) {
            out.add(new Hit(h.sessionId(), h.session(), h.startMs(), h.speaker(),
                    h.previous() == null ? "" : tail(h.previous().text()), h.text(),
                    h.next() == null ? "" : head(h.next().text()), h.utterance(),
                    h.highlights().stream().map(m -> new int[] {m.start(), m.end()}).toList(), h.highlightedWords()));
        }
        return out;
    }

    @Override
    public String syntaxHint() {
        return "Words, \"phrases\", role:client, speaker:T, AND / OR / NOT, wildcards (know*). Click a lexicon to run it.";
    }

    private static String tail(String s) {
        return s.length() <= 60 ? s : "\u2026" + s.substring(s.length() - 60);
    }

    private static String head(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "\u2026";
    }
}
