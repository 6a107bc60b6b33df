package org.rapport.ui.shell;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.demo.DemoProject;
import org.rapport.app.identity.Credentials;
import org.rapport.app.workspace.SessionRow;
import org.rapport.media.VlcRuntime;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Busy;
import org.rapport.ui.common.Prefs;
import org.rapport.ui.common.SwingTasks;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;
import org.rapport.ui.keys.HelpDialog;
import org.rapport.ui.keys.Keys;
import org.rapport.ui.analytics.AnalyticsPanel;
import org.rapport.ui.reliability.ReliabilityPanel;
import org.rapport.ui.study.ProgressBoard;
import org.rapport.ui.search.SearchPanel;
import org.rapport.ui.search.ServiceSearch;
import org.rapport.ui.session.AppContext;
import org.rapport.ui.session.SessionLoad;
import org.rapport.ui.session.SessionView;
import org.rapport.ui.sessions.SessionListPanel;

/**
 * The app window: opens a project (the demo project by default) off the event thread, asks who is coding, shows
 * the rater's sessions and search, and opens a session for coding. Reopening restores the last session.
 */
public final class MainWindow extends JFrame {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);
    private final Prefs prefs;
    private final Keys keys;
    private final CompletableFuture<Optional<VlcRuntime>> vlc;
    private final Runnable onExit;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final JLabel message = new JLabel("Opening\u2026", JLabel.CENTER);
    private final JPanel messageActions = new JPanel(new FlowLayout(FlowLayout.CENTER, 8, 8));
    private final JLabel projectLabel = new JLabel();
    private final SessionListPanel sessionList = new SessionListPanel(this::openSession);
    private final JPanel sessionHolder = new JPanel(new BorderLayout());
    private final JTabbedPane home = new JTabbedPane();
    private final JMenu recentMenu = new JMenu("Open recent");
    private final Tasks tasks = new SwingTasks();
    private final Busy busy = new Busy(this);
    private Project project;
    private AppContext ctx;
    private SessionView sessionView;
    private SearchPanel searchPanel;
    private ReliabilityPanel reliabilityPanel;
    private ProgressBoard progressBoard;
    private AnalyticsPanel analyticsPanel;
    private org.rapport.ui.training.TrainingPanel trainingPanel;
    private Tasks.Task opening;
    private org.rapport.report.html.ReviewLink pendingOpen;
    /** Takes `rapport open` links for the file project open here (a second window would be refused). */
    private org.rapport.app.RunningApp linkReceiver;
    private boolean exiting;

    public MainWindow(Prefs prefs, CompletableFuture<Optional<VlcRuntime>> vlc, Runnable onExit) {
        super("Rapport");
        this.prefs = prefs;
        this.keys = new Keys(prefs);
        this.vlc = vlc;
        this.onExit = onExit;
        setName("main");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }
        });
        setJMenuBar(menus());

        JPanel messagePanel = new JPanel(new BorderLayout());
        message.putClientProperty("FlatLaf.styleClass", "h3");
        message.setName("message");
        message.setBorder(BorderFactory.createEmptyBorder(0, 40, 0, 40));
        JPanel centre = new JPanel(new BorderLayout(0, 12));
        centre.add(message, BorderLayout.CENTER);
        centre.add(messageActions, BorderLayout.SOUTH);
        messagePanel.add(centre, BorderLayout.CENTER);

        JPanel homePanel = new JPanel(new BorderLayout());
        JPanel homeHeader = new JPanel(new BorderLayout());
        homeHeader.setBorder(BorderFactory.createEmptyBorder(14, 16, 6, 16));
        JLabel title = new JLabel("Sessions");
        title.putClientProperty("FlatLaf.styleClass", "h1");
        Theme.mute(projectLabel);
        projectLabel.setName("project-label");
        JPanel titles = new JPanel(new BorderLayout());
        titles.add(title, BorderLayout.NORTH);
        titles.add(projectLabel, BorderLayout.SOUTH);
        homeHeader.add(titles, BorderLayout.WEST);
        JButton switchRater = new JButton("Switch rater\u2026");
        switchRater.setFocusable(false);
        switchRater.addActionListener(e -> chooseRater());
        JPanel east = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        east.add(switchRater);
        homeHeader.add(east, BorderLayout.EAST);
        home.setName("home");
        home.putClientProperty("JTabbedPane.tabType", "underlined");
        home.addTab("Sessions", sessionList);
        homePanel.add(homeHeader, BorderLayout.NORTH);
        homePanel.add(home, BorderLayout.CENTER);

        content.add(messagePanel, "message");
        content.add(homePanel, "home");
        content.add(sessionHolder, "session");
        setContentPane(content);
        setMinimumSize(new Dimension(980, 640));
        setSize(1280, 800);
        setLocation(0, 0);
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu("Project");
        file.add(item("Open project\u2026", "ctrl O", this::chooseProject));
        file.add(item("Open server project\u2026", null, () -> chooseServer(null)));
        file.add(item("New project\u2026", "ctrl N", this::newProject));
        file.add(recentMenu);
        file.add(item("Open demo project", null, this::openDemo));
        file.addSeparator();
        file.add(item("Switch rater\u2026", null, this::chooseRater));
        file.addSeparator();
        file.add(item("Quit", "ctrl Q", this::exit));
        bar.add(file);
        JMenu view = new JMenu("View");
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem("Dark theme", prefs.dark());
        dark.addActionListener(e -> {
            prefs.setDark(dark.isSelected());
            Theme.switchTo(dark.isSelected());
        });
        view.add(dark);
        bar.add(view);
        JMenu help = new JMenu("Help");
        help.add(item("Keys\u2026", null, this::showKeys));
        help.add(item("About Rapport", null, () -> JOptionPane.showMessageDialog(this, "Rapport\nCoding, reliability and"
                + " transcript search for psychotherapy process research.\n\nlibVLC: " + vlc.getNow(Optional.empty())
                .map(VlcRuntime::libraryPath).orElse("not found (transcript-only mode)"), "About Rapport", JOptionPane.INFORMATION_MESSAGE)));
        bar.add(help);
        refreshRecent();
        return bar;
    }

    /** F1 from the menu: the keys, with the codes of the codebooks in use when a session is open. */
    private void showKeys() {
        if (sessionView == null || project == null) {
            HelpDialog.show(this, keys, java.util.List.of(), () -> { });
            return;
        }
        Project p = project;
        tasks.background(progress -> p.codebooks().current(),
                codebooks -> HelpDialog.show(this, keys, codebooks, () -> { }), this::failed);
    }

    private static JMenuItem item(String text, String key, Runnable r) {
        JMenuItem i = new JMenuItem(text);
        if (key != null) i.setAccelerator(KeyStroke.getKeyStroke(key));
        i.addActionListener(e -> r.run());
        return i;
    }

    private void refreshRecent() {
        recentMenu.removeAll();
        for (Path p : prefs.recentProjects()) recentMenu.add(item(p.toString(), null, () -> open(p)));
        java.util.List<String> servers = prefs.recentServers();
        if (!servers.isEmpty() && recentMenu.getItemCount() > 0) recentMenu.addSeparator();
        for (String uri : servers) recentMenu.add(item(uri, null, () -> chooseServer(uri)));
        recentMenu.setEnabled(recentMenu.getItemCount() > 0);
    }

    // ---------------------------------------------------------------- projects

    /** Shows a message (with optional actions) instead of the workspace. */
    void showMessage(String text, boolean withProjectActions) {
        message.setText("<html><div style='text-align:center'>" + Banner.escape(text).replace("\n", "<br>")
                + "</div></html>");
        messageActions.removeAll();
        if (withProjectActions) {
            messageActions.add(button("Open project\u2026", this::chooseProject));
            messageActions.add(button("Open server project\u2026", () -> chooseServer(null)));
            messageActions.add(button("New project\u2026", this::newProject));
            messageActions.add(button("Open demo project", this::openDemo));
        }
        messageActions.revalidate();
        cards.show(content, "message");
    }

    private static JButton button(String text, Runnable r) {
        JButton b = new JButton(text);
        b.addActionListener(e -> r.run());
        return b;
    }

    /** Opens the project given, else the last one, else the demo project (built from sample-sessions/ if missing). */
    public void start(Path projectFolder) {
        if (projectFolder != null) {
            open(projectFolder);
            return;
        }
        java.util.List<Path> recent = prefs.recentProjects();
        tasks.background(progress -> recent.stream().filter(Project::exists).findFirst(),
                last -> last.ifPresentOrElse(this::open, this::openDemo), e -> openDemo());
    }

    /** Asks for a server project's login and password, with its URI filled in ({@code rapport open postgresql://…}). */
    public void startOnServer(String uri) {
        SwingUtilities.invokeLater(() -> chooseServer(uri)); // after the window is shown: the dialog is modal
    }

    void openDemo() {
        showMessage("Preparing the demo project\u2026", false);
        Path folder = DemoProject.defaultFolder();
        tasks.background(progress -> {
            if (!Project.exists(folder)) DemoProject.ensure(folder, DemoProject.locateSamples());
            return folder;
        }, this::open, e -> showMessage("The demo project could not be built: " + e.getMessage()
                + "\nOpen or create a project instead.", true));
    }

    /**
     * A project just opened, with its raters and which of them are protected (read with it, so choosing who codes
     * needs no second wait).
     */
    private record Opened(Project project, java.util.List<Rater> raters, java.util.Set<Long> protectedIds,
                          Optional<Project> fixedRater) {
        static Opened open(ProjectAddress address, Credentials credentials, Tasks.Progress progress) {
            Project p = Project.open(address, credentials);
            p.integrity().startBackupSchedule(); // every 30 minutes (a project setting) while it changes
            progress.report("Opened " + name(address) + "; reading who codes in it\u2026");
            try {
                java.util.List<Rater> raters = p.raters().list();
                java.util.Set<Long> protectedIds = p.raters().protectedIds();
                return new Opened(p, raters, protectedIds, fixedRater(p, raters, protectedIds));
            } catch (RuntimeException e) {
                p.close();
                throw e;
            }
        }

        /**
         * The rater a test or a script fixes with {@code -Drapport.rater}, acting, so no dialog asks. Never a
         * protected role, whose password is always asked, nor one the rules refuse: then the dialog asks.
         */
        private static Optional<Project> fixedRater(Project p, java.util.List<Rater> raters,
                                                    java.util.Set<Long> protectedIds) {
            String fixed = System.getProperty("rapport.rater");
            if (p.isServer()) return Optional.empty();
            try {
                return raters.stream().filter(r -> r.name().equals(fixed) && !protectedIds.contains(r.id()))
                        .findFirst().flatMap(r -> p.actingAs(r, null));
            } catch (BadInputException e) {
                return Optional.empty();
            }
        }
    }

    /** How the title and messages name a project: a folder's name, or a server project's URI. */
    private static String name(ProjectAddress address) {
        return address instanceof ProjectAddress.Folder f && f.path().getFileName() != null
                ? f.path().getFileName().toString() : address.display();
    }

    void open(Path folder) {
        // an encrypted project asks for its passphrase while it opens (the work waits for the dialog)
        open(new ProjectAddress.Folder(folder), new Credentials(null, null, null,
                SecretPrompt.fromDialog(this, "Encrypted project")));
    }

    /** "Open server project…": asks where and as whom, then opens it as that login. */
    private void chooseServer(String prefill) {
        ServerDialog.ask(this, prefs.recentServers(), prefill).ifPresent(r -> open(r.address(),
                new Credentials(null, null, what -> r.password(), null)));
    }

    private void open(ProjectAddress address, Credentials credentials) {
        closeSession();
        showMessage("Opening " + name(address) + "\u2026", false);
        closeProject(() -> tasks.background(progress -> Opened.open(address, credentials, progress),
                message -> showMessage(message, false), opened -> {
                    project = opened.project();
                    if (address instanceof ProjectAddress.Server s) prefs.openedServer(s.withoutPassword());
                    else {
                        prefs.opened(project.folder());
                        listenForLinks(project.folder());
                    }
                    refreshRecent();
                    setTitle("Rapport \u2014 " + name(address));
                    if (project.isServer()) startAsLogin();
                    else if (opened.fixedRater().isPresent()) startCoding(opened.fixedRater().get());
                    else chooseRater(opened.raters(), opened.protectedIds());
                }, e -> showMessage(openFailed(address, e), true)));
    }

    /** Why a project did not open, saying once that nothing was changed. */
    private static String openFailed(ProjectAddress address, Throwable e) {
        String why = e instanceof BadInputException ? e.getMessage() : "Cannot open " + address.display() + ": " + e;
        return why.toLowerCase(java.util.Locale.ROOT).contains("nothing was") ? why : why + "\nNothing was changed.";
    }

    /** On a server the login is who codes: no one to choose (the admin's login codes nothing). */
    private void startAsLogin() {
        Rater me = project.identity().rater();
        if (me == null) {
            showMessage("Logged in as " + project.identity().login() + ", the project's admin, who has no rater of"
                    + " their own.\nOpen the project with a rater's login to code.", true);
            return;
        }
        startCoding(project);
    }

    private void chooseProject() {
        JFileChooser fc = new JFileChooser();
        fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        fc.setDialogTitle("Open a Rapport project folder");
        if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) open(fc.getSelectedFile().toPath());
    }

    private void newProject() {
        JFileChooser fc = new JFileChooser();
        fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        fc.setDialogTitle("Choose an empty folder for the new project");
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        Path folder = fc.getSelectedFile().toPath();
        closeSession();
        showMessage("Creating " + folder.getFileName() + "\u2026", false);
        closeProject(() -> tasks.background(progress -> {
            Project.init(folder).close();
            return folder;
        }, this::open, e -> showMessage(e.getMessage(), true)));
    }

    /** What the rater dialog needs: the raters and which are protected, read off the event thread together. */
    private record Raters(java.util.List<Rater> all, java.util.Set<Long> protectedIds) {
    }

    /** "Switch rater…": the project's raters are read off the event thread, then the dialog asks. */
    private void chooseRater() {
        if (project == null) return;
        if (project.isServer()) {
            JOptionPane.showMessageDialog(this, "On a server project you code as the login you opened it with ("
                    + project.identity().login() + "). To code as someone else, open it with their login.",
                    "Switch rater", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        closeSession();
        Project p = project;
        busy.background(tasks, progress -> new Raters(p.raters().list(), p.raters().protectedIds()), raters -> {
            if (project == p) chooseRater(raters.all(), raters.protectedIds());
        }, this::failed);
    }

    private void chooseRater(java.util.List<Rater> raters, java.util.Set<Long> protectedIds) {
        String last = prefs.lastRater(project.folder()).orElse(System.getProperty("rapport.rater"));
        Optional<Project> acting = RaterDialog.choose(this, raters, protectedIds, last, project, tasks);
        if (acting.isEmpty()) {
            if (ctx == null) showMessage("Choose who is coding to start.", true);
            return;
        }
        startCoding(acting.get());
    }

    /**
     * What the home view shows once a rater is chosen, read in one go: their sessions, where they left off, and the
     * session of a moment to open (rapport open), if any.
     */
    private record Home(java.util.List<SessionRow> rows, Optional<String> lastSession, Optional<Long> linkedSession) {
    }

    /** Once the project is open and a rater chosen, opens this moment (a rapport:// link) instead of the last session. */
    public void openWhenReady(org.rapport.report.html.ReviewLink at) {
        pendingOpen = at;
    }

    /** Starts coding in the project as its acting rater, who from now on is who every service works as. */
    private void startCoding(Project acting) {
        project = acting;
        Rater rater = acting.identity().rater();
        if (!project.isServer()) prefs.setLastRater(project.folder(), rater.name());
        ctx = new AppContext(project, rater, tasks, vlc, prefs, keys, this);
        projectLabel.setText((project.isServer() ? project.address().display() : project.folder().toString())
                + "   \u00b7   coding as " + rater.name() + " ("
                + rater.role().key() + ")");
        if (searchPanel != null) home.remove(searchPanel);
        searchPanel = new SearchPanel(new ServiceSearch(project, rater), tasks, this::openAtHit);
        home.addTab("Search", searchPanel);
        if (reliabilityPanel != null) home.remove(reliabilityPanel);
        if (progressBoard != null) home.remove(progressBoard);
        if (analyticsPanel != null) home.remove(analyticsPanel);
        reliabilityPanel = null;
        progressBoard = null;
        analyticsPanel = null;
        if (trainingPanel != null) home.remove(trainingPanel);
        trainingPanel = null;
        if (rater.role().supervises()) {
            // supervisors and masters only (#17 will make roles enforceable)
            reliabilityPanel = new ReliabilityPanel(project, rater, tasks, this::reviewAt);
            home.addTab("Reliability", reliabilityPanel);
            progressBoard = new ProgressBoard(project, tasks);
            home.addTab("Study", progressBoard);
            analyticsPanel = new AnalyticsPanel(project, tasks);
            home.addTab("Analytics", analyticsPanel);
            trainingPanel = new org.rapport.ui.training.TrainingPanel(project, tasks);
            home.addTab("Training", trainingPanel);
        }
        Project p = project;
        org.rapport.report.html.ReviewLink link = pendingOpen;
        pendingOpen = null;
        busy.background(tasks, progress -> new Home(p.workspace().sessionRows(rater),
                p.workspace().state(rater, "session.last"), link == null || link.session() == null ? Optional.empty()
                : Optional.of(p.sessions().byName(link.session()).id())), h -> {
                    if (project != p || ctx == null || ctx.rater() != rater) return;
                    // a session the coder opened meanwhile wins over the one they left last time
                    boolean opened = sessionView != null || opening != null;
                    showRows(h.rows());
                    if (opened) return;
                    if (h.linkedSession().isPresent()) {
                        long id = h.linkedSession().get();
                        openLinked(id, link);
                        return;
                    }
                    h.lastSession().filter(s -> !s.isBlank()).ifPresent(s -> openSessionAt(Long.parseLong(s), -1));
                }, e -> showMessage(e.getMessage(), true));
    }

    private void showSessions() {
        if (ctx == null) return;
        Rater rater = ctx.rater();
        Project p = project;
        busy.background(tasks, progress -> p.workspace().sessionRows(rater), this::showRows,
                e -> showMessage(e.getMessage(), true));
    }

    /** Fills the session list and shows it, unless a session was opened meanwhile (it stays in front). */
    private void showRows(java.util.List<SessionRow> rows) {
        sessionList.show(rows);
        if (sessionView != null) return;
        cards.show(content, "home");
        sessionList.table().requestFocusInWindow();
    }

    // ---------------------------------------------------------------- sessions

    private void openSession(SessionRow row) {
        openSessionAt(row.summary().session().id(), -1);
    }

    private boolean showOthers;

    /** Opens a session with every rater's lane at a stretch under review, looping it. */
    public void reviewAt(long sessionId, long startMs, long endMs) {
        showOthers = true;
        openSession(sessionId, startMs, new long[] {startMs, endMs});
    }

    /** Loads a session off the event thread and shows it; at a moment when {@code atMs} >= 0. */
    public void openSessionAt(long sessionId, long atMs) {
        openSession(sessionId, atMs, null);
    }

    /** Opens a session at a search hit: the utterance selected in the transcript, the matched words marked. */
    private void openAtHit(org.rapport.ui.search.SearchBackend.Hit hit) {
        openSession(hit.sessionId(), hit.startMs(), null, hit);
    }

    private void openSession(long sessionId, long atMs, long[] loop) {
        openSession(sessionId, atMs, loop, null);
    }

    private void openSession(long sessionId, long atMs, long[] loop, org.rapport.ui.search.SearchBackend.Hit hit) {
        AppContext c = ctx;
        boolean others = showOthers && c.rater().role().canSeeOthers();
        if (opening != null) opening.cancel();
        opening = busy.background(tasks, progress -> SessionLoad.read(c, sessionId, others), loaded -> {
            opening = null;
            if (ctx != c) return;
            showSession(loaded);
            if (loop != null) sessionView.loop(loop[0], loop[1]);
            else if (hit != null) sessionView.showHit(hit.startMs(), hit.utterance(), hit.words());
            else if (atMs >= 0) sessionView.seek(atMs);
        }, e -> {
            opening = null;
            JOptionPane.showMessageDialog(this, e.getMessage(), "Cannot open the session", JOptionPane.WARNING_MESSAGE);
        });
    }

    void showSession(SessionLoad loaded) {
        closeSession();
        long id = loaded.workspace().session().id();
        sessionView = new SessionView(ctx, loaded, this::backToSessions, () -> {
            showOthers = !showOthers;
            openSessionAt(id, sessionView.player().time());
        });
        sessionHolder.add(sessionView, BorderLayout.CENTER);
        cards.show(content, "session");
        sessionHolder.revalidate();
        saveLastSession(Long.toString(id));
    }

    private void backToSessions() {
        closeSession();
        saveLastSession("");
        showSessions();
    }

    private void saveLastSession(String sessionId) {
        Project p = project;
        Rater rater = ctx.rater();
        tasks.write(() -> p.workspace().saveState(rater, "session.last", sessionId), this::failedQuietly);
    }

    private void closeSession() {
        if (opening != null) {
            opening.cancel();
            opening = null;
        }
        if (sessionView != null) {
            sessionView.close();
            sessionHolder.remove(sessionView);
            sessionView = null;
        }
    }

    private void listenForLinks(Path folder) {
        tasks.background(progress -> org.rapport.app.RunningApp.listen(folder, link -> SwingUtilities.invokeLater(
                () -> receive(link))), receiver -> {
                    if (project != null && !project.isServer() && project.folder().equals(folder)) {
                        linkReceiver = receiver.orElse(null);
                    } else {
                        receiver.ifPresent(org.rapport.app.RunningApp::close); // the project closed meanwhile
                    }
                }, this::failedQuietly);
    }

    /** A `rapport open` for this window: the moment of a session here, or another project. */
    private void receive(String uri) {
        org.rapport.report.html.ReviewLink link;
        try {
            link = org.rapport.report.html.ReviewLink.parse(uri);
        } catch (BadInputException e) {
            return; // the command checked it already; a hand-made one is ignored
        }
        toFront();
        requestFocus();
        Path asked = link.project().toAbsolutePath().normalize();
        if (project == null || project.isServer() || !project.folder().toAbsolutePath().normalize().equals(asked)) {
            pendingOpen = link;
            open(asked);
            return;
        }
        if (ctx == null) {
            pendingOpen = link; // taken once a rater is chosen
            return;
        }
        if (link.session() == null) return;
        Project p = project;
        busy.background(tasks, progress -> p.sessions().byName(link.session()).id(), id -> {
            if (project != p) return;
            openLinked(id, link);
        }, e -> showMessage(e.getMessage(), true));
    }

    /** Opens a rapport:// link's session: its stretch under review, looping, or the moment it names. */
    private void openLinked(long sessionId, org.rapport.report.html.ReviewLink link) {
        if (link.toMs() != null) reviewAt(sessionId, link.atMs(), link.toMs());
        else openSessionAt(sessionId, link.atMs() == null ? -1 : link.atMs());
    }

    /** Closes the project as the last of its writes (so every coding is in first), then runs {@code then}. */
    private void closeProject(Runnable then) {
        if (linkReceiver != null) {
            tasks.write(linkReceiver::close, () -> { }, this::failedQuietly); // removes its file: off the event thread
            linkReceiver = null;
        }
        closeSession();
        Project p = project;
        project = null;
        ctx = null;
        if (p == null) {
            then.run();
            return;
        }
        tasks.write(p::close, then, e -> {
            failedQuietly(e);
            then.run();
        });
    }

    private void failed(Throwable e) {
        JOptionPane.showMessageDialog(this, e.getMessage(), "Rapport", JOptionPane.WARNING_MESSAGE);
    }

    /** Workspace state (last session, layout) is a convenience: losing it is logged, not shown. */
    private void failedQuietly(Throwable e) {
        LOG.warn("could not save workspace state", e);
    }

    public SessionView sessionView() {
        return sessionView;
    }

    public Project project() {
        return project;
    }

    /** The progress board of a supervisor or master, else null. */
    public ProgressBoard progressBoard() {
        return progressBoard;
    }

    /** The Analytics view of a supervisor or master, else null. */
    public AnalyticsPanel analyticsPanel() {
        return analyticsPanel;
    }

    /** The Reliability view of a supervisor or master, else null. */
    /** The supervisor's Training view, or null for an observer. */
    public org.rapport.ui.training.TrainingPanel trainingPanel() {
        return trainingPanel;
    }

    public ReliabilityPanel reliabilityPanel() {
        return reliabilityPanel;
    }

    /** Saves what is open and leaves; the project closes, the players and libVLC are released off the event thread. */
    public void exit() {
        if (exiting) return;
        exiting = true;
        tasks.endDelivery(); // work still running may fail once the project closes: no message after the window
        org.rapport.app.RunningApp receiver = linkReceiver;
        linkReceiver = null;
        closeSession();
        Project p = project;
        project = null;
        ctx = null;
        if (p != null) tasks.write(p::close, this::failedQuietly);
        dispose();
        // after the last write (the project's close): players first (closed with their views), then the factory
        Thread release = new Thread(() -> {
            if (receiver != null) receiver.close(); // removes its file: not on the event thread
            tasks.close();
            vlc.join().ifPresent(VlcRuntime::close);
            onExit.run();
        }, "rapport-release");
        release.start();
    }
}
