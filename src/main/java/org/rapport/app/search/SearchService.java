package org.rapport.app.search;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.lucene.search.Query;
import org.rapport.app.Project;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.SavedSearch;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.search.index.IndexLanguage;
import org.rapport.search.index.IndexProgress;
import org.rapport.search.index.SessionNames;
import org.rapport.search.index.SessionSource;
import org.rapport.search.index.TranscriptIndex;
import org.rapport.search.query.CodingProximity;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;
import org.rapport.search.query.TranscriptQueryParser;
import org.rapport.store.CodingRepository;
import org.rapport.store.MetaRepository;
import org.rapport.store.SessionRepository;
import org.rapport.store.TranscriptRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcript search over a project: the index in {@code <project>/index}, kept in step with the store.
 * The index opens on first use; if it is missing, stale (its recorded transcript revision differs from the
 * store's), built with another language or damaged, it is rebuilt then, with progress. Imports, transcript
 * replacements and deletions update it in the same operation ({@link #transcriptChanged}).
 * Code-context filters see only the codings the viewer may see: an observer only their own.
 */
public final class SearchService implements AutoCloseable {
    /** The viewer the command line searches as: a supervisor who sees every rater's codings. */
    public static final Rater COMMAND_LINE = new Rater(-1, "command line", RaterRole.SUPERVISOR);
    public static final String INDEX_FOLDER = "index";
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final Project project;
    private TranscriptIndex index;
    private IndexProgress progress = IndexProgress.NONE;
    private boolean rebuiltOnOpen;
    private SessionNames names;
    private TranscriptQueryParser parser;
    private IndexLanguage parserLanguage;
    private long namesRevision = -1;

    public SearchService(Project project) {
        this.project = project;
    }

    /** Where rebuilds report progress (the CLI prints it, the UI shows a bar). */
    public synchronized void setProgress(IndexProgress progress) {
        this.progress = progress == null ? IndexProgress.NONE : progress;
    }

    public Path indexFolder() {
        return project.folder().resolve(INDEX_FOLDER);
    }

    /** The project's search language (English unless set). */
    public IndexLanguage language() {
        return IndexLanguage.fromKey(project.store().read(c -> MetaRepository.get(c, MetaRepository.LANGUAGE))
                .orElse("en"));
    }

    /** Sets the search language and rebuilds the index with its stemmer. */
    public synchronized IndexStatus setLanguage(String key) {
        IndexLanguage lang = IndexLanguage.fromKey(key);
        project.store().inTransaction(c -> {
            MetaRepository.put(c, MetaRepository.LANGUAGE, lang.key());
            return null;
        });
        closeIndex();
        return status();
    }

    /** Opens the index, rebuilding it if needed, and says what it holds. */
    public synchronized IndexStatus status() {
        TranscriptIndex i = index();
        return new IndexStatus(i.folder().toString(), i.language().key(), i.utteranceCount(), i.revision(),
                rebuiltOnOpen);
    }

    /** Rebuilds the index from the store, whatever its state. */
    public synchronized IndexStatus rebuild() {
        TranscriptIndex i = openIndex();
        rebuildFromStore(i);
        return new IndexStatus(i.folder().toString(), i.language().key(), i.utteranceCount(), i.revision(), true);
    }

    /** Runs a search; the query and code context are checked before the index is touched. */
    public SearchResults search(SearchRequest request, Rater viewer) {
        Query q = parser().parse(request.query());
        CodingProximity near = request.near() == null ? null : proximity(request.near(), viewer);
        return index().search(q, request.sort(), request.limit(), sessionNames(), near);
    }

    private synchronized TranscriptQueryParser parser() {
        IndexLanguage lang = index != null ? index.language() : language();
        if (parser == null || parserLanguage != lang) {
            parser = TranscriptQueryParser.forLanguage(lang);
            parserLanguage = lang;
        }
        return parser;
    }

    /** Runs every saved search of a codebook (or of one of its codes) and lists what they flag. */
    public LexiconResults runLexicon(String codebookId, String codeId, Rater viewer, int momentsPerSearch) {
        return runLexicon(project.codebooks().current(codebookId), codeId, viewer, momentsPerSearch);
    }

    public LexiconResults runLexicon(String codebookId, Rater viewer) {
        return runLexicon(codebookId, null, viewer, SearchRequest.DEFAULT_LIMIT);
    }

    /** Runs the saved searches of the given codebook (or of one code of it, when codeId is not null). */
    public LexiconResults runLexicon(Codebook codebook, String codeId, Rater viewer, int momentsPerSearch) {
        List<Code> codes;
        if (codeId != null) {
            Code code = codebook.code(codeId).orElseThrow(() -> new BadInputException("codebook " + codebook.id()
                    + " has no code '" + codeId + "'; codes: " + String.join(", ",
                    codebook.codes().stream().map(Code::id).toList())));
            if (code.searches().isEmpty()) {
                throw new BadInputException("code " + codeId + " of codebook " + codebook.id() + " has no saved searches");
            }
            codes = List.of(code);
        } else {
            codes = codebook.codes().stream().filter(c -> !c.searches().isEmpty()).toList();
            if (codes.isEmpty()) {
                throw new BadInputException("codebook " + codebook.id() + " declares no saved searches (searches: under"
                        + " a code)");
            }
        }
        // parse everything first: a bad saved search is reported before any work is done
        TranscriptQueryParser parser = parser();
        Map<SavedSearch, Query> queries = new HashMap<>();
        for (Code code : codes) {
            for (int n = 0; n < code.searches().size(); n++) {
                SavedSearch s = code.searches().get(n);
                try {
                    queries.put(s, parser.parse(s.query()));
                } catch (BadInputException e) {
                    throw new BadInputException("codebook " + codebook.id() + ", code " + code.id() + ", search "
                            + (n + 1), null, e.getMessage());
                }
            }
        }
        TranscriptIndex i = index();
        SessionNames names = sessionNames();
        List<LexiconResults.CodeFlags> out = new ArrayList<>();
        for (Code code : codes) {
            List<LexiconResults.SearchFlags> flags = new ArrayList<>();
            for (SavedSearch s : code.searches()) {
                SearchResults r = i.search(queries.get(s), SearchSort.TIME, momentsPerSearch, names, null);
                flags.add(new LexiconResults.SearchFlags(s.query(), s.description(), r.total(), r.perSession(),
                        r.hits()));
            }
            out.add(new LexiconResults.CodeFlags(code.id(), code.label(), code.group(), flags));
        }
        return new LexiconResults(codebook.id(), codebook.version(), out);
    }

    /** Writes every hit of a search (not only the first) to a CSV file; returns how many rows it wrote. */
    public long exportCsv(SearchRequest request, Rater viewer, Path csv) {
        SearchResults r = search(request.withLimit(Integer.MAX_VALUE), viewer);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("session", "utterance", "start_ms",
                     "end_ms", "speaker", "role", "text", "highlights", "previous_speaker", "previous_text",
                     "next_speaker", "next_text").get())) {
            for (SearchHit h : r.hits()) {
                p.printRecord(h.session(), h.utterance(), h.startMs(), h.endMs(), h.speaker(), h.role(), h.text(),
                        String.join(" | ", h.highlightedWords()),
                        h.previous() == null ? "" : h.previous().speaker(), h.previous() == null ? "" : h.previous().text(),
                        h.next() == null ? "" : h.next().speaker(), h.next() == null ? "" : h.next().text());
            }
        } catch (IOException e) {
            throw new BadInputException(csv.toString(), null, "cannot write: " + e.getMessage());
        }
        return r.hits().size();
    }

    /**
     * Brings the index in step after a transcript change the store has committed. When the index reflected the
     * store just before this change, only that session is re-indexed; otherwise the whole index is rebuilt.
     * A failure here never undoes the committed change: the index stays marked stale and is rebuilt later.
     */
    public synchronized void transcriptChanged(long sessionId) {
        try {
            TranscriptIndex i = openIndex();
            record Change(long revision, Optional<Session> session, Transcript transcript) {
            }
            Change ch = project.store().read(c -> {
                long rev = MetaRepository.transcriptRevision(c);
                Optional<Session> s = SessionRepository.byId(c, sessionId);
                return new Change(rev, s, s.isPresent() ? TranscriptRepository.load(c, sessionId) : null);
            });
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

    private CodingProximity proximity(NearCode near, Rater viewer) {
        if (near.withinSeconds() < 0) throw new BadInputException("--within-s must not be negative");
        if (near.minRaters() < 1) throw new BadInputException("--min-raters must be at least 1");
        checkCodeExists(near);
        Long onlyRater = null;
        if (near.byRater() != null) {
            Rater r = project.raters().byName(near.byRater());
            if (!viewer.role().canSeeOthers() && r.id() != viewer.id()) {
                throw new BadInputException("rater '" + viewer.name() + "' is an observer: observers code blind and"
                        + " cannot search near another rater's codings");
            }
            onlyRater = r.id();
        }
        if (!viewer.role().canSeeOthers()) {
            if (near.minRaters() > 1) {
                throw new BadInputException("rater '" + viewer.name() + "' is an observer and sees only their own"
                        + " codings, so a search near codings by at least " + near.minRaters() + " raters is not"
                        + " open to them");
            }
            onlyRater = viewer.id();
        }
        Long rater = onlyRater;
        List<CodingProximity.Span> spans = new ArrayList<>();
        for (Coding k : project.store().read(CodingRepository::all)) {
            if (!k.codeId().equals(near.codeId())) continue;
            if (near.codebookId() != null && !k.codebookId().equals(near.codebookId())) continue;
            if (rater != null && k.raterId() != rater) continue;
            spans.add(new CodingProximity.Span(k.sessionId(), k.raterId(), k.startMs(), k.endMs()));
        }
        return new CodingProximity(spans, Math.round(near.withinSeconds() * 1000), near.minRaters());
    }

    private void checkCodeExists(NearCode near) {
        List<Codebook> books = near.codebookId() != null ? List.of(project.codebooks().current(near.codebookId()))
                : project.codebooks().current();
        if (books.stream().noneMatch(cb -> cb.code(near.codeId()).isPresent())) {
            throw new BadInputException("no code '" + near.codeId() + "' in the project's codebook"
                    + (near.codebookId() != null ? " " + near.codebookId() : "s") + " ("
                    + String.join(", ", books.stream().map(Codebook::id).toList()) + ")");
        }
    }

    /** Session names, read again only when the transcript revision moved (sessions come and go with it). */
    private synchronized SessionNames sessionNames() {
        long revision = project.store().read(MetaRepository::transcriptRevision);
        if (names == null || namesRevision != revision) {
            Map<Long, String> m = new HashMap<>();
            for (Session s : project.store().read(SessionRepository::all)) m.put(s.id(), s.name());
            names = new SessionNames(m);
            namesRevision = revision;
        }
        return names;
    }

    /** The open index, rebuilt first when it does not reflect the store. */
    private synchronized TranscriptIndex index() {
        TranscriptIndex i = openIndex();
        long storeRevision = project.store().read(MetaRepository::transcriptRevision);
        if (i.revision() != storeRevision) {
            LOG.info("search index {} (revision {}, store {}): rebuilding", i.revision() < 0 ? "missing or damaged"
                    : "stale", i.revision(), storeRevision);
            rebuildFromStore(i);
            rebuiltOnOpen = true;
        }
        return i;
    }

    private synchronized TranscriptIndex openIndex() {
        if (index == null) index = TranscriptIndex.open(indexFolder(), language());
        return index;
    }

    private void rebuildFromStore(TranscriptIndex i) {
        long revision = project.store().read(MetaRepository::transcriptRevision);
        List<Session> sessions = project.store().read(SessionRepository::all);
        i.rebuild(new SessionSource() {
            @Override
            public int sessionCount() {
                return sessions.size();
            }

            @Override
            public void forEach(SessionSource.SessionConsumer consumer) {
                for (Session s : sessions) consumer.accept(s, project.store().read(c -> TranscriptRepository.load(c, s.id())));
            }
        }, revision, progress);
    }

    private synchronized void closeIndex() {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    @Override
    public void close() {
        closeIndex();
    }
}
