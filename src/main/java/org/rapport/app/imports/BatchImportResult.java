package org.rapport.app.imports;

import java.util.List;

/** What a batch import did: one result per session, in the order asked, and the utterances in all. */
public record BatchImportResult(List<ImportResult> sessions, int utterances) {
    public BatchImportResult {
        sessions = List.copyOf(sessions);
    }

    public String summary() {
        return "imported " + sessions.size() + (sessions.size() == 1 ? " session: " : " sessions: ") + utterances
                + " utterances";
    }
}
