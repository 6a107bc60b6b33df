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

import org.rapport.app.Project;
import org.rapport.app.demo.DemoProject;
import org.rapport.app.workspace.SessionRow;
import org.rapport.app.workspace.SessionWorkspace;
import org.rapport.media.VlcRuntime;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.ui.common.Banner;
import org.rapport.ui.common.Prefs;
import org.rapport.ui.common.Tasks;
import org.rapport.ui.common.Theme;
import org.rapport.ui.keys.HelpDialog;
import org.rapport.ui.keys.Keys;
import org.rapport.ui.search.SearchPanel;
import org.rapport.ui.search.ServiceSearch;
import org.rapport.ui.session.AppContext;
import org.rapport.ui.session.SessionView;
import org.rapport.ui.sessions.SessionListPanel;

/**
 * The app window: opens a project (the demo project by default) off the event thread, asks who is coding, shows
 * the rater's sessions and search, and opens a session for coding. Reopening restores the last session.
 */
public final class MainWindow extends JFrame {
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
    private final Tasks tasks = new Tasks();
    private Project project;
    private AppContext ctx;
    private SessionView sessionView;
    private SearchPanel searchPanel;

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
        projectLabel.setForeground(Theme.muted());
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
        help.add(item("Keys\u2026", null, () -> HelpDialog.show(this, keys, sessionView == null ? java.util.List.of()
                : sessionCodebooks(), () -> { })));
        help.add(item("About Rapport", null, () -> JOptionPane.showMessageDialog(this, "Rapport\nCoding, reliability and"
                + " transcript search for psychotherapy process research.\n\nlibVLC: " + vlc.getNow(Optional.empty())
                .map(VlcRuntime::libraryPath).orElse("not found (transcript-only mode)"), "About Rapport", JOptionPane.INFORMATION_MESSAGE)));
        bar.add(help);
        refreshRecent();
        return bar;
    }

    private java.util.List<org.rapport.model.codebook.Codebook> sessionCodebooks() {
        return project == null ? java.util.List.of() : project.codebooks().current();
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
        Path last = prefs.recentProjects().stream().filter(Project::exists).findFirst().orElse(null);
        if (last != null) open(last);
        else openDemo();
    }

    void openDemo() {
        showMessage("Preparing the demo project\u2026", false);
        Path folder = DemoProject.defaultFolder();
        Tasks.background(() -> {
            if (!Project.exists(folder)) DemoProject.ensure(folder, DemoProject.locateSamples());
            return folder;
        }, this::open, e -> showMessage("The demo project could not be built: " + e.getMessage()
                + "\nOpen or create a project instead.", true));
    }

    void open(Path folder) {
        closeProject();
        showMessage("Opening " + folder.getFileName() + "\u2026", false);
        Tasks.background(() -> Project.open(folder), p -> {
            project = p;
            prefs.opened(folder);
            refreshRecent();
            setTitle("Rapport \u2014 " + folder.getFileName());
            chooseRater();
        }, e -> showMessage((e instanceof BadInputException ? e.getMessage() : "Cannot open " + folder + ": " + e)
                + "\nNothing was changed.", true));
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
        closeProject();
        showMessage("Creating " + folder.getFileName() + "\u2026", false);
        Tasks.background(() -> {
            Project.init(folder).close();
            return folder;
        }, this::open, e -> showMessage(e.getMessage(), true));
    }

    private void chooseRater() {
        if (project == null) return;
        closeSession();
        String last = prefs.lastRater(project.folder()).orElse(System.getProperty("rapport.rater"));
        Optional<Rater> r = System.getProperty("rapport.rater") != null && ctx == null
                ? project.raters().list().stream().filter(x -> x.name().equals(System.getProperty("rapport.rater"))).findFirst()
                : Optional.empty();
        if (r.isEmpty()) r = RaterDialog.choose(this, project.raters(), last);
        if (r.isEmpty()) {
            if (ctx == null) showMessage("Choose who is coding to start.", true);
            return;
        }
        Rater rater = r.get();
        prefs.setLastRater(project.folder(), rater.name());
        ctx = new AppContext(project, rater, tasks, vlc, prefs, keys, this);
        projectLabel.setText(project.folder() + "   \u00b7   coding as " + rater.name() + " (" + rater.role().key() + ")");
        if (searchPanel != null) home.remove(searchPanel);
        searchPanel = new SearchPanel(new ServiceSearch(project, rater), hit -> openSessionAt(hit.sessionId(), hit.startMs()));
        home.addTab("Search", searchPanel);
        showSessions();
        Optional<String> lastSession = project.workspace().state(rater, "session.last");
        lastSession.filter(s -> !s.isBlank()).ifPresent(s -> openSessionAt(Long.parseLong(s), -1));
    }

    private void showSessions() {
        if (ctx == null) return;
        Rater rater = ctx.rater();
        Tasks.background(() -> project.workspace().sessionRows(rater), rows -> {
            sessionList.show(rows);
            cards.show(content, "home");
            sessionList.table().requestFocusInWindow();
        }, e -> showMessage(e.getMessage(), true));
    }

    // ---------------------------------------------------------------- sessions

    private void openSession(SessionRow row) {
        openSessionAt(row.summary().session().id(), -1);
    }

    private boolean showOthers;

    /** Loads a session off the event thread and shows it; at a moment when {@code atMs} >= 0. */
    public void openSessionAt(long sessionId, long atMs) {
        AppContext c = ctx;
        boolean others = showOthers && c.rater().role().canSeeOthers();
        record Loaded(SessionWorkspace ws, SessionView.Saved saved) {
        }
        Tasks.background(() -> {
            vlc.join();
            return new Loaded(project.workspace().open(c.rater(), sessionId, others), SessionView.Saved.read(c, sessionId));
        }, loaded -> {
            showSession(loaded.ws(), loaded.saved());
            if (atMs >= 0) sessionView.seek(atMs);
        }, e -> JOptionPane.showMessageDialog(this, e.getMessage(), "Cannot open the session", JOptionPane.WARNING_MESSAGE));
    }

    void showSession(SessionWorkspace ws, SessionView.Saved saved) {
        closeSession();
        sessionView = new SessionView(ctx, ws, saved, this::backToSessions, () -> {
            showOthers = !showOthers;
            openSessionAt(ws.session().id(), sessionView.player().time());
        });
        sessionHolder.add(sessionView, BorderLayout.CENTER);
        cards.show(content, "session");
        sessionHolder.revalidate();
        long id = ws.session().id();
        Rater rater = ctx.rater();
        tasks.write(() -> {
            project.workspace().saveState(rater, "session.last", Long.toString(id));
            return null;
        }, x -> { }, e -> { });
    }

    private void backToSessions() {
        closeSession();
        Rater rater = ctx.rater();
        tasks.write(() -> {
            project.workspace().saveState(rater, "session.last", "");
            return null;
        }, x -> { }, e -> { });
        showSessions();
    }

    private void closeSession() {
        if (sessionView != null) {
            sessionView.close();
            sessionHolder.remove(sessionView);
            sessionView = null;
        }
    }

    private void closeProject() {
        closeSession();
        if (project != null) {
            tasks.drain();
            project.close();
            project = null;
            ctx = null;
        }
    }

    public SessionView sessionView() {
        return sessionView;
    }

    public Project project() {
        return project;
    }

    Tasks tasks() {
        return tasks;
    }

    /** Saves what is open, closes the project, releases players before libVLC, and leaves. */
    public void exit() {
        closeSession();
        tasks.drain();
        tasks.close();
        if (project != null) project.close();
        project = null;
        dispose();
        // players first (closed with their views), then the factory: off the event thread, then leave
        Thread release = new Thread(() -> {
            vlc.join().ifPresent(VlcRuntime::close);
            onExit.run();
        }, "rapport-release");
        release.start();
    }
}
