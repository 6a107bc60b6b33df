package org.rapport.app.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import org.rapport.app.OutputGuard;
import org.rapport.app.deidentify.Deidentifier;
import org.rapport.app.session.TranscriptChangeListener;
import org.rapport.transcript.Output;

import org.rapport.model.codebook.Codebook;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.search.analysis.IndexLanguage;
import org.rapport.search.index.IndexProgress;
import org.rapport.search.query.SearchResults;

/**
 * Transcript search over a project, as the UI and the command line reach it ({@code Project.search()}): the index
 * in {@code <project>/index} kept in step with the store ({@link SearchIndexKeeper}), searches with their code
 * context ({@link TranscriptSearch}) and codebook lexicons ({@link LexiconSearch}), built over what the project
 * provides ({@link SearchSources}).
 */
public final class SearchService implements TranscriptChangeListener, AutoCloseable {
    /** The viewer the command line searches as: a supervisor who sees every rater's codings. */
    public static final Rater COMMAND_LINE = new Rater(-1, "command line", RaterRole.SUPERVISOR);
    /** The viewer of a project with protected roles opened without saying who: it sees nobody's codings. */
    public static final Rater UNNAMED = new Rater(-1, "nobody in particular (no --as)", RaterRole.OBSERVER);
    public static final String INDEX_FOLDER = "index";

    private final SearchIndexKeeper index;
    private final TranscriptSearch search;
    private final LexiconSearch lexicons;
    private final OutputGuard guard;
    private final SessionNameCache names;
    private final TranscriptSource transcripts;

    /**
     * Search with its index in the folder given: a file project's own, or a server project's in this computer's
     * cache (each client keeps its own); null keeps it in memory only (an encrypted project's). Exports of results
     * go where the guard allows.
     */
    public SearchService(SearchSources sources, Path indexFolder, OutputGuard guard) {
        this.index = new SearchIndexKeeper(indexFolder, sources, sources);
        this.transcripts = sources;
        this.names = new SessionNameCache(sources);
        this.search = new TranscriptSearch(index, names, new NearCodeFilter(sources, sources, sources));
        this.lexicons = new LexiconSearch(index, names, sources);
        this.guard = guard;
    }

    /** Where rebuilds report progress (the CLI prints it, the UI shows a bar). */
    public void setProgress(IndexProgress progress) {
        index.setProgress(progress);
    }

    public Path indexFolder() {
        return index.folder();
    }

    /** The project's search language (English unless set). */
    public IndexLanguage language() {
        return index.language();
    }

    /** Sets the search language and rebuilds the index with its stemmer. */
    public IndexStatus setLanguage(String key) {
        return index.setLanguage(key);
    }

    /** Opens the index, rebuilding it if needed, and says what it holds. */
    public IndexStatus status() {
        return index.status();
    }

    /** What the index holds as it is, without rebuilding it (revision -1: missing or damaged). */
    public IndexStatus peek() {
        return index.peek();
    }

    /** Rebuilds the index from the store, whatever its state. */
    public IndexStatus rebuild() {
        return index.rebuild();
    }

    /** Brings the index in step after a transcript change the store has committed. */
    @Override
    public void transcriptChanged(long sessionId) {
        index.transcriptChanged(sessionId);
    }

    @Override
    public void transcriptsChanged(List<Long> sessionIds) {
        index.transcriptsChanged(sessionIds);
    }

    /** The store's transcript revision now. */
    public long transcriptRevision() {
        return transcripts.transcriptRevision();
    }

    /** The names hits are shown with, by session id, as the store has them now. */
    public Map<Long, String> sessionNames() {
        return names.current().asMap();
    }

    /** Runs a search; the query and code context are checked before the index is touched. */
    public SearchResults search(SearchRequest request, Rater viewer) {
        return search.search(request, viewer);
    }

    /** Writes every hit of a search (not only the first) to a CSV file; returns how many rows it wrote. */
    public long exportCsv(SearchRequest request, Rater viewer, Output csv) {
        return search.exportCsv(request, viewer, guard.checked(csv));
    }

    /** As {@link #exportCsv(SearchRequest, Rater, Output)}, de-identified (docs/exports.md). */
    public long exportCsv(SearchRequest request, Rater viewer, Output csv, Deidentifier deidentify) {
        return search.exportCsv(request, viewer, guard.checked(csv), r -> DeidentifiedHits.of(r, deidentify));
    }

    /**
     * Runs every saved search of a codebook (or of one of its codes) and lists what they flag. Lexicons read no
     * codings, so the viewer does not change what they show.
     */
    public LexiconResults runLexicon(String codebookId, String codeId, Rater viewer, int momentsPerSearch) {
        return lexicons.run(codebookId, codeId, momentsPerSearch);
    }

    public LexiconResults runLexicon(String codebookId, Rater viewer) {
        return runLexicon(codebookId, null, viewer, SearchRequest.DEFAULT_LIMIT);
    }

    /** Runs the saved searches of the given codebook (or of one code of it, when codeId is not null). */
    public LexiconResults runLexicon(Codebook codebook, String codeId, Rater viewer, int momentsPerSearch) {
        return lexicons.run(codebook, codeId, momentsPerSearch);
    }

    @Override
    public void close() {
        index.close();
    }
}
