package org.rapport.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.app.analytics.AnalyticsService;
import org.rapport.app.codebook.CodebookService;
import org.rapport.app.coding.CodingService;
import org.rapport.app.consensus.ConsensusService;
import org.rapport.app.deidentify.DeidentifyService;
import org.rapport.app.export.ExportService;
import org.rapport.app.identity.Credentials;
import org.rapport.app.identity.Identity;
import org.rapport.app.identity.PasswordHasher;
import org.rapport.app.identity.ProjectKey;
import org.rapport.app.identity.ServerPassword;
import org.rapport.app.imports.ImportService;
import org.rapport.app.integrity.IntegrityService;
import org.rapport.app.integrity.Restored;
import org.rapport.app.rater.RaterService;
import org.rapport.app.search.ProjectSearchSources;
import org.rapport.app.search.SearchRequest;
import org.rapport.app.search.SearchService;
import org.rapport.app.search.StampedSearch;
import org.rapport.app.session.SessionService;
import org.rapport.app.session.TranscriptChangeListener;
import org.rapport.app.study.FolderImport;
import org.rapport.app.study.StudyService;
import org.rapport.app.workspace.WorkspaceService;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.FileStore;
import org.rapport.store.ProjectStore;
import org.rapport.store.StoreFileState;
import org.rapport.store.h2.H2ProjectStore;
import org.rapport.search.index.IndexProgress;
import org.rapport.search.query.SearchResults;
import org.rapport.store.postgres.PostgresProjectStore;
import org.rapport.store.postgres.ServerConnection;
import org.slf4j.LoggerFactory;

/**
 * An open project, who is acting in it, and the services that work on it. Close it to release the store (and a
 * file project's lock). It is where the engine is chosen and who is acting is established: services see only the
 * {@link ProjectStore} interfaces and the {@link Identity}.
 */
public final class Project implements AutoCloseable {
    private final ProjectAddress address;
    private final Path folder;
    private final ProjectStore store;
    private final Identity identity;
    private final CodebookService codebooks;
    private final SessionService sessions;
    private final RaterService raters;
    private final CodingService codings;
    private final ImportService imports;
    private final ExportService exports;
    private final WorkspaceService workspace;
    private final SearchService search;
    private final IntegrityService integrity;
    private final ConsensusService consensus;
    private final StudyService study;
    private final AnalyticsService analytics;
    private final FolderImport folderImport;
    private final OutputGuard outputs;
    private final DeidentifyService deidentify;
    private final Shared shared;

    /**
     * @param folder      a file project's folder (null for a server project)
     * @param indexFolder where the search index lives; null keeps it in memory only
     */
    Project(ProjectAddress address, Path folder, ProjectStore store, Identity identity, Path indexFolder) {
        this(address, folder, store, identity, Shared.of(store, folder, indexFolder, identity));
    }

    /** The same project with someone else acting: the store and index are shared, the identity's services new. */
    private Project(Project base, Identity identity) {
        this(base.address, base.folder, base.store, identity, base.shared);
    }

    private Project(ProjectAddress address, Path folder, ProjectStore store, Identity identity, Shared shared) {
        this.address = address;
        this.folder = folder;
        this.store = store;
        this.identity = identity;
        this.shared = shared;
        this.codebooks = shared.codebooks();
        this.outputs = shared.outputs();
        this.search = shared.search();
        this.sessions = shared.sessions();
        this.integrity = shared.integrity();
        this.deidentify = shared.deidentify();
        this.study = shared.study();
        this.raters = new RaterService(store, identity);
        this.codings = new CodingService(store, codebooks, sessions, identity);
        this.imports = new ImportService(store, codebooks, sessions, search, integrity::backupBeforeImport,
                identity);
        this.exports = new ExportService(store, codebooks, sessions, identity, outputs);
        this.workspace = new WorkspaceService(store, sessions, codebooks, codings, raters);
        this.consensus = new ConsensusService(store, codebooks, identity);
        this.analytics = new AnalyticsService(store, codebooks, identity, outputs);
        this.folderImport = new FolderImport(imports, sessions);
    }

    /** The services that do not depend on who is acting, shared by every identity of one open project. */
    private record Shared(CodebookService codebooks, OutputGuard outputs, SearchService search,
                          SessionService sessions, IntegrityService integrity, DeidentifyService deidentify,
                          StudyService study) {
        static Shared of(ProjectStore store, Path folder, Path indexFolder, Identity identity) {
            CodebookService codebooks = new CodebookService(store);
            OutputGuard outputs = new OutputGuard(folder);
            // the index lists raters' names only: which identity reads them does not matter
            SearchService search = new SearchService(new ProjectSearchSources(store, codebooks,
                    new RaterService(store, identity)), indexFolder, outputs);
            TranscriptChangeListener indexUpdate = search;
            SessionService sessions = new SessionService(store, indexUpdate);
            IntegrityService integrity = new IntegrityService(store, store instanceof FileStore f ? f : null, search);
            return new Shared(codebooks, outputs, search, sessions, integrity,
                    new DeidentifyService(folder, sessions, outputs), new StudyService(store, codebooks));
        }
    }

    /**
     * This project with {@code rater} acting, as "Who is coding?" in the desktop app chooses them: by the rules of
     * {@code --as} (a protected role only with its password; on a server, only the login's own rater). Empty when
     * the password is wrong. The project returned shares this one's store: use it from then on, and close it, not
     * this one.
     */
    public Optional<Project> actingAs(Rater rater, char[] password) {
        if (isServer()) {
            if (identity.rater() != null && identity.rater().id() == rater.id()) return Optional.of(this);
            throw new BadInputException(address.display(), null, "on a server project you act as your own login ('"
                    + identity.login() + "')");
        }
        Set<Long> protectedIds = store.read(tx -> tx.raters().protectedIds());
        Rater r = store.read(tx -> tx.raters().byName(rater.name())).orElseThrow(() ->
                new BadInputException(store.location(), null, "no rater named '" + rater.name() + "' in this project"));
        if (!protectedIds.contains(r.id())) return Optional.of(new Project(this, unprotectedRater(r, protectedIds)));
        if (password == null || password.length == 0 || !passwordIsRight(store, r, password)) return Optional.empty();
        return Optional.of(new Project(this, Identity.of(r, USER)));
    }

    /** Creates a file project in a new folder and adds the codebooks that ship with Rapport. */
    public static Project init(Path folder) {
        return init(new ProjectAddress.Folder(folder), Credentials.NONE, false);
    }

    /**
     * Creates a project: a file project in a new folder (encrypted with a passphrase when asked), or the schema,
     * roles and policies of a server project in an empty database (the login becomes its admin); then adds the
     * codebooks that ship with Rapport.
     */
    public static Project init(ProjectAddress address, Credentials credentials, boolean encrypt) {
        Project p;
        if (address instanceof ProjectAddress.Server s) {
            if (encrypt) {
                throw new BadInputException(s.display(), null, "--encrypt is for file projects; a server project is"
                        + " protected by its logins (and TLS: sslmode=require)");
            }
            PostgresProjectStore store = PostgresProjectStore.create(connection(s, credentials));
            p = new Project(s, null, store, Identity.admin(s.user()), ServerCache.indexFolder(s));
        } else {
            Path folder = ((ProjectAddress.Folder) address).path().toAbsolutePath().normalize();
            if (encrypt && H2ProjectStore.isProject(folder)) {
                throw new BadInputException(folder.toString(), null, "a Rapport project already exists here");
            }
            byte[] key = encrypt ? ProjectKey.create(folder, credentials.passphrase()
                    .ask("passphrase for the new encrypted project " + folder)) : null;
            H2ProjectStore store = H2ProjectStore.create(folder, key);
            p = new Project(address, store.folder(), store, Identity.owner(USER), indexFolder(store.folder(), key));
        }
        try {
            p.codebooks.addBuiltIns();
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
        return p;
    }

    /** Opens a file project as its owner (the desktop app then asks who is coding). */
    public static Project open(Path folder) {
        return open(new ProjectAddress.Folder(folder), Credentials.NONE);
    }

    /**
     * Opens a file project only to read it, as its owner: its store file is not written at all (not even on close),
     * several readers may have it open at once, and a project the user may not write can still be read. Anything
     * that would write is refused.
     */
    public static Project openForReading(Path folder) {
        return openForReading(new ProjectAddress.Folder(folder), Credentials.NONE);
    }

    /**
     * Opens a project and establishes who is acting: on a server, the login's rater; on a file project the rater
     * named by {@code --as} (with its password when protected), else its owner, who may not see others' work once
     * the project has protected roles.
     */
    public static Project open(ProjectAddress address, Credentials credentials) {
        return open(address, credentials, H2ProjectStore.Mode.WRITE);
    }

    /**
     * Opens a project to read it, establishing who is acting as {@link #open(ProjectAddress, Credentials)} does; a
     * file project's store is not written (see {@link #openForReading(Path)}).
     */
    public static Project openForReading(ProjectAddress address, Credentials credentials) {
        return open(address, credentials, H2ProjectStore.Mode.READ);
    }

    /**
     * One search from the shell, as the acting identity (no code context for another rater): from the index alone
     * when its stamp shows it reflects the store as it is, else through the store opened for reading, which then
     * stamps the index it found current (docs/decisions/0022-search-from-the-shell.md). Acting as a named rater,
     * code context, encrypted and server projects always go through the store.
     */
    public static SearchResults searchFromShell(ProjectAddress address, Credentials credentials, SearchRequest request,
                                                IndexProgress progress) {
        return searchFromShell(address, credentials, request, progress, Clock.systemUTC());
    }

    static SearchResults searchFromShell(ProjectAddress address, Credentials credentials, SearchRequest request,
                                         IndexProgress progress, Clock clock) {
        Path dir = address instanceof ProjectAddress.Folder f ? f.path().toAbsolutePath().normalize() : null;
        Instant readAt = clock.instant();
        Path storeFile = dir == null ? null : dir.resolve(H2ProjectStore.DB_FILE);
        Optional<StoreFileState> before = dir != null && credentials.asRater() == null && request.near() == null
                && !ProjectKey.isEncrypted(dir) ? StoreFileState.of(storeFile) : Optional.empty();
        if (before.isPresent()) {
            Optional<SearchResults> quick = StampedSearch.search(dir, before.get(), request);
            if (quick.isPresent()) return quick.get();
        }
        SearchResults results;
        long revision;
        Map<Long, String> names;
        String language;
        try (Project p = openForReading(address, credentials)) {
            p.search().setProgress(progress);
            // stamped only for an identity that sees everything, so whatever a search ever hides from someone
            // (a project with protected roles opened without --as) is never answered without the store
            if (before.isEmpty() || !p.search().indexFolder().equals(dir.resolve(SearchService.INDEX_FOLDER))
                    || p.searchViewer() != SearchService.COMMAND_LINE) {
                return p.search().search(request, p.searchViewer());
            }
            revision = p.search().transcriptRevision();
            names = p.search().sessionNames();
            language = p.search().language().key();
            // an index at the store's revision is read as the stamped way reads it; any other is judged and rebuilt
            results = StampedSearch.searchAtRevision(dir, revision, language, names, request)
                    .orElseGet(() -> p.search().search(request, p.searchViewer()));
        }
        StampedSearch.stampIfCurrent(dir, before.get(), StoreFileState.of(storeFile), readAt, revision, language, names);
        return results;
    }

    private static Project open(ProjectAddress address, Credentials credentials, H2ProjectStore.Mode mode) {
        if (address instanceof ProjectAddress.Server s) {
            PostgresProjectStore store = PostgresProjectStore.open(connection(s, credentials));
            try {
                Identity identity = serverIdentity(store, s, credentials);
                if (mode != H2ProjectStore.Mode.READ) discardAbandonedServerImports(store, identity);
                return new Project(s, null, store, identity, ServerCache.indexFolder(s));
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        Path folder = ((ProjectAddress.Folder) address).path();
        Path dir = folder.toAbsolutePath().normalize();
        byte[] key = ProjectKey.isEncrypted(dir) && H2ProjectStore.isProject(dir) ? ProjectKey.derive(dir,
                credentials.passphrase().ask("passphrase of the encrypted project " + dir)) : null;
        H2ProjectStore store = H2ProjectStore.open(folder, mode, key);
        try {
            return new Project(address, store.folder(), store, fileIdentity(store, credentials),
                    indexFolder(store.folder(), key));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * No import runs for half a day (a 1,000-hour session imports in minutes), so a batch staging that long on a
     * server was left by a client that crashed or lost its connection: its rows are invisible, but they take space
     * and `check` reports them.
     */
    static final Duration ABANDONED_SERVER_IMPORT = Duration.ofHours(12);

    /**
     * A file project discards a crashed import when it opens (one process at a time); a server project, where
     * others may be importing now, only the abandoned ones, and only when the staff open it (they run imports and
     * may delete staged rows; observers may not). Cleaning up never stops the project opening.
     */
    private static void discardAbandonedServerImports(ProjectStore store, Identity identity) {
        boolean staff = identity.kind() == Identity.Kind.ADMIN
                || identity.rater() != null && identity.rater().role() == RaterRole.SUPERVISOR;
        if (!staff) return;
        try {
            int n = store.discardImportsStartedBefore(Instant.now().minus(ABANDONED_SERVER_IMPORT));
            if (n > 0) LoggerFactory.getLogger(Project.class).info("discarded {} abandoned import(s)", n);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Project.class).warn("abandoned imports not discarded: {}", e.toString());
        }
    }

    /** The computer's user, whom a file project's audit trail names as the engine's user. */
    private static final String USER = System.getProperty("user.name");

    /** A file project's index lives in its folder; an encrypted one's in memory only, so no word reaches the disk. */
    private static Path indexFolder(Path folder, byte[] key) {
        return key == null ? folder.resolve(SearchService.INDEX_FOLDER) : null;
    }

    private static ServerConnection connection(ProjectAddress.Server s, Credentials credentials) {
        char[] password = ServerPassword.find(s, System.getenv(), UserFolders.home(), credentials.serverPassword());
        return new ServerConnection(s.host(), s.port(), s.database(), s.user(), password, s.options());
    }

    /**
     * On a server the login is the identity: its rater, or the admin's login (no rater of its own). {@code --as}
     * cannot name anyone else.
     */
    private static Identity serverIdentity(ProjectStore store, ProjectAddress.Server s, Credentials credentials) {
        return store.read(tx -> {
            var rater = tx.raters().byLogin(s.user());
            if (credentials.asRater() != null && rater.map(r -> !r.name().equals(credentials.asRater())).orElse(true)) {
                throw new BadInputException(s.display(), null, "on a server project you act as your own login ('"
                        + s.user() + "'); --as is for file projects");
            }
            if (rater.isPresent()) return Identity.of(rater.get(), s.user());
            if (tx.serverLogins().map(l -> l.seesAll()).orElse(false)) return Identity.admin(s.user());
            throw new BadInputException(s.display(), null, "the login '" + s.user() + "' is not a rater of this"
                    + " project; the admin adds it with: rapport raters --add NAME --login " + s.user());
        });
    }

    /**
     * On a file project: the rater {@code --as} names, with the password of a protected role; else the owner, who
     * may not reveal or change others' work once the project has protected roles.
     */
    private static Identity fileIdentity(ProjectStore store, Credentials credentials) {
        Set<Long> protectedIds = store.read(tx -> tx.raters().protectedIds());
        if (credentials.asRater() == null) return protectedIds.isEmpty() ? Identity.owner(USER) : Identity.unnamed(USER);
        Rater r = store.read(tx -> tx.raters().byName(credentials.asRater().strip())).orElseThrow(() ->
                new BadInputException("--as " + credentials.asRater() + ": no rater of that name in " + store.location()));
        if (!protectedIds.contains(r.id())) return unprotectedRater(r, protectedIds);
        char[] password = credentials.raterPassword().ask("password of rater " + r.name());
        if (password == null || password.length == 0) {
            throw new BadInputException("rater '" + r.name() + "' is protected by a password: give it in"
                    + " RAPPORT_PASSWORD or when asked");
        }
        if (!passwordIsRight(store, r, password)) throw new BadInputException("wrong password for rater '" + r.name() + "'");
        return Identity.of(r, USER);
    }

    /** A rater without a password acts as themselves, unless their role should have one (protected roles exist). */
    private static Identity unprotectedRater(Rater r, Set<Long> protectedIds) {
        if (r.role().canSeeOthers() && !protectedIds.isEmpty()) {
            throw new BadInputException("rater '" + r.name() + "' is a " + r.role().key() + " without a password"
                    + " on a project with protected roles; give the role a password first (rapport raters"
                    + " --password NAME --password-stdin, as a protected supervisor)");
        }
        return Identity.of(r, USER);
    }

    private static boolean passwordIsRight(ProjectStore store, Rater r, char[] password) {
        String hash = store.read(tx -> tx.raters().passwordHash(r.id())).orElseThrow();
        return PasswordHasher.verify(password, hash);
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

    /** Where the project is. */
    public ProjectAddress address() {
        return address;
    }

    /** A file project's folder; for a server project, where its settings would be: use {@link #address()}. */
    public Path folder() {
        return folder;
    }

    /** True for a project on a PostgreSQL server. */
    public boolean isServer() {
        return address instanceof ProjectAddress.Server;
    }

    /** Who is acting, as the project was opened. */
    public Identity identity() {
        return identity;
    }

    /**
     * The viewer a command-line search runs as: the acting rater, or everyone's codings for an identity that sees
     * all of them.
     */
    public Rater searchViewer() {
        if (identity.rater() != null) return identity.rater();
        return identity.seesAll() ? SearchService.COMMAND_LINE : SearchService.UNNAMED;
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

    /** De-identified exports: the pseudonyms and masks, the key and the review list (docs/exports.md). */
    public DeidentifyService deidentify() {
        return deidentify;
    }

    /** Checks that an output lands outside the project folder, for whatever writes one (the reliability report). */
    public OutputGuard outputs() {
        return outputs;
    }

    /** The desktop workspace's view of the project: session list, loaded sessions, per-rater state. */
    public WorkspaceService workspace() {
        return workspace;
    }

    /** Checks, backups and repair of the project. */
    public IntegrityService integrity() {
        return integrity;
    }

    /** Training to criterion, drift and the reliability sample: the staff's (decision 0015). */
    public org.rapport.app.training.TrainingService training() {
        return new org.rapport.app.training.TrainingService(this);
    }

    /** Consensus coding: settling raters' codings of a session into one. */
    public ConsensusService consensus() {
        return consensus;
    }

    /** Research analytics: 3RS episodes, resolution and alliance trajectories (staff only). */
    public AnalyticsService analytics() {
        return analytics;
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
            integrity.stopBackupSchedule();
            search.close();
        } finally {
            store.close();
        }
    }
}
