package org.rapport.app;

import java.nio.file.Path;

import org.rapport.app.codebook.CodebookService;
import org.rapport.app.coding.CodingService;
import org.rapport.app.export.ExportService;
import org.rapport.app.imports.ImportService;
import org.rapport.app.integrity.IntegrityService;
import org.rapport.app.integrity.Restored;
import org.rapport.app.rater.RaterService;
import org.rapport.app.search.ProjectSearchSources;
import org.rapport.app.search.SearchService;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.TranscriptChangeListener;
import org.rapport.app.workspace.WorkspaceService;
import org.rapport.store.FileStore;
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
    private final IntegrityService integrity;

    private Project(H2ProjectStore store) {
        this.folder = store.folder();
        this.store = store;
        this.codebooks = new CodebookService(store);
        this.raters = new RaterService(store);
        this.search = new SearchService(folder, new ProjectSearchSources(store, codebooks, raters));
        TranscriptChangeListener indexUpdate = search::transcriptChanged;
        this.sessions = new SessionService(store, indexUpdate);
        this.codings = new CodingService(store, codebooks, sessions);
        this.integrity = new IntegrityService(store, store, search);
        this.imports = new ImportService(store, codebooks, sessions, indexUpdate, integrity::backupBeforeImport);
        this.exports = new ExportService(store, codebooks, sessions);
        this.workspace = new WorkspaceService(store, sessions, codebooks, codings, raters);
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

    /** Opens a project to work on it. */
    public static Project open(Path folder) {
        return new Project(H2ProjectStore.open(folder, H2ProjectStore.Mode.WRITE));
    }

    /**
     * Opens a project only to read it: its store file is not written at all (not even on close), several readers may
     * have it open at once, and a project the user may not write can still be read. Anything that would write is
     * refused.
     */
    public static Project openForReading(Path folder) {
        return new Project(H2ProjectStore.open(folder, H2ProjectStore.Mode.READ));
    }

    /**
     * Puts a backup in place of a closed project's store (the newest when none is named) and drops the search index,
     * which is rebuilt from the restored store at the next search.
     */
    public static Restored restore(Path folder, Path backup) {
        FileStore.Restored r = H2ProjectStore.restore(folder, backup);
        Restored restored = new Restored(r.backup(), r.replacedStoreKeptAt());
        try (Project p = open(folder)) {
            p.search().rebuild(); // the index may reflect a state the restored store never had
        }
        return restored;
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

    /** Checks, backups and repair of the project. */
    public IntegrityService integrity() {
        return integrity;
    }

    /** Transcript search; its index opens on first use. */
    public SearchService search() {
        return search;
    }

    @Override
    public void close() {
        try {
            integrity.stopBackupSchedule();
            search.close();
        } finally {
            store.close();
        }
    }
}
