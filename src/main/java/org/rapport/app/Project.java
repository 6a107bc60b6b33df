package org.rapport.app;

import java.nio.file.Path;

import org.rapport.app.codebook.CodebookService;
import org.rapport.app.coding.CodingService;
import org.rapport.app.consensus.ConsensusService;
import org.rapport.app.export.ExportService;
import org.rapport.app.imports.ImportService;
import org.rapport.app.rater.RaterService;
import org.rapport.app.search.ProjectSearchSources;
import org.rapport.app.search.SearchService;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.TranscriptChangeListener;
import org.rapport.app.study.FolderImport;
import org.rapport.app.study.StudyService;
import org.rapport.app.workspace.WorkspaceService;
import org.rapport.store.ProjectStore;
import org.rapport.store.h2.H2ProjectStore;

/**
 * An open project and the services that work on it. Close it to release the store (and its file lock).
 * It is where the engine is chosen: services see only the {@link ProjectStore} interfaces.
 */
public final class Project implements AutoCloseable {
    private final Path folder;
    private final ProjectStore store;
    private final CodebookService codebooks;
    private final SessionService sessions;
    private final RaterService raters;
    private final CodingService codings;
    private final ImportService imports;
    private final ExportService exports;
    private final WorkspaceService workspace;
    private final SearchService search;
    private final ConsensusService consensus;
    private final StudyService study;
    private final FolderImport folderImport;

    private Project(H2ProjectStore store) {
        this.folder = store.folder();
        this.store = store;
        this.codebooks = new CodebookService(store);
        this.raters = new RaterService(store);
        this.search = new SearchService(folder, new ProjectSearchSources(store, codebooks, raters));
        TranscriptChangeListener indexUpdate = search::transcriptChanged;
        this.sessions = new SessionService(store, indexUpdate);
        this.codings = new CodingService(store, codebooks, sessions);
        this.imports = new ImportService(store, codebooks, sessions, indexUpdate);
        this.exports = new ExportService(store, codebooks, sessions);
        this.workspace = new WorkspaceService(store, sessions, codebooks, codings, raters);
        this.consensus = new ConsensusService(store, codebooks);
        this.study = new StudyService(store, codebooks);
        this.folderImport = new FolderImport(imports, sessions);
    }

    /** Creates a project in a new folder and adds the codebooks that ship with Rapport. */
    public static Project init(Path folder) {
        Project p = new Project(H2ProjectStore.create(folder));
        try {
            p.codebooks.addBuiltIns();
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
        return p;
    }

    public static Project open(Path folder) {
        return new Project(H2ProjectStore.open(folder));
    }

    public static boolean exists(Path folder) {
        return H2ProjectStore.isProject(folder);
    }

    public Path folder() {
        return folder;
    }

    /** The store, for services in this package and others built on it (search, agreement). */
    public ProjectStore store() {
        return store;
    }

    public CodebookService codebooks() {
        return codebooks;
    }

    public SessionService sessions() {
        return sessions;
    }

    public RaterService raters() {
        return raters;
    }

    public CodingService codings() {
        return codings;
    }

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
    }

    /** The desktop workspace's view of the project: session list, loaded sessions, per-rater state. */
    public WorkspaceService workspace() {
        return workspace;
    }

    /** Consensus coding: settling raters' codings of a session into one. */
    public ConsensusService consensus() {
        return consensus;
    }

    /** Running the study: assignments and how far each rater is. */
    public StudyService study() {
        return study;
    }

    /** Importing a folder of sessions at a time. */
    public FolderImport folderImport() {
        return folderImport;
    }

    /** Transcript search; its index opens on first use. */
    public SearchService search() {
        return search;
    }

    @Override
    public void close() {
        try {
            search.close();
        } finally {
            store.close();
        }
    }
}
