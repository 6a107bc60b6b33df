package org.rapport.app.search;

import java.util.List;
import java.util.Optional;

import org.rapport.app.codebook.CodebookService;
import org.rapport.app.rater.RaterService;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;

/**
 * What search reads from a project, over its store and services. Every store access of search is here and
 * nowhere else in it, so a change to how the store is reached touches only this class.
 */
public final class ProjectSearchSources implements SearchSources {
    private final ProjectStore store;
    private final CodebookService codebooks;
    private final RaterService raters;

    public ProjectSearchSources(ProjectStore store, CodebookService codebooks, RaterService raters) {
        this.store = store;
        this.codebooks = codebooks;
        this.raters = raters;
    }

    @Override
    public long transcriptRevision() {
        return store.read(tx -> tx.meta().transcriptRevision());
    }

    @Override
    public List<Session> sessions() {
        return store.read(tx -> tx.sessions().all());
    }

    @Override
    public Transcript transcript(long sessionId) {
        return store.read(tx -> tx.transcripts().load(sessionId));
    }

    @Override
    public SessionChange change(long sessionId) {
        return store.read(tx -> {
            long revision = tx.meta().transcriptRevision();
            Optional<Session> s = tx.sessions().byId(sessionId);
            return new SessionChange(revision, s, s.isPresent() ? tx.transcripts().load(sessionId) : null);
        });
    }

    @Override
    public Optional<String> languageKey() {
        return store.read(tx -> tx.meta().language());
    }

    @Override
    public void saveLanguageKey(String key) {
        store.inTransaction(tx -> {
            tx.meta().setLanguage(key);
            return null;
        });
    }

    @Override
    public List<Coding> codingsOf(String codebookId, String codeId, Long raterId) {
        return store.read(tx -> tx.codings().ofCode(codeId, Selection.ALL.codebook(codebookId).rater(raterId)));
    }

    @Override
    public List<Codebook> currentCodebooks() {
        return codebooks.current();
    }

    @Override
    public Codebook currentCodebook(String codebookId) {
        return codebooks.current(codebookId);
    }

    @Override
    public Rater raterNamed(String name) {
        return raters.byName(name);
    }
}
