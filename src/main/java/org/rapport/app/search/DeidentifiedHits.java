package org.rapport.app.search;

import java.util.ArrayList;
import java.util.List;

import org.rapport.app.deidentify.Deidentifier;
import org.rapport.app.deidentify.Redacted;
import org.rapport.search.query.Highlight;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SessionHits;
import org.rapport.search.query.UtteranceRef;

/**
 * Search results de-identified: session names, speakers and the text of each hit and its neighbours, with the
 * highlights moved onto the new text (a highlight on a name covers its pseudonym).
 */
public final class DeidentifiedHits {
    private DeidentifiedHits() {
    }

    public static SearchResults of(SearchResults r, Deidentifier d) {
        List<SearchHit> hits = new ArrayList<>(r.hits().size());
        for (SearchHit h : r.hits()) hits.add(hit(h, d));
        List<SessionHits> perSession = new ArrayList<>();
        for (SessionHits s : r.perSession()) {
            perSession.add(new SessionHits(d.sessionName(s.sessionId(), s.session()), s.sessionId(), s.hits()));
        }
        return new SearchResults(r.total(), hits, perSession, r.tookMs());
    }

    private static SearchHit hit(SearchHit h, Deidentifier d) {
        Redacted text = d.redact(h.text(), h.session(), "utterance " + h.utterance());
        List<Highlight> highlights = new ArrayList<>();
        for (Highlight x : h.highlights()) {
            int start = text.map(x.start(), false);
            int end = text.map(x.end(), true);
            highlights.add(new Highlight(start, end, text.text().substring(start, end)));
        }
        return new SearchHit(d.sessionName(h.sessionId(), h.session()), h.sessionId(), h.utterance(), h.startMs(),
                h.endMs(), d.text(h.speaker(), h.session(), "speaker"), h.role(), text.text(), highlights, h.score(),
                ref(h.previous(), h.session(), d), ref(h.next(), h.session(), d));
    }

    private static UtteranceRef ref(UtteranceRef u, String session, Deidentifier d) {
        if (u == null) return null;
        return new UtteranceRef(u.utterance(), u.startMs(), u.endMs(), d.text(u.speaker(), session, "speaker"),
                u.role(), d.text(u.text(), session, "utterance " + u.utterance()));
    }
}
