package org.rapport.ui.shell;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;

import org.rapport.app.ProjectAddress;
import org.rapport.model.BadInputException;
import org.rapport.ui.common.Theme;

/**
 * "Open server project…": where the PostgreSQL database is, the rater's own login and its password. Recent server
 * projects are listed without their passwords (Rapport keeps none; an empty password field lets PGPASSWORD or
 * ~/.pgpass give it, as libpq does).
 */
final class ServerDialog {
    /** What the user asked to open: the address, and the password typed (null: none typed). */
    record Request(ProjectAddress.Server address, char[] password) {
    }

    private ServerDialog() {
    }

    static Optional<Request> ask(JFrame owner, List<String> recent, String prefill) {
        JDialog d = new JDialog(owner, "Open server project", true);
        d.setName("server-dialog");
        JTextField host = field("server-host", 18);
        JTextField port = field("server-port", 6);
        JTextField database = field("server-database", 18);
        JTextField login = field("server-login", 18);
        JPasswordField password = new JPasswordField(18);
        password.setName("server-password");
        JComboBox<String> tls = new JComboBox<>(new String[] {"prefer", "require", "verify-full", "disable"});
        tls.setName("server-sslmode");
        port.setText("5432");
        login.setText(System.getProperty("user.name"));
        JLabel error = new JLabel(" ");
        error.setName("server-error");
        error.setForeground(new java.awt.Color(0xc0504d));

        DefaultListModel<String> model = new DefaultListModel<>();
        recent.forEach(model::addElement);
        JList<String> list = new JList<>(model);
        list.setName("recent-servers");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(4);
        java.util.function.Consumer<String> fill = uri -> {
            try {
                ProjectAddress.Server s = (ProjectAddress.Server) ProjectAddress.parse(uri);
                host.setText(s.host());
                port.setText(Integer.toString(s.port()));
                database.setText(s.database());
                login.setText(s.user());
                tls.setSelectedItem(s.options().getOrDefault("sslmode", "prefer"));
                password.setText(""); // a password in the URI is not taken: it is typed here, or PGPASSWORD/.pgpass
                password.requestFocusInWindow();
            } catch (BadInputException e) {
                error.setText(e.getMessage());
            }
        };
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) fill.accept(list.getSelectedValue());
        });
        if (prefill != null && model.contains(prefill)) list.setSelectedValue(prefill, true);
        else if (prefill != null) fill.accept(prefill); // rapport open postgresql://...
        if (prefill != null) {
            d.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowOpened(java.awt.event.WindowEvent e) {
                    password.requestFocusInWindow(); // all but the password is known
                }
            });
        }

        Request[] chosen = new Request[1];
        JButton open = new JButton("Open");
        open.setName("open-server");
        d.getRootPane().setDefaultButton(open);
        open.addActionListener(e -> {
            try {
                int p = Integer.parseInt(port.getText().strip());
                String uri = "postgresql://" + login.getText().strip() + "@" + host.getText().strip() + ":" + p + "/"
                        + database.getText().strip() + "?sslmode=" + tls.getSelectedItem();
                if (host.getText().isBlank() || database.getText().isBlank() || login.getText().isBlank()) {
                    throw new BadInputException("give the server, the database and your login");
                }
                ProjectAddress.Server s = (ProjectAddress.Server) ProjectAddress.parse(uri);
                char[] typed = password.getPassword();
                chosen[0] = new Request(s, typed.length == 0 ? null : typed);
                d.dispose();
            } catch (NumberFormatException ex) {
                error.setText("the port is a number (5432 unless the lab says otherwise)");
            } catch (BadInputException ex) {
                error.setText(ex.getMessage());
            }
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> d.dispose());

        JPanel form = new JPanel(new GridBagLayout());
        int row = 0;
        for (Map.Entry<String, JComponent> f : List.of(Map.entry("Server", (JComponent) host),
                Map.entry("Port", (JComponent) port), Map.entry("Database", (JComponent) database),
                Map.entry("Your login", (JComponent) login), Map.entry("Password", (JComponent) password),
                Map.entry("TLS (sslmode)", (JComponent) tls))) {
            GridBagConstraints l = new GridBagConstraints();
            l.gridx = 0;
            l.gridy = row;
            l.anchor = GridBagConstraints.LINE_START;
            l.insets = new Insets(3, 0, 3, 10);
            form.add(new JLabel(f.getKey()), l);
            GridBagConstraints c = new GridBagConstraints();
            c.gridx = 1;
            c.gridy = row++;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.weightx = 1;
            c.insets = new Insets(3, 0, 3, 0);
            form.add(f.getValue(), c);
        }

        JPanel top = new JPanel(new BorderLayout(0, 6));
        JLabel title = new JLabel("Open a server project");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        // a fixed text width, or pack() lays the note out on one line as wide as the screen
        JLabel note = new JLabel("<html><body style='width:440px'>A team project on PostgreSQL. Log in with your own login: the server shows"
                + " you only what your role may see. Rapport keeps no password; leave it empty to use PGPASSWORD or"
                + " ~/.pgpass.</html>");
        note.setForeground(Theme.muted());
        top.add(title, BorderLayout.NORTH);
        top.add(note, BorderLayout.CENTER);
        JPanel recentPanel = new JPanel(new BorderLayout(0, 4));
        JLabel recentTitle = new JLabel(recent.isEmpty() ? "No recent server projects" : "Recent server projects");
        recentTitle.setForeground(Theme.muted());
        recentPanel.add(recentTitle, BorderLayout.NORTH);
        if (!recent.isEmpty()) recentPanel.add(new JScrollPane(list), BorderLayout.CENTER);
        top.add(recentPanel, BorderLayout.SOUTH);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(cancel);
        buttons.add(open);
        JPanel south = new JPanel(new BorderLayout(0, 6));
        south.add(error, BorderLayout.NORTH);
        south.add(buttons, BorderLayout.SOUTH);
        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(18, 20, 16, 20));
        content.add(top, BorderLayout.NORTH);
        content.add(form, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        d.setContentPane(content);
        d.pack();
        d.setLocationRelativeTo(owner);
        d.setVisible(true);
        return Optional.ofNullable(chosen[0]);
    }

    private static JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        return f;
    }
}
