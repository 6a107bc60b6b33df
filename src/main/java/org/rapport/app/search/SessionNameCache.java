package org.rapport.app.search;

import java.util.HashMap;
import java.util.Map;

import org.rapport.model.session.Session;
import org.rapport.search.index.SessionNames;

/** The names hits are shown with, read again only when the transcript revision moved (sessions come and go with it). */
final class SessionNameCache {
    private final TranscriptSource transcripts;
    private SessionNames names;
    private long namesRevision = -1;

    SessionNameCache(TranscriptSource transcripts) {
        this.transcripts = transcripts;
    }

    synchronized SessionNames current() {
        long revision = transcripts.transcriptRevision();
        if (names == null || namesRevision != revision) {
            Map<Long, String> m = new HashMap<>();
            for (Session s : transcripts.sessions()) m.put(s.id(), s.name());
            names = new SessionNames(m);
            namesRevision = revision;
        }
        return names;
    }
}
