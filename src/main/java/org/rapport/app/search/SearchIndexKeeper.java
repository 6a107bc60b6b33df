package org.rapport.app.search;

import java.nio.file.Path;
import java.util.List;

import org.rapport.app.session.TranscriptChangeListener;
import org.rapport.model.session.Session;
import org.rapport.search.analysis.IndexLanguage;
import org.rapport.search.index.IndexProgress;
import org.rapport.search.index.SessionSource;
import org.rapport.search.index.TranscriptIndex;
import org.rapport.search.query.TranscriptQueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a project's search index in step with its transcripts. The index opens on first use; if it is missing,
 * stale (its recorded transcript revision differs from the store's), built with another language or damaged, it
 * is rebuilt then, with progress. Imports, transcript replacements and deletions update it in the same operation
 * ({@link #transcriptChanged}).
 */
public final class SearchIndexKeeper implements TranscriptChangeListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexKeeper.class);

    private final Path folder;
    private final boolean inMemory;
    private final TranscriptSource transcripts;
    private final SearchSettings settings;
    private TranscriptIndex index;
    private IndexProgress progress = IndexProgress.NONE;
    private boolean rebuiltOnOpen;
    private TranscriptQueryParser parser;
    private IndexLanguage parserLanguage;

    /** @param folder where the index lives, or null to keep it in memory only (an encrypted project's) */
    SearchIndexKeeper(Path folder, TranscriptSource transcripts, SearchSettings settings) {
        this.inMemory = folder == null;
        this.folder = folder == null ? Path.of("(in memory)") : folder;
        this.transcripts = transcripts;
        this.settings = settings;
    }

    /** Where rebuilds report progress (the CLI prints it, the UI shows a bar). */
    public synchronized void setProgress(IndexProgress progress) {
        this.progress = progress == null ? IndexProgress.NONE : progress;
    }

    public Path folder() {
        return folder;
    }

    /** The project's search language (English unless set). */
    public IndexLanguage language() {
        return IndexLanguage.fromKey(settings.languageKey().orElse("en"));
    }

    /** Sets the search language and rebuilds the index with its stemmer. */
    public synchronized IndexStatus setLanguage(String key) {
        IndexLanguage lang = IndexLanguage.fromKey(key);
        settings.saveLanguageKey(lang.key());
        closeIndex();
        return status();
    }

    /** Opens the index, rebuilding it if needed, and says what it holds. */
    public synchronized IndexStatus status() {
        TranscriptIndex i = current();
        return new IndexStatus(i.folder().toString(), i.language().key(), i.utteranceCount(), i.revision(),
                rebuiltOnOpen);
    }

    /** What the index holds as it is, without rebuilding it. */
    public synchronized IndexStatus peek() {
        TranscriptIndex i = openIndex();
        return new IndexStatus(i.folder().toString(), i.language().key(), i.utteranceCount(), i.revision(), false);
    }

    /** Rebuilds the index from the store, whatever its state. */
    public synchronized IndexStatus rebuild() {
        TranscriptIndex i = openIndex();
        rebuildFromStore(i);
        return new IndexStatus(i.folder().toString(), i.language().key(), i.utteranceCount(), i.revision(), true);
    }

    /** A parser with the analyzers of the index's language. */
    public synchronized TranscriptQueryParser parser() {
        IndexLanguage lang = index != null ? index.language() : language();
        if (parser == null || parserLanguage != lang) {
            parser = TranscriptQueryParser.forLanguage(lang);
            parserLanguage = lang;
        }
        return parser;
    }

    /**
     * Brings the index in step after a transcript change the store has committed. When the index reflected the
     * store just before this change, only that session is re-indexed; otherwise the whole index is rebuilt.
     * A failure here never undoes the committed change: the index stays marked stale and is rebuilt later.
     */
    @Override
    public synchronized void transcriptChanged(long sessionId) {
        try {
            TranscriptIndex i = openIndex();
            TranscriptSource.SessionChange ch = transcripts.change(sessionId);
            if (i.revision() == ch.revision()) return;
            if (i.revision() >= 0 && i.revision() == ch.revision() - 1) {
                if (ch.session().isPresent()) {
                    i.replaceSession(ch.session().get(), ch.transcript(), ch.revision());
                } else {
                    i.deleteSession(sessionId, ch.revision());
                }
            } else {
                rebuildFromStore(i);
            }
        } catch (RuntimeException e) {
            LOG.warn("search index not updated after a transcript change (it will be rebuilt): {}", e.toString());
        }
    }

    /** The open index, rebuilt first when it does not reflect the store. */
    public synchronized TranscriptIndex current() {
        TranscriptIndex i = openIndex();
        long storeRevision = transcripts.transcriptRevision();
        if (i.revision() != storeRevision) {
            LOG.info("search index {} (revision {}, store {}): rebuilding", i.revision() < 0 ? "missing or damaged"
                    : "stale", i.revision(), storeRevision);
            rebuildFromStore(i);
            rebuiltOnOpen = true;
        }
        return i;
    }

    private TranscriptIndex openIndex() {
        if (index == null) {
            index = inMemory ? TranscriptIndex.inMemory(folder.toString(), language()) : TranscriptIndex.open(folder,
                    language());
        }
        return index;
    }

    private void rebuildFromStore(TranscriptIndex i) {
        long revision = transcripts.transcriptRevision();
        List<Session> sessions = transcripts.sessions();
        i.rebuild(new SessionSource() {
            @Override
            public int sessionCount() {
                return sessions.size();
            }

            @Override
            public void forEach(SessionConsumer consumer) {
                for (Session s : sessions) consumer.accept(s, transcripts.transcript(s.id()));
            }
        }, revision, progress);
    }

    private void closeIndex() {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    @Override
    public synchronized void close() {
        closeIndex();
    }
}
