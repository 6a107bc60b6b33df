package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.identity.Credentials;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.NativeSupport;
import org.rapport.store.postgres.TestPostgres;
import org.rapport.ui.common.Prefs;

/** "Open server project…": an observer opens a server project with her own login and codes as its rater. */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class ServerProjectGuiTest {
    @TempDir
    Path dir;

    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }


    private JMenuItem menuItem(String text) {
        JMenu project = app.window.getJMenuBar().getMenu(0);
        for (int i = 0; i < project.getItemCount(); i++) {
            JMenuItem item = project.getItem(i);
            if (item != null && text.equals(item.getText())) return item;
        }
        throw new AssertionError("no menu item " + text);
    }

    private Window openServerDialog() throws Exception {
        JMenuItem item = app.onEdt(() -> menuItem("Open server project\u2026"));
        SwingUtilities.invokeLater(item::doClick); // the dialog is modal
        app.waitFor(() -> Screenshots.showing("server-dialog") != null, 10_000);
        return app.onEdt(() -> Screenshots.showing("server-dialog"));
    }

    /** {@code rapport open postgresql://…}: the dialog is filled in from the URI, the password (never taken) focused. */
    @Test
    void aServerUriOpensTheDialogFilledInWithThePasswordToType() throws Exception {
        NativeSupport.assumeDisplay();
        Path local = dir.resolve("local");
        Project.init(local).close();
        app = GuiFixture.open(local, "Ana");
        SwingUtilities.invokeLater(() -> app.window.startOnServer(
                "postgresql://ana:not-taken@db.lab.example:5433/study?sslmode=require"));
        app.waitFor(() -> Screenshots.showing("server-dialog") != null, 10_000);
        Window d = app.onEdt(() -> Screenshots.showing("server-dialog"));
        app.waitFor(() -> Screenshots.find(d, "server-password").isFocusOwner(), 5_000);
        app.onEdt(() -> {
            assertEquals("db.lab.example", ((JTextField) Screenshots.find(d, "server-host")).getText());
            assertEquals("5433", ((JTextField) Screenshots.find(d, "server-port")).getText());
            assertEquals("study", ((JTextField) Screenshots.find(d, "server-database")).getText());
            assertEquals("ana", ((JTextField) Screenshots.find(d, "server-login")).getText());
            assertEquals("require", ((JComboBox<?>) Screenshots.find(d, "server-sslmode")).getSelectedItem());
            assertEquals(0, ((JPasswordField) Screenshots.find(d, "server-password")).getPassword().length,
                    "a password in the URI is not taken");
            d.dispose();
            return null;
        });
    }

    @Test
    void anObserverOpensAServerProjectWithHerLoginAndItIsRememberedWithoutThePassword() throws Exception {
        NativeSupport.assumeDisplay();
        TestPostgres pg = TestPostgres.server();
        String db = pg.newDatabase("gui");
        String login = db + "_ana";
        ProjectAddress admin = ProjectAddress.parse("postgresql://" + TestPostgres.ADMIN + ":"
                + TestPostgres.ADMIN_PASSWORD + "@" + pg.host() + ":" + pg.port() + "/" + db + "?sslmode=disable");
        try (Project p = Project.init(admin, Credentials.NONE, false)) {
            Rater ana = p.raters().add("Ana", RaterRole.OBSERVER, login, "ana's server password".toCharArray());
            p.raters().add("Ben", RaterRole.OBSERVER, db + "_ben", "ben's server password".toCharArray());
            Session s = TestSessions.addSession(p, "on-the-server", null, TestSessions.transcript(4, 8_000), 8_000L);
            p.codings().assign(s.id(), ana, "3rs");
        }
        Path local = dir.resolve("local");
        try (Project p = Project.init(local)) {
            TestSessions.addSession(p, "s1", null, TestSessions.transcript(4, 8_000), 8_000L);
            p.raters().create("Ana", RaterRole.OBSERVER);
        }
        app = GuiFixture.open(local, "Ana");

        Window d = openServerDialog();
        app.onEdt(() -> {
            ((JTextField) Screenshots.find(d, "server-host")).setText(pg.host());
            ((JTextField) Screenshots.find(d, "server-port")).setText(Integer.toString(pg.port()));
            ((JTextField) Screenshots.find(d, "server-database")).setText(db);
            ((JTextField) Screenshots.find(d, "server-login")).setText(login);
            ((JPasswordField) Screenshots.find(d, "server-password")).setText("ana's server password");
            ((JComboBox<?>) Screenshots.find(d, "server-sslmode")).setSelectedItem("disable");
            ((JButton) Screenshots.find(d, "open-server")).doClick();
            return null;
        });
        JLabel project = app.onEdt(() -> (JLabel) Screenshots.find(app.window.getContentPane(), "project-label"));
        String shown = "postgresql://" + login + "@" + pg.host() + ":" + pg.port() + "/" + db;
        app.waitFor(() -> project.getText().startsWith(shown) && project.getText().contains("coding as Ana (observer)"),
                30_000);
        assertEquals(login, app.onEdt(() -> app.window.project().identity().login()));
        Project opened = app.onEdt(app.window::project);
        List<String> names = opened.sessions().list().stream().map(v -> v.session().name()).toList();
        assertEquals(List.of("on-the-server"), names, "the server's sessions, as Ana's login sees them");

        String remembered = "postgresql://" + login + "@" + pg.host() + ":" + pg.port() + "/" + db + "?sslmode=disable";
        List<String> recent = app.onEdt(() -> Prefs.user().recentServers());
        assertEquals(remembered, recent.get(0));
        assertFalse(String.join("\n", recent).contains("password"), "no password is remembered");

        // the recent list fills the form again, with an empty password field
        Window again = openServerDialog();
        app.onEdt(() -> {
            @SuppressWarnings("unchecked")
            JList<String> list = (JList<String>) Screenshots.find(again, "recent-servers");
            list.setSelectedValue(remembered, false);
            return null;
        });
        assertEquals(db, app.onEdt(() -> ((JTextField) Screenshots.find(again, "server-database")).getText()));
        assertEquals(login, app.onEdt(() -> ((JTextField) Screenshots.find(again, "server-login")).getText()));
        assertEquals(0, app.onEdt(() -> ((JPasswordField) Screenshots.find(again, "server-password")).getPassword().length));
        app.onEdt(() -> {
            again.dispose();
            return null;
        });
        assertTrue(app.onEdt(() -> Screenshots.showing("server-dialog") == null));
    }
}
