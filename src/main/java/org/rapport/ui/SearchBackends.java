package org.rapport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapport.app.Project;
import org.rapport.app.SessionSummary;
import org.rapport.model.Transcript;
import org.rapport.model.Utterance;

/** Chooses the search behind the search panel. */
final class SearchBackends {
    private SearchBackends() {
    }

    static SearchBackend forProject(Project project) {
        return new PhraseSearch(project);
    }

    /**
     * Until the project's search service is wired in: a case-insensitive phrase search over the transcripts,
     * read through the session service.
     */
    static final class PhraseSearch implements SearchBackend {
        private final Project project;

        PhraseSearch(Project project) {
            this.project = project;
        }

        @Override
        public List<Lexicon> lexicons() {
            return List.of();
        }

        @Override
        public String syntaxHint() {
            return "Finds the words as typed, in every transcript (case ignored).";
        }

        @Override
        public List<Hit> search(String query, int limit) {
            String q = query.toLowerCase(Locale.ROOT).replace("\"", "").strip();
            List<Hit> out = new ArrayList<>();
            for (SessionSummary s : project.sessions().list()) {
                Transcript t = project.sessions().transcript(s.session().id());
                List<Utterance> us = t.utterances();
                for (int i = 0; i < us.size() && out.size() < limit; i++) {
                    Utterance u = us.get(i);
                    if (!u.text().toLowerCase(Locale.ROOT).contains(q)) continue;
                    out.add(new Hit(s.session().id(), s.session().name(), u.startMs(), u.speaker(),
                            i > 0 ? tail(us.get(i - 1).text()) : "", u.text(),
                            i + 1 < us.size() ? head(us.get(i + 1).text()) : ""));
                }
            }
            return out;
        }

        private static String tail(String s) {
            return s.length() <= 60 ? s : "\u2026" + s.substring(s.length() - 60);
        }

        private static String head(String s) {
            return s.length() <= 60 ? s : s.substring(0, 60) + "\u2026";
        }
    }
}
